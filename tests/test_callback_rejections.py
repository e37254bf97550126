"""What a rejected or half-handled callback leaves behind: the reply code, a WARNING that says why (rate-limited,
with no secret in it), never an ERROR for junk a stranger can send, and a seen store that fails open."""

from __future__ import annotations

import json
import logging

import pytest
from lansenger import StoreError
from lansenger._callback_crypto import aes_key_bytes, encrypt_bytes
from lansenger._warn_throttle import WarnThrottle
from lansenger.callbacks import CallbackEvent, CallbackReceiver, Dispatcher, signature
from lansenger.testing.callbacks import new_aes_key, signed_callback

TOKEN = "SIGN-TOKEN-5f0c"
EVENTS = [{"id": "e-1", "eventType": "staff_create", "data": {"staffId": "secret-plaintext-s1"}}]


@pytest.fixture
def caplog_callbacks(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="lansenger.callbacks")
    return caplog


def _levels(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(record.levelname, record.getMessage()) for record in caplog.records if record.name.startswith("lansenger")]


@pytest.mark.parametrize(
    "body",
    [
        b'{"dataEncrypt":"\\ud800","timestamp":"1","nonce":"n","signature":"x"}',
        b'{"dataEncrypt":"AAAA","timestamp":"1","nonce":"\\udfff","signature":"x"}',
        b'{"dataEncrypt":"AAAA","timestamp":"1","nonce":"n","signature":"\\ud800"}',
        b'{"dataEncrypt":"AAAA","timestamp":"\\ud83d","nonce":"n","signature":"x"}',
    ],
)
def test_lone_surrogates_are_a_signature_failure_and_no_error_is_logged(
    body: bytes, caplog_callbacks: pytest.LogCaptureFixture
) -> None:
    receiver = CallbackReceiver(new_aes_key(), sign_token=TOKEN)
    result = receiver.handle(body, {})
    assert result.reply == {"errCode": -2, "errMsg": "signature check failed"}
    assert [level for level, _message in _levels(caplog_callbacks)] == ["WARNING"]


def test_each_rejection_is_a_warning_with_its_reason_and_no_secret(caplog_callbacks: pytest.LogCaptureFixture) -> None:
    key = new_aes_key()
    good = signed_callback(EVENTS, key, TOKEN)
    foreign = signed_callback(EVENTS, new_aes_key(), TOKEN)
    garbage = encrypt_bytes(b"0123456789abcdef" + b"\x00\x00\x00\x05" + b"12345", aes_key_bytes(key))
    cases = [
        (good.body, good.query | {"signature": "0" * 40}, -2, "signature does not match", "sign_token"),
        (good.body, {"timestamp": "1", "nonce": "n"}, -2, "no timestamp, nonce or signature", "query string"),
        (good.body, good.query, -2, "outside the tolerance window", "clock"),
        (foreign.body, foreign.query, -1, "cannot decrypt", "aes_key"),
        (b"not json", good.query, -3, "not JSON", "not a callback"),
        (b'{"other": 1}', good.query, -3, "no dataEncrypt", "not a callback"),
        (
            json.dumps({"dataEncrypt": garbage}).encode(),
            {"timestamp": "1", "nonce": "n", "signature": signature(TOKEN, "1", "n", garbage)},
            -3,
            "no known layout",
            "not a callback",
        ),
    ]
    for body, query, code, reason, hint in cases:
        caplog_callbacks.clear()
        tolerance = 60.0 if reason.startswith("outside") else None
        receiver = CallbackReceiver(key, sign_token=TOKEN, tolerance=tolerance, clock=lambda: 2e9)
        assert receiver.handle(body, query).err_code == code
        [(level, message)] = _levels(caplog_callbacks)
        assert level == "WARNING", message
        assert f"errCode {code}" in message and reason in message and hint in message, message
        assert f"{len(body)}-byte body" in message
        for secret in (key, TOKEN, good.data_encrypt, foreign.data_encrypt, garbage, "secret-plaintext"):
            assert secret not in caplog_callbacks.text


def test_repeated_rejections_are_folded_into_one_warning_per_reason(
    caplog_callbacks: pytest.LogCaptureFixture,
) -> None:
    receiver = CallbackReceiver(new_aes_key(), sign_token=TOKEN)
    forged = {"timestamp": "1", "nonce": "n", "signature": "0" * 40}
    for _ in range(50):
        assert receiver.handle(b'{"dataEncrypt":"AAAA"}', forged).err_code == -2
        assert receiver.handle(b"junk", forged).err_code == -3
    levels = [level for level, _message in _levels(caplog_callbacks)]
    assert levels.count("WARNING") == 2, "one per reason, whoever floods the endpoint"
    assert levels.count("DEBUG") == 98


def test_the_throttle_lets_a_reason_through_again_after_its_interval_with_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="throttled")
    now = [0.0]
    throttle = WarnThrottle(logging.getLogger("throttled"), interval=60, clock=lambda: now[0])
    for moment in (0, 1, 59.9, 60, 61, 200):
        now[0] = moment
        throttle.warn("a", "rejected %s", moment)
    throttle.warn("b", "other")
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("WARNING", "rejected 0"),
        ("DEBUG", "rejected 1"),
        ("DEBUG", "rejected 59.9"),
        ("WARNING", "rejected 60 (and 2 more like it since the previous warning)"),
        ("DEBUG", "rejected 61"),
        ("WARNING", "rejected 200 (and 1 more like it since the previous warning)"),
        ("WARNING", "other"),
    ]


def test_a_seen_store_that_cannot_answer_fails_open(caplog_callbacks: pytest.LogCaptureFixture) -> None:
    class Unreachable:
        calls = 0

        def add(self, event_id: str) -> bool:
            self.calls += 1
            raise StoreError("Redis did not answer the dedupe check (ConnectionError)")

    handled: list[str] = []
    dispatcher = Dispatcher()

    @dispatcher.on("staff_create")
    def on_staff(event: CallbackEvent) -> None:
        handled.append(event.id or "")

    key, store = new_aes_key(), Unreachable()
    receiver = CallbackReceiver(key, sign_token=TOKEN, dispatcher=dispatcher, seen=store)
    callback = signed_callback([*EVENTS, {"eventType": "staff_create", "data": {}}], key, TOKEN)
    for _ in range(2):
        assert receiver.handle(callback.body, callback.query).reply == {"errCode": 0, "errMsg": "ok"}
    assert handled == ["e-1", "", "e-1", ""], "handled twice rather than lost; the id-less event never asks the store"
    assert store.calls == 2
    warnings = [message for level, message in _levels(caplog_callbacks) if level == "WARNING"]
    assert warnings == [
        "callback dedupe unavailable, handling the event unchecked: "
        "Redis did not answer the dedupe check (ConnectionError)"
    ]
    assert "ERROR" not in caplog_callbacks.text
