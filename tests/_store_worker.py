"""Subprocess side of tests/test_token_stores.py: writers and clients that share a token store.

Each mode prints "ready" once it is set up and (except write-loop) waits for a line on stdin before its work,
so the test can start several of them at the same instant without sleeping.
"""

from __future__ import annotations

import sys

from lansenger import FileTokenStore, Lansenger, RedisTokenStore, StoredAppToken, StoredUserToken, TokenStore


def _store(kind: str, target: str) -> TokenStore:
    return FileTokenStore(target) if kind == "file" else RedisTokenStore(target)


def _ready_then_wait() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def write_loop(path: str) -> None:
    """Write forever, each state complete and consistent (same n everywhere), until killed."""
    store = FileTokenStore(path)
    n = 0
    while True:
        n += 1
        store.save_user_token(StoredUserToken("staff", f"ut-{n}", n, f"rt-{n}", n, scope=f"s-{n}"))
        store.save_app_token(StoredAppToken(f"at-{n}", expires_at=n))
        if n == 20:
            print("ready", flush=True)


def write_many(path: str, prefix: str, count: str) -> None:
    store = FileTokenStore(path)
    _ready_then_wait()
    for n in range(int(count)):
        store.save_user_token(StoredUserToken(f"{prefix}-{n}", f"ut-{n}", 1e10, f"rt-{n}", 1e10))


def app_token(kind: str, target: str, gateway: str, app_id: str, secret: str) -> None:
    with Lansenger(app_id, secret, gateway_url=gateway, token_store=_store(kind, target)) as client:
        _ready_then_wait()
        print(client.app_token(), flush=True)


if __name__ == "__main__":
    modes = {"write-loop": write_loop, "write-many": write_many, "app-token": app_token}
    modes[sys.argv[1]](*sys.argv[2:])
