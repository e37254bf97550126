"""Callback verification, decryption, layouts, the receiver's replies, dedupe and dispatch."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from lansenger import ConfigurationError, DecryptionError, SignatureVerificationError
from lansenger._callback_crypto import aes_key_bytes, encrypt_bytes
from lansenger.callbacks import (
    CallbackEvent,
    CallbackReceiver,
    Dispatcher,
    InMemorySeenStore,
    decrypt,
    signature,
    verify_signature,
)
from lansenger.testing.callbacks import encrypt_events, new_aes_key, signed_callback

DOC_KEY = "RDNBMkZCNkFDMThERjFDNkNFMjVFRDBEMjc4NkRERjM"
V1 = (
    "Iyh39ROwCyFhr5YPzQQF3cNsBbYpEZ9d+MbVzqUsyItgQMuhMbLZovpZb2kS0XAn7k8H/yUkxO5DQTUmGf4Xrhg5E/WukVddrhxV2V5VTr48"
    "+9SDrHpkWYK2Vr6lh4hb31wGfTLI+JV3L65Ep9+Mx124ZbK2K9Lo2jn6BUyU++6VhE0MKyeewrw00QM/b3KZzjXsMsf6tU/vtOazefC0OaAj"
    "9F0cuU+m8E3qArjqlDbdSup292e3h1nZpf9A6xGfhh/6KEJOn04VBiP4xN+uqCHQMjYM7Qj/0GRssksV7aeMEfBgMjVwtv0ymMpKhabs6S5j"
    "8FnvdPN3KzeS9CjebnvBrzIWnbhituz6951/XDW8OTxkRoa3sCW32ywMzyF9oKBvLR8lAtb9+Is9c2HHkXnEi0FRs/ZJkxTm+NvgxJdZT3ep"
    "V3QnlHzkbR7QZf9XLd62QaRUNnkcgdhZs3nwihWsJ3oWXyFQ2/8d+I/TWX0="
)
DOC_TOKEN = "31a4a1aa-cffc-4aca-9ef6-0497edf7fbed"
DOC_TIMESTAMP = "1646790230854428120"
DOC_NONCE = "Rzem0rlz19e6GZuZuFKyDzaxiS4baaqn8uvxVnntXKS"
PY_KEY = "NEVFNjNFREZDNUU4QzMxMUQ5MTgzMkI5NTVBMzJFODM"
PY_TOKEN = "48D32458EB80C61EBB08C7E86CB5BFB1"
V2 = (
    "/n3gyqXgHZF6kf74n4ol/8idtSZQLn0VyB2nhd8gaa5fndBiXXHMaOwVUIss7evixzp17ZxhXXnPsHz6ks9UNp4ZLXIjCz9LO7PNhm7lStO9"
    "VUOY7VCrICafAHywBgTERL8WaFK+Wbg05kIEv7Ia+2RZjoES6qNkc0unc4C37ls8Unk6p6BmVIwSWohCBLS/"
)
V3 = (
    "/n3gyqXgHZF6kf74n4ol/8idtSZQLn0VyB2nhd8gaa5fndBiXXHMaOwVUIss7evixzp17ZxhXXnPsHz6ks9UNp4ZLXIjCz9LO7PNhm7lStO9"
    "VUOY7VCrICafAHywBgTERL8WaFK+Wbg05kIEv7Ia+2RZjoES6qNkc0unc4C37ltdlF6YE+4K3stqXw/v4iLL375cZoKUk0WlbbIgiu1DgQ=="
)
V4 = (
    "/n3gyqXgHZF6kf74n4ol/zgZhOdZ5lYwZaUsNZVoM1VkFejlJOqrjC+7YMuV0Z3uu4E5YCcnkau0S+k2H4BTyT/lFEBVolNPUxG6sb0r1jhE"
    "w+j/yerXFeUr16MGgxEpSas8DIAYHrDM9R5qUp+KxFtkRrbcUBqUnCGcg59uZ/szcaPTtbdswI8dLJA5jY6c"
)
APP_ID = "2285568-12042496"


def test_official_sample_decrypts() -> None:
    payload = decrypt(V1, DOC_KEY)
    assert (payload.layout, payload.app_id, payload.org_id) == ("json", "12313", "2131")
    assert [(e.id, e.type) for e in payload.events] == [
        ("1534385729680344039", "account_message"),
        ("1534385729680346572", "account_subscribe"),
    ]
    assert payload.events[0].data == {"msg_text": "this is a test", "staff_id": "524288-aavcceee"}
    assert payload.events[0].app_id == "12313" and payload.extra["len"] == "249"


def test_official_signature_examples() -> None:
    assert signature(DOC_TOKEN, DOC_TIMESTAMP, DOC_NONCE, "abcdefg") == "e644ea4239027df040beeb573bb83e1268477c94"
    assert signature(DOC_TOKEN, DOC_TIMESTAMP, DOC_NONCE, V1) == "e04fa0afb63f264498120dd94f9781eb70b026a7"
    verify_signature(DOC_TOKEN, DOC_TIMESTAMP, DOC_NONCE, V1, "E04FA0AFB63F264498120DD94F9781EB70B026A7")


@pytest.mark.parametrize(
    ("vector", "sig", "layout"),
    [
        (V2, "61135e0977b00ba29c31e96a9d1731241d77a02a", "ids-first"),
        (V3, "0bde29786e7f3b09345560c4b272e1bc80e35ee7", "ids-first"),
        (V4, "19a9e1d4a78d1ef48d0f1daceb19f1d83d7a1a52", "events-first"),
    ],
)
def test_binary_layouts_and_both_paddings(vector: str, sig: str, layout: str) -> None:
    verify_signature(PY_TOKEN, "1710000000", "nonce123", vector, sig)
    payload = decrypt(vector, PY_KEY, app_id=APP_ID)
    assert (payload.layout, payload.org_id, payload.app_id) == (layout, "3211264", APP_ID)
    [event] = payload.events
    assert (event.id, event.type, event.data) == ("1", "staff_create", {"staffId": "524288-new", "timestamp": "999"})


def test_binary_layout_without_the_app_id_keeps_ids_together() -> None:
    payload = decrypt(V2, PY_KEY)
    assert (payload.org_id, payload.app_id) == ("32112642285568-12042496", None)


def _flip(data_encrypt: str, index: int) -> str:
    raw = bytearray(base64.b64decode(data_encrypt))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def _encrypt_raw(plain: bytes, aes_key: str) -> str:
    key = base64.b64decode(aes_key + "=")
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


@pytest.mark.parametrize(
    "bad",
    [
        _flip(V1, -1),  # last block: padding destroyed
        _flip(V1, 20),  # second block: JSON destroyed
        V1[:-4],  # truncated: not a whole block
        V1.replace("+", "-"),  # URL-safe alphabet
        V1[:10] + "\n" + V1[10:],  # whitespace
        "",
        "not base64!",
        _encrypt_raw(b'{"events":[]}' + b"\x03\x03\x02", DOC_KEY),  # a pad byte that disagrees
        _encrypt_raw(b"x" * 15 + b"\x00", DOC_KEY),  # pad value 0
        _encrypt_raw(b"x" * 15 + b"\x21", DOC_KEY),  # pad value 33
        _encrypt_raw(b"\x10" * 16, DOC_KEY),  # all padding, nothing left
    ],
)
def test_tampered_or_malformed_ciphertext_is_a_decryption_error(bad: str) -> None:
    with pytest.raises(DecryptionError) as raised:
        decrypt(bad, DOC_KEY)
    assert str(raised.value) == "cannot decrypt the callback payload"


def test_unpadded_base64_is_accepted() -> None:
    assert decrypt(V3.rstrip("="), PY_KEY, app_id=APP_ID).events[0].type == "staff_create"


@pytest.mark.parametrize("key", ["", "short", DOC_KEY[:-1], DOC_KEY + "AAAA", "!" * 43])
def test_bad_keys(key: str) -> None:
    with pytest.raises(DecryptionError):
        decrypt(V1, key)
    with pytest.raises(ConfigurationError):
        CallbackReceiver(key)


@pytest.mark.parametrize(
    ("changed", "value"),
    [("timestamp", "1646790230854428121"), ("nonce", "other"), ("data", V2), ("signature", "0" * 40), ("token", "x")],
)
def test_tampering_breaks_the_signature(changed: str, value: str) -> None:
    args = {"token": DOC_TOKEN, "timestamp": DOC_TIMESTAMP, "nonce": DOC_NONCE, "data": V1}
    good = signature(args["token"], args["timestamp"], args["nonce"], args["data"])
    args[changed] = value
    with pytest.raises(SignatureVerificationError):
        verify_signature(args["token"], args["timestamp"], args["nonce"], args["data"], args.get("signature", good))


@pytest.mark.parametrize("timestamp", ["1710000000", "1710000000000", "1710000000000000", "1710000000000000000"])
def test_freshness_accepts_every_unit(timestamp: str) -> None:
    sig = signature("t", timestamp, "n", "d")
    verify_signature("t", timestamp, "n", "d", sig, tolerance=300, clock=lambda: 1710000100.0)
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature("t", timestamp, "n", "d", sig, tolerance=60, clock=lambda: 1710000100.0)


EVENTS = [
    {"id": "e-1", "eventType": "staff_create", "data": {"staffId": "s1", "timestamp": "1712655597216842"}},
    {"id": "e-2", "eventType": "brand_new_type", "data": {"anything": [1, 2]}},
]


@pytest.mark.parametrize("layout", ["json", "ids-first", "events-first"])
@pytest.mark.parametrize("block_size", [16, 32])
@pytest.mark.parametrize(("type_key", "id_key"), [("eventType", "id"), ("type", "eventId")])
def test_every_layout_round_trips_through_the_receiver(
    layout: Any, block_size: int, type_key: Any, id_key: Any
) -> None:
    key, token = new_aes_key(), "SIGN-TOKEN"
    callback = signed_callback(
        EVENTS,
        key,
        token,
        layout=layout,
        block_size=block_size,
        type_key=type_key,
        id_key=id_key,
        app_id=APP_ID,
        org_id="3211264",
    )
    result = CallbackReceiver(key, sign_token=token, app_id=APP_ID).handle(callback.body, callback.query)
    assert result.reply == {"errCode": 0, "errMsg": "ok"}
    assert [(e.id, e.type, e.data) for e in result.events] == [(e["id"], e["eventType"], e["data"]) for e in EVENTS]
    assert result.payload is not None and (result.payload.app_id, result.payload.org_id) == (APP_ID, "3211264")


def test_single_event_object_and_snake_case_envelope() -> None:
    key = new_aes_key()
    data = encrypt_events(EVENTS[:1], key, single=True, snake_case_envelope=True, app_id="a-1", org_id="o-1")
    payload = decrypt(data, key)
    assert [(e.id, e.app_id, e.org_id) for e in payload.events] == [("e-1", "a-1", "o-1")]


def _receiver(**options: Any) -> tuple[CallbackReceiver, str, str]:
    key, token = new_aes_key(), "SIGN-TOKEN"
    return CallbackReceiver(key, sign_token=token, **options), key, token


def test_reply_codes() -> None:
    receiver, key, token = _receiver()
    good = signed_callback(EVENTS, key, token)
    assert receiver.handle(good.body, good.query | {"signature": "0" * 40}).reply["errCode"] == -2
    assert receiver.handle(good.body, {k: v for k, v in good.query.items() if k != "nonce"}).reply["errCode"] == -2
    assert receiver.handle(b"not json", good.query).reply["errCode"] == -3
    assert receiver.handle(b'{"other": 1}', good.query).reply["errCode"] == -3
    foreign = signed_callback(EVENTS, new_aes_key(), token)
    assert receiver.handle(foreign.body, foreign.query).reply["errCode"] == -1
    garbage = encrypt_bytes(b"0123456789abcdef" + b"\x00\x00\x00\x05" + b"12345", aes_key_bytes(key))
    signed = {"timestamp": "1", "nonce": "n", "signature": signature(token, "1", "n", garbage)}
    assert receiver.handle(json.dumps({"dataEncrypt": garbage}).encode(), signed).reply["errCode"] == -3
    assert receiver.handle(good.body, good.query).body == b'{"errCode":0,"errMsg":"ok"}'


@pytest.mark.parametrize(
    "spelling",
    [
        '{"dataEncrypt":"%s"}',  # what the platform sends: read without a JSON parse
        '{ "dataEncrypt" : "%s" }\n',
        '{"dataEncrypt":"%s","extra":1}',
        '\ufeff{"dataEncrypt":"%s"}',
    ],
)
def test_every_json_spelling_of_the_body_is_read_alike(spelling: str) -> None:
    key, token = new_aes_key(), "SIGN-TOKEN"
    callback = signed_callback(EVENTS, key, token)
    escaped = callback.data_encrypt.replace("/", "\\/")  # JSON may escape "/"; the fast path must step aside
    for data in (callback.data_encrypt, escaped):
        body = (spelling % data).encode("utf-8")
        receiver = CallbackReceiver(key, sign_token=token)  # a fresh one: no dedupe between the spellings
        assert receiver.handle(body, callback.query).reply["errCode"] == 0, body[:40]
    cut = b'{"dataEncrypt":"' + callback.data_encrypt[:-8].encode() + b'"}'
    assert CallbackReceiver(key, sign_token=token).handle(cut, callback.query).reply["errCode"] == -2


def test_other_failures_answer_minus_four() -> None:
    class BrokenStore:
        def add(self, event_id: str) -> bool:
            raise RuntimeError("database down")

    receiver, key, token = _receiver(seen=BrokenStore())
    callback = signed_callback(EVENTS, key, token)
    assert receiver.handle(callback.body, callback.query).reply == {"errCode": -4, "errMsg": "error"}


def test_signature_material_may_come_in_the_body_or_as_dev_data_signature() -> None:
    receiver, key, token = _receiver()
    callback = signed_callback(EVENTS, key, token, signature_key="dev_data_signature", body_key="encrypt")
    assert receiver.handle(callback.body, callback.query).reply["errCode"] == 0
    in_body = json.dumps(
        {"Encrypt": callback.data_encrypt, **callback.query, "signature": callback.query["dev_data_signature"]}
    )
    assert receiver.handle(in_body.encode(), {}).reply["errCode"] == 0


def test_without_a_sign_token_nothing_is_verified_and_verify_needs_one() -> None:
    key = new_aes_key()
    callback = signed_callback(EVENTS, key, "whatever")
    assert CallbackReceiver(key).handle(callback.body, {}).reply["errCode"] == 0
    with pytest.raises(ConfigurationError):
        CallbackReceiver(key, verify=True)


def test_replay_is_caught_by_dedupe() -> None:
    receiver, key, token = _receiver()
    callback = signed_callback(EVENTS, key, token)
    first = receiver.handle(callback.body, callback.query)
    again = receiver.handle(callback.body, callback.query)
    assert len(first.events) == 2 and again.events == []
    assert [e.id for e in again.duplicates] == ["e-1", "e-2"]
    assert again.reply["errCode"] == 0


def test_seen_store_forgets_after_its_ttl_and_bounds_its_size() -> None:
    now = [0.0]
    store = InMemorySeenStore(ttl=10, max_entries=3, clock=lambda: now[0])
    assert store.add("a") and not store.add("a")
    now[0] = 11
    assert store.add("a")
    for name in "bcd":
        store.add(name)
    assert len(store) == 3 and store.add("a")


def test_one_failing_handler_does_not_lose_the_others() -> None:
    seen: list[tuple[str, str]] = []
    dispatcher = Dispatcher()

    @dispatcher.on("staff_create")
    def broken(event: CallbackEvent) -> None:
        raise RuntimeError("bug")

    @dispatcher.on("staff_create")
    def works(event: CallbackEvent) -> None:
        seen.append(("works", event.id or ""))

    @dispatcher.on()
    async def every(event: CallbackEvent) -> None:
        seen.append(("every", event.type))

    receiver, key, token = _receiver(dispatcher=dispatcher)
    callback = signed_callback(EVENTS, key, token)
    result = receiver.handle(callback.body, callback.query)
    assert result.reply["errCode"] == 0
    assert seen == [("works", "e-1"), ("every", "staff_create"), ("every", "brand_new_type")]
    assert result.report is not None and [f.handler for f in result.report.failures] == [broken]


@pytest.mark.anyio
async def test_async_handling_awaits_handlers() -> None:
    seen: list[str] = []
    dispatcher = Dispatcher()

    @dispatcher.on("brand_new_type")
    async def unknown_types_are_delivered(event: CallbackEvent) -> None:
        seen.append(event.data["anything"][0])

    receiver, key, token = _receiver(dispatcher=dispatcher)
    callback = signed_callback(EVENTS, key, token)
    result = await receiver.ahandle(callback.body, callback.query)
    assert seen == [1] and result.report is not None and result.report.unhandled[0].type == "staff_create"


def test_secrets_stay_out_of_reprs_and_errors() -> None:
    receiver, key, token = _receiver()
    assert key not in repr(receiver) and token not in repr(receiver)
    callback = signed_callback(EVENTS, key, token)
    result = receiver.handle(callback.body, callback.query | {"signature": "f" * 40})
    assert token not in str(result.error) and callback.data_encrypt not in str(result.error)
