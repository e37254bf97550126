"""Extending the SDK without touching generated/: hooks on every request, and a generated method wrapped.

Run against the local sandbox with
`python -m lansenger.testing.sandbox --run python examples/extending.py`, or against a real gateway by setting
LANSENGER_APP_ID, LANSENGER_APP_SECRET and LANSENGER_API_GATEWAY_URL (and STAFF_ID to a real one).
The third way, adding an operation by editing the spec, is a build step: see "Extending" in the README.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from functools import cached_property

import httpx
from lansenger import AsyncLansenger, EventHooks, Lansenger, request_meta
from lansenger_api.api.staffs import StaffsResource
from lansenger_api.models.staff_info import StaffInfo
from lansenger_api.types import UNSET, Unset

STAFF_ID = "524288-1002"
calls: Counter[str] = Counter()


def stamp_request_id(request: httpx.Request) -> None:
    """A request hook: headers it sets are sent, on every attempt (retries included)."""
    request.headers["X-Request-Id"] = uuid.uuid4().hex


def log_answer(response: httpx.Response) -> None:
    """A response hook: the view masks secrets, so the URL can be printed as it is."""
    meta = request_meta(response.request.extensions)
    operation = meta.operation if meta else "raw request"
    calls[operation] += 1
    err_code = response.json().get("errCode") if response.content else None
    print(f"  {operation}: {response.request.method} {response.request.url} -> {response.status_code} {err_code=}")


class CachedStaffs(StaffsResource):
    """`fetch_staff` asked once per person: profiles rarely change, and a bot looks the same people up often."""

    def __init__(self, http: httpx.Client) -> None:
        super().__init__(http)
        self._profiles: dict[tuple[str, str | Unset], StaffInfo] = {}

    def fetch_staff(self, staff_id: str, *, user_token: str | Unset = UNSET) -> StaffInfo:
        key = (staff_id, user_token)
        if key not in self._profiles:
            self._profiles[key] = super().fetch_staff(staff_id, user_token=user_token)
        return self._profiles[key]


class MyLansenger(Lansenger):
    """The SDK's client with our `staffs`; every other resource, helper, retry and hook is unchanged."""

    @cached_property
    def staffs(self) -> CachedStaffs:
        return CachedStaffs(self.http_client)


def sync_tour() -> None:
    print("sync: hooks given to the constructor, and a wrapped generated method")
    hooks: EventHooks = {"request": [stamp_request_id], "response": [log_answer]}
    with MyLansenger.from_env(event_hooks=hooks) as client:
        first = client.staffs.fetch_staff(STAFF_ID)
        again = client.staffs.fetch_staff(STAFF_ID)
        print(f"fetched {first.name} twice ({again is first=}), {calls['fetch_staff']} request on the wire")
        client.messages.send_text(STAFF_ID, f"Hello {first.name}, from a client with hooks")
        print(f"sent a text; the overlay's helpers go through the hooks too ({calls['create_bot_message']} seen)")


async def async_tour() -> None:
    print("async: a hook added later, as an `async def`")
    statuses: list[int] = []

    async def count(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with AsyncLansenger.from_env() as client:
        client.add_hook("response", count)
        await asyncio.gather(*(client.staffs.fetch_staff(STAFF_ID) for _ in range(3)))
    print(f"async: the hook saw {len(statuses)} answers (one token fetch, three lookups): {statuses}")


def main() -> None:
    sync_tour()
    asyncio.run(async_tour())
    print("extending finished")


if __name__ == "__main__":
    main()
