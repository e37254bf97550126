"""Cold start to first send, in a fresh interpreter: import, build a client, fetch a token and send one text.

Usage: python bench/_cold.py sdk|raw. Prints the milliseconds from before the first import to the answer, of wall
clock and of this process's CPU time (the same on an idle machine; CPU time leaves out waiting for a core on a busy
one). Both sides answer from the same `httpx.MockTransport` (a token request, then a send), so the figure is the
client's own cost; `raw` is plain httpx making the same two requests.
"""

from __future__ import annotations

import time

STARTED, STARTED_CPU = time.perf_counter(), time.process_time()

import sys  # noqa: E402

TOKEN = {"errCode": 0, "data": {"appToken": "cold-token", "expiresIn": 7200}}
SENT = {"errCode": 0, "data": {"msgId": "cold-msg"}}
BODY = {"userIdList": ["524288-1001"], "msgType": "text", "msgData": {"text": {"content": "hello"}}}
GATEWAY = "https://gateway.invalid/open/apigw"


def answer(request: object) -> object:
    import httpx

    assert isinstance(request, httpx.Request)
    return httpx.Response(200, json=TOKEN if request.url.path.endswith("/apptoken/create") else SENT)


def sdk() -> None:
    import httpx
    from lansenger import Lansenger

    transport = httpx.MockTransport(answer)  # type: ignore[arg-type]
    with Lansenger("cold-app", "cold-secret", gateway_url=GATEWAY, transport=transport) as client:
        client.messages.send_text("524288-1001", "hello")


def raw() -> None:
    import httpx

    with httpx.Client(base_url=GATEWAY, transport=httpx.MockTransport(answer)) as client:  # type: ignore[arg-type]
        credentials = {"grant_type": "client_credential", "appid": "cold-app", "secret": "cold-secret"}
        token = client.get("/v1/apptoken/create", params=credentials).json()["data"]["appToken"]
        client.post("/v1/bot/messages/create", params={"app_token": token}, json=BODY).json()


if __name__ == "__main__":
    {"sdk": sdk, "raw": raw}[sys.argv[1]]()
    print((time.perf_counter() - STARTED) * 1000, (time.process_time() - STARTED_CPU) * 1000)
