"""Quickstart: the everyday calls of the Lansenger SDK, sync and async.

Run against the local sandbox with `make demo`, or against a real gateway by setting LANSENGER_APP_ID,
LANSENGER_APP_SECRET and LANSENGER_API_GATEWAY_URL (and the ids below to real ones).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from lansenger import AsyncLansenger, InvalidArgumentError, Lansenger

STAFF_ID = "524288-1001"  # in the sandbox: Ada Lovelace of its seed directory
ORG_ID = "524288"


def sync_tour(workdir: Path) -> None:
    with Lansenger() as client:
        print(f"client: {client!r}")

        sent = client.messages.send_text(STAFF_ID, "Hello from the Lansenger SDK 👋")
        print(f"text to {STAFF_ID}: msgId={sent.msg_id}")

        sent = client.messages.send_markdown(STAFF_ID, "**Build 42** passed\n\n- 120 tests\n- 0 failures")
        print(f"markdown to {STAFF_ID}: msgId={sent.msg_id}")

        group_id = str(client.groups.create_group(name="Stand-up", org_id=ORG_ID, staff_id_list=[STAFF_ID]).group_id)
        sent = client.messages.send_text(group_id, "Stand-up in 5 minutes", chat_type="group", mentions=[STAFF_ID])
        print(f"group text to {group_id} mentioning {STAFF_ID}: msgId={sent.msg_id}")

        report = workdir / "report.pdf"
        report.write_bytes(b"%PDF-1.4\n" + b"quarterly numbers\n" * 4096)
        media = client.media.upload(report)
        print(f"uploaded {report.name} ({report.stat().st_size} bytes): mediaId={media.media_id}")

        copy = workdir / "copy.pdf"
        written = client.media.download(media.media_id, to=copy)
        same = copy.read_bytes() == report.read_bytes()
        print(f"downloaded {written} bytes to {copy.name}; identical to the original: {same}")

        sent = client.messages.send_file(STAFF_ID, report, caption="The report")
        print(f"file to {STAFF_ID}: msgId={sent.msg_id}")

        client.messages.revoke_messages(message_ids=[sent.msg_id], chat_type="bot")
        print(f"revoked {sent.msg_id}")

        try:
            client.messages.send_text(STAFF_ID, "x" * 6001)
        except InvalidArgumentError as error:
            print(f"rejected before sending: {error}")


async def async_tour() -> None:
    async with AsyncLansenger() as client:
        results = await asyncio.gather(*(client.messages.send_text(STAFF_ID, f"async message {i}") for i in range(10)))
        print(f"async: sent {len(results)} messages concurrently, one token fetch shared by all")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        sync_tour(Path(scratch))
    asyncio.run(async_tour())
    print("quickstart finished")


if __name__ == "__main__":
    main()
