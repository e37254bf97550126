"""Whatever arrives at a callback endpoint, the SDK answers with a reply code or a typed error, never a crash."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lansenger import DecryptionError, SignatureVerificationError
from lansenger.callbacks import CallbackEvent, CallbackReceiver, decrypt, verify_signature
from lansenger.testing.callbacks import encrypt_events, new_aes_key, signed_callback

KEY = new_aes_key()
TOKEN = "SIGN-TOKEN"
APP_ID = "2285568-12042496"
RECEIVER = CallbackReceiver(KEY, sign_token=TOKEN)
UNVERIFIED = CallbackReceiver(KEY, verify=False)
GOOD = signed_callback([{"id": "e", "eventType": "staff_create", "data": {}}], KEY, TOKEN)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOW = 1710000000
TOLERANCE = 60

texts = st.text(max_size=80)
surrogate_texts = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3)
any_texts = texts | surrogate_texts | st.tuples(texts, surrogate_texts).map("".join)
queries = st.dictionaries(st.sampled_from(["timestamp", "nonce", "signature", "dev_data_signature", "x"]), texts)
query_lists = st.dictionaries(st.sampled_from(["timestamp", "nonce", "signature"]), st.lists(texts, max_size=3))
json_bodies = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["dataEncrypt", "encrypt", "a"]), inner)
    ),
    max_leaves=12,
)
ciphertexts = st.binary(max_size=200).map(lambda raw: base64.b64encode(raw).decode())


@FUZZ
@given(body=st.binary(max_size=300), query=queries | query_lists)
def test_random_bodies_get_a_reply_code(body: bytes, query: dict[str, str]) -> None:
    """-4 is for the SDK's own failures: junk from the network never gets it."""
    for receiver in (RECEIVER, UNVERIFIED):
        assert receiver.handle(body, query).reply["errCode"] in (-1, -2, -3, 0)


@FUZZ
@given(fields=st.dictionaries(st.sampled_from(["dataEncrypt", "timestamp", "nonce", "signature"]), any_texts))
def test_json_bodies_with_any_text_in_the_signed_fields_fail_the_signature(fields: dict[str, str]) -> None:
    body = json.dumps(fields).encode()  # lone surrogates travel as \ud800 escapes
    assert RECEIVER.handle(body, {}).reply["errCode"] == (-2 if fields.get("dataEncrypt") else -3)


@FUZZ
@given(body=json_bodies)
def test_random_json_bodies_get_a_reply_code(body: object) -> None:
    raw = json.dumps(body).encode()
    assert UNVERIFIED.handle(raw, GOOD.query).reply["errCode"] in (-1, -3)


event_lists = st.lists(
    st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=8), "eventType": st.sampled_from(["staff_create", "x"])},
        optional={"data": st.dictionaries(st.text(max_size=5), st.integers(), min_size=1, max_size=2)},
    ),
    min_size=1,
    max_size=3,
)


@st.composite
def callback_ciphertexts(draw: st.DrawFn) -> tuple[str, str, list[dict[str, Any]] | None]:
    """(dataEncrypt, key, the events it must decrypt to, or None when nothing is promised): random text, random
    bytes, real callbacks in every layout and padding, and real callbacks spoiled in one of several ways."""
    kind = draw(st.sampled_from(["text", "bytes", "valid", "unpadded", "spoiled"]))
    key = draw(st.just(KEY) | texts) if kind in ("text", "bytes") else KEY
    if kind == "text":
        return draw(texts), key, None
    if kind == "bytes":
        return draw(ciphertexts), key, None
    events = draw(event_lists)
    layout = draw(st.sampled_from(["json", "ids-first", "events-first"]))
    data = encrypt_events(
        events, KEY, layout=layout, block_size=draw(st.sampled_from([16, 32])), app_id=APP_ID, org_id="3211264"
    )
    if kind == "valid":
        return data, key, events
    if kind == "unpadded":
        return data.rstrip("="), key, events
    raw = bytearray(base64.b64decode(data))
    spoil = draw(st.sampled_from(["flip", "truncate", "extend", "text"]))
    if spoil == "flip":
        raw[draw(st.integers(0, len(raw) - 1))] ^= 1 << draw(st.integers(0, 7))
    elif spoil == "truncate":
        del raw[draw(st.integers(0, len(raw) - 1)) :]
    elif spoil == "extend":
        raw += draw(st.binary(min_size=1, max_size=32))
    else:
        position = draw(st.integers(0, len(data)))
        return data[:position] + draw(texts) + data[position:], key, None
    return base64.b64encode(bytes(raw)).decode(), key, None


def _plaintext_by_the_book(data: str, key: str) -> bytes | None:
    """An independent decryption (the stdlib's base64, AES-CBC with IV = key[:16], PKCS#7 1..32 checked by hand),
    or None when the input is not a ciphertext under this key."""
    try:
        key_bytes = base64.b64decode(key + "=" * (-len(key) % 4), validate=True)
        raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(key_bytes) != 32 or not raw or len(raw) % 16:
        return None
    decryptor = Cipher(algorithms.AES(key_bytes), modes.CBC(key_bytes[:16])).decryptor()
    padded = decryptor.update(raw) + decryptor.finalize()
    pad = padded[-1]
    if not 1 <= pad <= 32 or pad >= len(padded) or padded[-pad:] != bytes([pad]) * pad:
        return None
    return padded[:-pad]


@FUZZ
@given(case=callback_ciphertexts())
def test_decrypt_raises_only_decryption_errors(case: tuple[str, str, list[dict[str, Any]] | None]) -> None:
    data, key, promised = case
    try:
        payload = decrypt(data, key, app_id=APP_ID)
    except DecryptionError as error:
        assert str(error) == "cannot decrypt the callback payload"
        assert promised is None, "a real callback must decrypt"
        event("refused")
        return
    event("decrypted")
    plain = _plaintext_by_the_book(data, key)
    assert plain is not None, "decrypted what is no ciphertext under this key"
    assert plain.endswith(b"}") or plain.endswith(b"]") or plain.endswith(APP_ID.encode()), "no layout ends so"
    if promised is not None:
        assert [(e.id, e.type, e.data or {}) for e in payload.events] == [
            (event["id"], event["eventType"], event.get("data") or {}) for event in promised
        ]
        assert all(isinstance(event, CallbackEvent) for event in payload.events)
        assert (payload.org_id, payload.app_id) == ("3211264", APP_ID)


@FUZZ
@given(index=st.integers(min_value=0, max_value=len(base64.b64decode(GOOD.data_encrypt)) - 1), bit=st.integers(0, 7))
def test_a_flipped_bit_never_passes_the_signature(index: int, bit: int) -> None:
    raw = bytearray(base64.b64decode(GOOD.data_encrypt))
    raw[index] ^= 1 << bit
    tampered = base64.b64encode(bytes(raw)).decode()
    body = ('{"dataEncrypt":"' + tampered + '"}').encode()
    assert RECEIVER.handle(body, GOOD.query).reply["errCode"] == -2


def _fresh_by_the_book(timestamp: str) -> bool:
    """1 to 20 ASCII digits, read as s, ms, µs or ns by magnitude, within TOLERANCE seconds of NOW."""
    if not re.fullmatch(r"[0-9]{1,20}", timestamp):
        return False
    value = int(timestamp)
    for divisor, threshold in ((10**9, 10**17), (10**6, 10**14), (10**3, 10**11), (1, 0)):
        if value >= threshold:
            return abs(NOW - value / divisor) <= TOLERANCE
    raise AssertionError("unreachable")


def _signs(token: str, timestamp: str, nonce: str, data: str, claimed: str) -> bool:
    try:
        joined = "".join(sorted((token, timestamp, nonce, data))).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return bool(token) and hashlib.sha1(joined).hexdigest() == claimed.strip().lower()


near_now = st.tuples(st.integers(-TOLERANCE - 2, TOLERANCE + 2), st.sampled_from([1, 10**3, 10**6, 10**9])).map(
    lambda pair: str((NOW + pair[0]) * pair[1])
)
timestamps = st.one_of(
    near_now, near_now, near_now, texts, st.integers(0, 10**30).map(str), near_now.map(lambda t: "0" * 11 + t)
)


@FUZZ
@given(
    values=st.tuples(texts, timestamps, texts, texts),
    signing=st.sampled_from(["exact", "upper", "spaced", "other"]),
    other=texts,
    poisoned=st.sampled_from([None, None, None, None, None, 0, 1, 2, 3, 4]),
    surrogate=surrogate_texts,
)
def test_verify_signature_raises_only_its_error(
    values: tuple[str, str, str, str], signing: str, other: str, poisoned: int | None, surrogate: str
) -> None:
    """Accepted exactly when an independent computation says the signature is right and the timestamp fresh;
    `poisoned` puts a lone surrogate into one of the five arguments after signing."""
    digest = hashlib.sha1("".join(sorted(values)).encode("utf-8")).hexdigest()
    claimed = {"exact": digest, "upper": digest.upper(), "spaced": f" {digest}\n", "other": other}[signing]
    arguments = [*values, claimed]
    if poisoned is not None:
        arguments[poisoned] += surrogate
    token, timestamp, nonce, data, claimed = arguments
    try:
        verify_signature(token, timestamp, nonce, data, claimed, tolerance=TOLERANCE, clock=lambda: float(NOW))
    except SignatureVerificationError:
        accepted = False
    else:
        accepted = True
    event("accepted" if accepted else "refused")
    assert accepted == (_signs(token, timestamp, nonce, data, claimed) and _fresh_by_the_book(timestamp))
