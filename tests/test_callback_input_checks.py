"""The edges of signature checks and decryption, pinned one by one: each case here is a check that, dropped or
loosened, would let a forged, stale or malformed callback through or turn a typed error into a crash."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from lansenger import DecryptionError, SignatureVerificationError
from lansenger._callback_crypto import aes_key_bytes, decrypt_bytes, encrypt_bytes
from lansenger._callback_layouts import LayoutError, parse_plaintext
from lansenger.callbacks import CallbackReceiver, decrypt, signature, verify_signature
from lansenger.testing.callbacks import new_aes_key

NOW = 1710000000.0
APP_ID = "2285568-12042496"
ORG_ID = "3211264"
EVENTS_JSON = b'[{"id":"1","eventType":"staff_create","data":{"staffId":"s-1"}}]'
PREFIX = b"random16bytes!!!"


def _signed(token: str, timestamp: str, nonce: str = "n", data: str = "d") -> tuple[str, str, str, str, str]:
    return token, timestamp, nonce, data, signature(token, timestamp, nonce, data)


# --- verify_signature --------------------------------------------------------------------------------------------


def test_an_empty_sign_token_is_refused_even_with_its_own_signature() -> None:
    with pytest.raises(SignatureVerificationError):
        verify_signature(*_signed("", "1710000000"))


@pytest.mark.parametrize(
    "timestamp",
    [
        "+1710000000",
        "-1710000000",
        " 1710000000",
        "1710000000 ",
        "1710000000\n",
        "1_710_000_000",
        "1710000000.0",
        "0x65ED6B80",
        "١٧١٠٠٠٠٠٠٠",  # Arabic-Indic digits: str.isdigit and int() both accept them
        "１７１０００００００",  # fullwidth digits
        "",
    ],
)
def test_only_ascii_digits_pass_the_freshness_window(timestamp: str) -> None:
    signed = _signed("T", timestamp)
    verify_signature(*signed)  # the signature itself is fine: the timestamp is what fails the window
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature(*signed, tolerance=1e12, clock=lambda: NOW)


@pytest.mark.parametrize("unit_starts_at", [10**11, 10**14, 10**17])
def test_each_unit_starts_where_the_one_before_ends(unit_starts_at: int) -> None:
    """With the clock at 1e8 s (1973), 1e11 is that moment in ms, 1e14 in µs and 1e17 in ns; one less is still the
    coarser unit, and so some thousand years away."""
    verify_signature(*_signed("T", str(unit_starts_at)), tolerance=1, clock=lambda: 1e8)
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature(*_signed("T", str(unit_starts_at - 1)), tolerance=1e6, clock=lambda: 1e8)


@pytest.mark.parametrize("digits", [21, 400, 5000])
def test_an_absurdly_long_timestamp_is_stale_not_an_overflow(digits: int) -> None:
    signed = _signed("T", "9" * digits)
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature(*signed, tolerance=60, clock=lambda: NOW)


def test_twenty_digits_are_still_a_timestamp_and_leading_zeros_count() -> None:
    verify_signature(*_signed("T", "0" * 10 + "1710000000"), tolerance=1, clock=lambda: NOW)
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature(*_signed("T", "0" * 11 + "1710000000"), tolerance=1, clock=lambda: NOW)


@pytest.mark.parametrize("position", range(5))
def test_a_lone_surrogate_anywhere_is_a_signature_error(position: int) -> None:
    values = list(_signed("T", "1710000000"))
    values[position] = values[position] + "\ud800"
    with pytest.raises(SignatureVerificationError):
        verify_signature(*values, tolerance=60, clock=lambda: NOW)


@pytest.mark.parametrize("tolerance", [float("nan"), -1.0])
def test_a_tolerance_that_is_no_window_accepts_nothing(tolerance: float) -> None:
    with pytest.raises(SignatureVerificationError, match="tolerance"):
        verify_signature(*_signed("T", "1710000000"), tolerance=tolerance, clock=lambda: NOW)


@pytest.mark.parametrize(("offset", "fresh"), [(-60, True), (60, True), (-61, False), (61, False)])
def test_the_window_is_inclusive_on_both_sides(offset: int, fresh: bool) -> None:
    signed = _signed("T", str(int(NOW) + offset))
    if fresh:
        verify_signature(*signed, tolerance=60, clock=lambda: NOW)
    else:
        with pytest.raises(SignatureVerificationError, match="tolerance"):
            verify_signature(*signed, tolerance=60, clock=lambda: NOW)


# --- decryption --------------------------------------------------------------------------------------------------

KEY = new_aes_key()
KEY_BYTES = aes_key_bytes(KEY)


def _raw_encrypt(plain: bytes) -> str:
    """AES-CBC with the platform's key and IV and no padding added: the test chooses every byte."""
    encryptor = Cipher(algorithms.AES(KEY_BYTES), modes.CBC(KEY_BYTES[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


def _signed_body(data_encrypt: str, token: str = "T") -> tuple[bytes, dict[str, str]]:
    query = {"timestamp": "1", "nonce": "n", "signature": signature(token, "1", "n", data_encrypt)}
    return json.dumps({"dataEncrypt": data_encrypt}).encode(), query


@pytest.mark.parametrize("pad", [16, 32])
def test_a_plaintext_that_is_all_padding_is_undecryptable_not_unparsable(pad: int) -> None:
    all_padding = _raw_encrypt(bytes([pad]) * pad)
    with pytest.raises(DecryptionError):
        decrypt_bytes(all_padding, KEY_BYTES)
    body, query = _signed_body(all_padding)
    assert CallbackReceiver(KEY, sign_token="T").handle(body, query).err_code == -1


@pytest.mark.parametrize("pad", [1, 2, 15, 16, 17, 31, 32])
@pytest.mark.parametrize("wrong_at", ["first", "middle", "none"])
def test_every_pkcs7_pad_byte_is_checked(pad: int, wrong_at: str) -> None:
    body = b"p" * (48 - pad)
    padding = bytearray([pad]) * pad
    if wrong_at == "first":
        padding[0] ^= 0x01
    elif wrong_at == "middle" and pad > 2:
        padding[pad // 2] ^= 0x40
    elif wrong_at == "middle":
        return
    data = _raw_encrypt(body + bytes(padding))
    if wrong_at == "none":
        assert decrypt_bytes(data, KEY_BYTES) == body
    else:
        with pytest.raises(DecryptionError):
            decrypt_bytes(data, KEY_BYTES)


@pytest.mark.parametrize("last", [0, 33, 48, 255])
def test_pad_values_outside_1_to_32_are_refused(last: int) -> None:
    plain = b"q" * 47 + bytes([last])
    if last == 48:  # 48 bytes of 0x30: a "valid-looking" pad longer than allowed, covering everything
        plain = bytes([48]) * 48
    with pytest.raises(DecryptionError):
        decrypt_bytes(_raw_encrypt(plain), KEY_BYTES)


@pytest.mark.parametrize(("blocks", "residue"), [(1, 2), (2, 3), (3, 0)])
def test_unpadded_base64_at_every_length(blocks: int, residue: int) -> None:
    """Ciphertexts of 16, 32 and 48 bytes are base64 of 24, 44 and 64 characters; with "=" stripped they are 2, 3
    and 0 mod 4, and all decode, as do partly padded ones; 1 mod 4 is never base64."""
    plain = b"z" * (16 * blocks - 1)
    padded = encrypt_bytes(plain, KEY_BYTES)
    unpadded = padded.rstrip("=")
    assert len(unpadded) % 4 == residue
    for spelling in {padded, unpadded, unpadded + "=" * min(1, -len(unpadded) % 4)}:
        assert decrypt_bytes(spelling, KEY_BYTES) == plain, spelling
    for wrong in (unpadded + "A" * ((1 - residue) % 4), unpadded + "===", padded + "=", padded + "=="):
        with pytest.raises(DecryptionError):
            decrypt_bytes(wrong, KEY_BYTES)


# --- binary layouts ----------------------------------------------------------------------------------------------


def _binary(size: int, rest: bytes) -> bytes:
    return PREFIX + size.to_bytes(4, "big") + rest


@pytest.mark.parametrize(
    ("size", "rest"),
    [
        (0, EVENTS_JSON),
        (len(EVENTS_JSON) + 1, EVENTS_JSON),  # claims one byte more than there is; the rest is valid JSON
        (2**32 - 1, EVENTS_JSON + APP_ID.encode()),
        (len(EVENTS_JSON) - 1, EVENTS_JSON),  # one byte short: neither end parses
    ],
)
def test_an_out_of_range_length_field_is_no_layout(size: int, rest: bytes) -> None:
    with pytest.raises(LayoutError):
        parse_plaintext(_binary(size, rest), APP_ID)
    data = encrypt_bytes(_binary(size, rest), KEY_BYTES)
    with pytest.raises(DecryptionError):
        decrypt(data, KEY, app_id=APP_ID)


def test_a_length_field_that_fits_exactly_leaves_no_ids() -> None:
    payload = parse_plaintext(_binary(len(EVENTS_JSON), EVENTS_JSON), APP_ID)
    assert (payload.layout, payload.org_id, payload.app_id) == ("events-first", None, None)
    assert [event.id for event in payload.events] == ["1"]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (ORG_ID + APP_ID, (ORG_ID, APP_ID)),  # the usual: the app id is the suffix
        (APP_ID, (None, APP_ID)),  # the ids are the app id alone
        (APP_ID + ORG_ID, (None, APP_ID)),  # the app id at the very start: nothing before it is an org id
        (ORG_ID + APP_ID + "x", (ORG_ID, APP_ID)),  # not a suffix: split at its first occurrence
        (ORG_ID, (ORG_ID, None)),  # the app id is not there: the whole run is the org id
    ],
)
@pytest.mark.parametrize("layout", ["ids-first", "events-first"])
def test_ids_split_on_the_known_app_id(ids: str, expected: tuple[str | None, str | None], layout: str) -> None:
    middle = ids.encode() + EVENTS_JSON if layout == "ids-first" else EVENTS_JSON + ids.encode()
    payload = parse_plaintext(_binary(len(EVENTS_JSON), middle), APP_ID)
    assert (payload.layout, (payload.org_id, payload.app_id)) == (layout, expected)
    assert [(event.org_id, event.app_id) for event in payload.events] == [expected]


def test_ids_that_are_not_utf8_are_no_layout() -> None:
    with pytest.raises(LayoutError):
        parse_plaintext(_binary(len(EVENTS_JSON), b"\xff\xfe" + EVENTS_JSON), APP_ID)
