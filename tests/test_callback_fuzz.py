"""Whatever arrives at a callback endpoint, the SDK answers with a reply code or a typed error, never a crash."""

from __future__ import annotations

import base64
import contextlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lansenger import DecryptionError, SignatureVerificationError
from lansenger.callbacks import CallbackReceiver, decrypt, verify_signature
from lansenger.testing.callbacks import new_aes_key, signed_callback

KEY = new_aes_key()
TOKEN = "SIGN-TOKEN"
RECEIVER = CallbackReceiver(KEY, sign_token=TOKEN)
UNVERIFIED = CallbackReceiver(KEY, verify=False)
GOOD = signed_callback([{"id": "e", "eventType": "staff_create", "data": {}}], KEY, TOKEN)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.text(max_size=80)
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
    for receiver in (RECEIVER, UNVERIFIED):
        assert receiver.handle(body, query).reply["errCode"] in (-1, -2, -3, -4, 0)


@FUZZ
@given(body=json_bodies)
def test_random_json_bodies_get_a_reply_code(body: object) -> None:
    raw = json.dumps(body).encode()
    assert UNVERIFIED.handle(raw, GOOD.query).reply["errCode"] in (-1, -3)


@FUZZ
@given(data=st.one_of(texts, ciphertexts), key=st.one_of(texts, st.just(KEY)))
def test_decrypt_raises_only_decryption_errors(data: str, key: str) -> None:
    try:
        decrypt(data, key)
    except DecryptionError as error:
        assert str(error) == "cannot decrypt the callback payload"


@FUZZ
@given(index=st.integers(min_value=0, max_value=len(base64.b64decode(GOOD.data_encrypt)) - 1), bit=st.integers(0, 7))
def test_a_flipped_bit_never_passes_the_signature(index: int, bit: int) -> None:
    raw = bytearray(base64.b64decode(GOOD.data_encrypt))
    raw[index] ^= 1 << bit
    tampered = base64.b64encode(bytes(raw)).decode()
    body = ('{"dataEncrypt":"' + tampered + '"}').encode()
    assert RECEIVER.handle(body, GOOD.query).reply["errCode"] == -2


@FUZZ
@given(values=st.tuples(texts, texts, texts, texts, texts))
def test_verify_signature_raises_only_its_error(values: tuple[str, str, str, str, str]) -> None:
    with contextlib.suppress(SignatureVerificationError):
        verify_signature(*values, tolerance=60)
