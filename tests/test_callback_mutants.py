"""Callback behaviour pinned down where mutation testing (`make mutation`) found that no test noticed a change:
each test names the behaviour, not the mutant, and would hold for any correct implementation."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from lansenger import (
    CallbackError,
    ConfigurationError,
    DecryptionError,
    SignatureVerificationError,
    _callback_crypto,
)
from lansenger._callback_crypto import DECRYPT_FAILED, aes_key_bytes, decrypt_bytes, encrypt_bytes
from lansenger._callback_layouts import LayoutError, parse_plaintext
from lansenger._callback_receiver import UNSIGNED
from lansenger._callback_signature import SIGNATURE_MISMATCH, signature, timestamp_seconds, verify_signature
from lansenger.callbacks import CallbackReceiver, CallbackResult, Dispatcher, PayloadError
from lansenger.testing.callbacks import encrypt_events, signed_callback

NOW = 1710000000.0


# --- _callback_signature -----------------------------------------------------------------------------------------


def test_the_signature_works_where_openssl_refuses_sha1_for_security_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """`usedforsecurity=False` is how a digest the protocol dictates passes a restricted (FIPS-style) OpenSSL
    policy: on a host that refuses SHA-1 for security use, the platform's SHA-1 checksum must still be computed."""
    real_sha1 = hashlib.sha1

    def restricted_sha1(data: bytes = b"", *, usedforsecurity: bool = True) -> Any:
        if usedforsecurity:
            raise ValueError("[digital envelope routines] unsupported")
        return real_sha1(data, usedforsecurity=False)

    monkeypatch.setattr(hashlib, "sha1", restricted_sha1)
    assert signature("T", "1710000000", "n", "d") == real_sha1(b"1710000000Tdn", usedforsecurity=False).hexdigest()


@pytest.mark.parametrize("timestamp", ["", "-1", "1.5", "9" * 21, "١٧١٠"])
def test_timestamp_seconds_says_what_a_timestamp_must_be(timestamp: str) -> None:
    with pytest.raises(ValueError, match=r"^timestamp is not 1 to 20 ASCII digits$"):
        timestamp_seconds(timestamp)


@pytest.mark.parametrize(
    ("timestamp", "seconds"),
    [
        ("1710000000123456789", 1710000000.123456789),
        ("1710000000123456", 1710000000.123456),
        ("1710000000123", 1710000000.123),
        ("1710000000", 1710000000.0),
    ],
)
def test_timestamp_seconds_scales_each_unit_exactly(timestamp: str, seconds: float) -> None:
    assert timestamp_seconds(timestamp) == pytest.approx(seconds, abs=1e-6)


def test_a_nanosecond_timestamp_of_now_is_within_half_a_second() -> None:
    token, nonce, data = "T", "n", "d"
    timestamp = str(int(NOW) * 10**9)
    verify_signature(
        token, timestamp, nonce, data, signature(token, timestamp, nonce, data), tolerance=0.5, clock=lambda: NOW
    )


@pytest.mark.parametrize(
    "arguments",
    [
        (None, "1", "n", "d", "x"),
        ("T", 1, "n", "d", "x"),
        ("T", "1", b"n", "d", "x"),
        ("T", "1", "n", None, "x"),
        ("T", "1", "n", "d", 0),
        ("", "1", "n", "d", "x"),
    ],
)
def test_values_that_are_not_text_fail_with_the_mismatch_message(arguments: tuple[Any, ...]) -> None:
    with pytest.raises(SignatureVerificationError, match=f"^{SIGNATURE_MISMATCH}$"):
        verify_signature(*arguments)


@pytest.mark.parametrize(
    "arguments",
    [("T\ud800", "1", "n", "d", "x"), ("T", "1", "n\udfff", "d", "x"), ("T", "1", "n", "d", "\ud800")],
)
def test_a_lone_surrogate_fails_with_the_mismatch_message_and_no_chain(arguments: tuple[str, ...]) -> None:
    with pytest.raises(SignatureVerificationError, match=f"^{SIGNATURE_MISMATCH}$") as caught:
        verify_signature(*arguments)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


# --- _callback_crypto --------------------------------------------------------------------------------------------

KEY = "MDEyMzQ1Njc4OUFCQ0RFRjAxMjM0NTY3ODlBQkNERUY"  # fixed: test ids must not change between runs
KEY_BYTES = aes_key_bytes(KEY)
PLAIN = b"a plaintext of some 40 bytes, no more...."
GOOD = encrypt_bytes(PLAIN, KEY_BYTES)


@pytest.fixture(params=["3.11 strict decoder", "3.10 decoder"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test under both base64 decoders: the one chosen on Python 3.10 and the one on 3.11 and later."""
    if request.param == "3.10 decoder":
        monkeypatch.setattr(_callback_crypto, "sys", SimpleNamespace(version_info=(3, 10, 13, "final", 0)))
    return str(request.param)


def test_both_decoders_read_the_platforms_base64(decoder: str) -> None:
    assert decrypt_bytes(GOOD, KEY_BYTES) == PLAIN
    assert decrypt_bytes(GOOD.rstrip("="), KEY_BYTES) == PLAIN
    assert aes_key_bytes(KEY) == KEY_BYTES


def test_a_ciphertext_decrypts_whatever_character_its_base64_ends_in() -> None:
    """48-byte ciphertexts are 64 base64 characters with no "=": only "=" may be stripped from the end, never a
    letter of the alphabet that happens to be last."""
    endings: dict[str, bytes] = {}
    for number in range(5000):
        plain = f"{number:032d}".encode()
        endings.setdefault(encrypt_bytes(plain, KEY_BYTES)[-1], plain)
        if len(endings) == 64:
            break
    assert len(endings) == 64
    for plain in endings.values():
        assert decrypt_bytes(encrypt_bytes(plain, KEY_BYTES), KEY_BYTES) == plain


def test_padding_beyond_what_the_data_needs_is_refused_even_in_whole_quads(decoder: str) -> None:
    for excess in ("====", "=" * 8):
        with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$"):
            decrypt_bytes(GOOD + excess, KEY_BYTES)
    one_block = encrypt_bytes(b"fifteen bytes..", KEY_BYTES)
    assert one_block.endswith("==")
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$"):
        decrypt_bytes(one_block[:-2] + "=" * 6, KEY_BYTES)


def test_the_unused_bits_of_the_last_character_are_not_checked_by_either_decoder(decoder: str) -> None:
    """As the stdlib's own strict decoders do: "QX==" is "QQ==" (both b"A"), padded or not."""
    for number in range(200):
        plain = f"{number:015d}".encode()
        text = encrypt_bytes(plain, KEY_BYTES)  # 16 bytes: 22 characters and "=="
        if text[-3] == "Q":
            break
    unchecked = text[:-3] + "X"
    assert decrypt_bytes(unchecked + "==", KEY_BYTES) == plain
    assert decrypt_bytes(unchecked, KEY_BYTES) == plain


@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text[:8] + "\n" + text[8:],
        lambda text: text[:8] + " " + text[8:],
        lambda text: text[:8] + "\t" + text[8:] + "\r\n",
        lambda text: text[:8] + "-" + text[8:],
        lambda text: text[:8] + "_" + text[8:],
        lambda text: text[:8] + "*" + text[8:],
        lambda text: text[:8] + "\r\n\r\n" + text[8:],  # whole quads stay whole: the length alone tells nothing
        lambda text: text[:8] + "-_-_" + text[8:],
    ],
    ids=["newline", "space", "tab-crlf", "dash", "underscore", "star", "two-crlf", "four-url-safe"],
)
def test_both_decoders_refuse_a_character_outside_the_alphabet(decoder: str, spoil: Callable[[str], str]) -> None:
    """A lenient decoder would drop the stray character and decrypt: the ciphertext would not be what was signed."""
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$"):
        decrypt_bytes(spoil(GOOD), KEY_BYTES)
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$"):
        aes_key_bytes(spoil(KEY))


@pytest.mark.parametrize("aes_key", [None, KEY.encode("ascii"), 43, ["x"] * 43], ids=["none", "bytes", "int", "list"])
def test_an_aes_key_that_is_not_text_is_a_configuration_error(aes_key: Any) -> None:
    with pytest.raises(ConfigurationError, match="aes_key"):
        CallbackReceiver(aes_key)
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$"):
        aes_key_bytes(aes_key)


@pytest.mark.parametrize(
    "aes_key", ["not base64!", KEY[:-4], KEY + "AAAA", "é" * 43], ids=["alphabet", "short", "long", "non-ascii"]
)
def test_a_bad_aes_key_fails_with_the_one_decrypt_message(aes_key: str) -> None:
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$") as caught:
        aes_key_bytes(aes_key)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


@pytest.mark.parametrize(
    "data_encrypt",
    ["not base64!", "", "QUJD", GOOD[:-24] + "=", b"QUJD"],
    ids=["alphabet", "empty", "3-bytes", "unaligned", "bytes"],
)
def test_undecodable_or_unaligned_ciphertext_fails_with_the_one_decrypt_message(data_encrypt: Any) -> None:
    with pytest.raises(DecryptionError, match=f"^{DECRYPT_FAILED}$") as caught:
        decrypt_bytes(data_encrypt, KEY_BYTES)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


@pytest.mark.parametrize("block_size", [0, 8, 24, 64])
def test_the_test_helper_names_the_block_sizes_it_takes(block_size: int) -> None:
    with pytest.raises(ValueError, match=r"^block_size must be 16 or 32$"):
        encrypt_events([{"id": "1", "eventType": "x"}], KEY, block_size=block_size)


# --- _callback_layouts -------------------------------------------------------------------------------------------

APP_ID = "2285568-12042496"
ORG_ID = "3211264"
EVENTS_JSON = b'[{"id":"1","eventType":"staff_create","data":{"staffId":"s-1"}}]'
PREFIX = b"random16bytes!!!"


def _binary(size: int, rest: bytes) -> bytes:
    return PREFIX + size.to_bytes(4, "big") + rest


@pytest.mark.parametrize(
    ("plain", "reason"),
    [
        (b"", "too short for a binary layout"),
        (PREFIX + b"\x00\x00\x00", "too short for a binary layout"),
        (_binary(0, b""), "events length out of range"),  # exactly the header: no events can fit
        (_binary(1, b""), "events length out of range"),
        (_binary(0, EVENTS_JSON), "events length out of range"),
        (_binary(len(EVENTS_JSON) + 1, EVENTS_JSON), "events length out of range"),
        (_binary(1, b"1"), "no events JSON where a binary layout puts it"),
        (_binary(1, b"7" + EVENTS_JSON), "no events JSON where a binary layout puts it"),
        (_binary(len(EVENTS_JSON), b"\xff\xfe" + EVENTS_JSON), "ids are not UTF-8"),
        (_binary(len(EVENTS_JSON), EVENTS_JSON + b"\xff"), "ids are not UTF-8"),
    ],
    ids=[
        "empty",
        "19-bytes",
        "header-only",
        "header-claims-1",
        "length-0",
        "length-past-end",
        "length-1-not-json",
        "neither-end-json",
        "ids-first-not-utf8",
        "events-first-not-utf8",
    ],
)
def test_each_layout_check_gives_its_own_reason(plain: bytes, reason: str) -> None:
    with pytest.raises(LayoutError, match=f"^{reason}$"):
        parse_plaintext(plain, APP_ID)


@pytest.mark.parametrize("start", [b" ", b"\n", b"\r\n\t ", b"\t"], ids=["space", "newline", "crlf-tab", "tab"])
def test_a_json_plaintext_may_open_with_whitespace(start: bytes) -> None:
    plain = start + b'{"appId":"%s","events":%s}' % (APP_ID.encode(), EVENTS_JSON)
    payload = parse_plaintext(plain)
    assert (payload.layout, payload.app_id, [event.id for event in payload.events]) == ("json", APP_ID, ["1"])


@pytest.mark.parametrize("snake", [False, True], ids=["camel", "snake"])
def test_extra_keeps_every_envelope_key_but_the_events_and_ids(snake: bool) -> None:
    ids = {"app_id": APP_ID, "org_id": ORG_ID} if snake else {"appId": APP_ID, "orgId": ORG_ID}
    document = {"random": "r" * 43, "len": "62", "future": {"x": 1}, **ids, "events": json.loads(EVENTS_JSON)}
    payload = parse_plaintext(json.dumps(document).encode())
    assert payload.extra == {"random": "r" * 43, "len": "62", "future": {"x": 1}}
    assert (payload.app_id, payload.org_id) == (APP_ID, ORG_ID)


def test_both_id_spellings_at_once_are_all_kept_out_of_extra() -> None:
    ids = {"appId": APP_ID, "app_id": APP_ID, "orgId": ORG_ID, "org_id": ORG_ID}
    payload = parse_plaintext(json.dumps({**ids, "events": json.loads(EVENTS_JSON)}).encode())
    assert payload.extra == {}


@pytest.mark.parametrize("layout", ["ids-first", "events-first"])
def test_an_app_id_seen_twice_splits_at_its_first_occurrence(layout: str) -> None:
    ids = (ORG_ID + APP_ID + APP_ID + "x").encode()
    middle = ids + EVENTS_JSON if layout == "ids-first" else EVENTS_JSON + ids
    payload = parse_plaintext(_binary(len(EVENTS_JSON), middle), APP_ID)
    assert (payload.layout, payload.org_id, payload.app_id) == (layout, ORG_ID, APP_ID)


# --- _callback_receiver ------------------------------------------------------------------------------------------

TOKEN = "SIGN-TOKEN-5f0c"
EVENTS = [{"id": "e-1", "eventType": "staff_create", "data": {"staffId": "s-1"}}]


def _signed_query(data_encrypt: str, signature_key: str = "signature") -> dict[str, str]:
    return {
        "timestamp": "1710000000",
        "nonce": "n-1",
        signature_key: signature(TOKEN, "1710000000", "n-1", data_encrypt),
    }


def _event_ids(result: CallbackResult) -> list[str | None]:
    return [event.id for event in result.events]


def test_an_empty_value_gives_way_to_the_next_spelling() -> None:
    data = encrypt_events(EVENTS, KEY)
    receiver = CallbackReceiver(KEY, sign_token=TOKEN)
    query = {**_signed_query(data, "dev_data_signature"), "signature": ""}
    body = json.dumps({"dataEncrypt": "", "encrypt": data}).encode()
    result = receiver.handle(body, query)
    assert (result.err_code, _event_ids(result)) == (0, ["e-1"])


@pytest.mark.parametrize("value", [12345, [7], {"a": "b"}, True], ids=["int", "list-of-int", "object", "bool"])
@pytest.mark.parametrize("sign_token", [None, TOKEN], ids=["unsigned", "signed"])
def test_a_data_encrypt_that_is_not_text_is_no_data_encrypt(value: Any, sign_token: str | None) -> None:
    result = CallbackReceiver(KEY, sign_token=sign_token).handle(json.dumps({"dataEncrypt": value}).encode(), {})
    assert result.err_code == -3
    assert isinstance(result.error, PayloadError) and str(result.error) == "the body has no dataEncrypt"


@pytest.mark.parametrize("as_type", [str, bytearray, bytes], ids=["str", "bytearray", "bytes"])
def test_a_body_given_as_text_or_bytearray_is_read_like_bytes(as_type: Callable[[bytes], Any]) -> None:
    callback = signed_callback(EVENTS, KEY, TOKEN, timestamp="1710000000", nonce="n-1")
    body: Any = callback.body.decode() if as_type is str else as_type(callback.body)  # what some frameworks hand over
    result = CallbackReceiver(KEY, sign_token=TOKEN).handle(body, callback.query)
    assert (result.err_code, _event_ids(result)) == (0, ["e-1"])


def test_a_body_cut_before_its_closing_quote_is_not_json_though_its_ciphertext_is_signed() -> None:
    data = encrypt_events(EVENTS, KEY)
    body = b'{"dataEncrypt":"' + data.encode() + b"=="
    result = CallbackReceiver(KEY, sign_token=TOKEN).handle(body, _signed_query(data))
    assert result.err_code == -3 and str(result.error) == "the body is not JSON"


@pytest.mark.parametrize(
    "tail",
    [b',"x":"y"}', b',"nonce":"n-1"}', b',"a":"\\"","b":"c"}'],
    ids=["string-field", "nonce-field", "escaped-quote"],
)
def test_fields_after_data_encrypt_are_parsed_not_swallowed(tail: bytes) -> None:
    data = encrypt_events(EVENTS, KEY)
    body = b'{"dataEncrypt":"' + data.encode() + b'"' + tail
    result = CallbackReceiver(KEY, sign_token=TOKEN).handle(body, _signed_query(data))
    assert (result.err_code, _event_ids(result)) == (0, ["e-1"])


def test_a_non_ascii_data_encrypt_is_undecryptable_not_a_crash() -> None:
    result = CallbackReceiver(KEY).handle('{"dataEncrypt":"QUJDQUJDQUJDQUJDQUJDQUJD\u00e9"}'.encode(), {})
    assert result.err_code == -1
    assert isinstance(result.error, DecryptionError) and str(result.error) == DECRYPT_FAILED


@pytest.mark.parametrize(
    ("body", "query", "code", "error_type", "message"),
    [
        (b"junk", {}, -3, PayloadError, "the body is not JSON"),
        (b'["dataEncrypt"]', {}, -3, PayloadError, "the body is not a JSON object"),
        (b'"text"', {}, -3, PayloadError, "the body is not a JSON object"),
        (b'{"other":1}', {}, -3, PayloadError, "the body has no dataEncrypt"),
        (b'{"dataEncrypt":"AAAA"}', {"timestamp": "1", "signature": "x"}, -2, SignatureVerificationError, UNSIGNED),
        (b'{"dataEncrypt":"AAAA"}', {"nonce": "n", "signature": "x"}, -2, SignatureVerificationError, UNSIGNED),
        (b'{"dataEncrypt":"AAAA"}', {"timestamp": "1", "nonce": "n"}, -2, SignatureVerificationError, UNSIGNED),
        (
            b'{"dataEncrypt":"AAAA"}',
            {"timestamp": "1", "nonce": "n", "signature": "0" * 40},
            -2,
            SignatureVerificationError,
            SIGNATURE_MISMATCH,
        ),
    ],
    ids=[
        "not-json",
        "array",
        "string",
        "no-data-encrypt",
        "no-nonce",
        "no-timestamp",
        "no-signature",
        "forged",
    ],
)
def test_each_rejection_carries_its_typed_error_and_reason(
    body: bytes, query: dict[str, str], code: int, error_type: type[Exception], message: str
) -> None:
    result = CallbackReceiver(KEY, sign_token=TOKEN).handle(body, query)
    assert result.err_code == code
    assert type(result.error) is error_type and str(result.error) == message


def test_a_payload_in_no_layout_carries_its_reason() -> None:
    data = encrypt_bytes(PREFIX + b"\x00\x00\x00\x05" + b"12345", KEY_BYTES)
    result = CallbackReceiver(KEY, sign_token=TOKEN).handle(
        json.dumps({"dataEncrypt": data}).encode(), _signed_query(data)
    )
    assert result.err_code == -3
    assert type(result.error) is PayloadError and str(result.error) == "the decrypted payload is in no known layout"


@pytest.mark.parametrize("as_type", [bytes, bytearray, str], ids=["bytes", "bytearray", "str"])
def test_a_rejection_is_one_warning_with_the_body_size(
    as_type: Callable[[bytes], Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="lansenger.callbacks")
    body = b"not json at all"
    given: Any = body.decode() if as_type is str else as_type(body)
    CallbackReceiver(KEY).handle(given, {})
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        (
            "WARNING",
            "callback rejected with errCode -3: the body is not JSON (not a callback the platform sends; 15-byte body)",
        )
    ]


def test_an_unexpected_failure_is_errcode_minus_4_with_only_the_error_type(caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        def add(self, event_id: str) -> bool:
            raise RuntimeError(f"secret detail about {event_id}")

    caplog.set_level(logging.DEBUG, logger="lansenger.callbacks")
    callback = signed_callback(EVENTS, KEY, TOKEN)
    result = CallbackReceiver(KEY, sign_token=TOKEN, seen=Broken()).handle(callback.body, callback.query)
    assert result.reply == {"errCode": -4, "errMsg": "error"}
    assert type(result.error) is CallbackError and str(result.error) == "RuntimeError"
    assert [(record.levelname, record.getMessage()) for record in caplog.records] == [
        ("ERROR", "callback failed: RuntimeError")
    ]


def test_configuration_errors_say_what_is_wrong() -> None:
    with pytest.raises(ConfigurationError, match=r"^aes_key must be the 43-character base64 callback key$"):
        CallbackReceiver("short")
    with pytest.raises(ConfigurationError, match=r"^verify=True needs the sign_token$"):
        CallbackReceiver(KEY, verify=True)
    with pytest.raises(ConfigurationError, match=r"^verify=True needs the sign_token$"):
        CallbackReceiver(KEY, sign_token="", verify=True)


def test_the_repr_shows_the_app_and_verification_and_survives_a_half_built_receiver() -> None:
    assert (
        repr(CallbackReceiver(KEY, sign_token=TOKEN, app_id=APP_ID))
        == f"CallbackReceiver(app_id='{APP_ID}', verify=True)"
    )
    assert repr(CallbackReceiver(KEY)) == "CallbackReceiver(app_id=None, verify=False)"
    half_built = CallbackReceiver.__new__(CallbackReceiver)  # what a traceback of a failed __init__ shows
    assert repr(half_built) == "CallbackReceiver(app_id=None, verify=None)"


def test_a_rejected_callback_is_not_dispatched_sync_or_async() -> None:
    dispatcher = Dispatcher()
    receiver = CallbackReceiver(KEY, sign_token=TOKEN, dispatcher=dispatcher)
    forged = {"timestamp": "1", "nonce": "n", "signature": "0" * 40}
    assert receiver.handle(b'{"dataEncrypt":"AAAA"}', forged).report is None
    result = asyncio.run(receiver.ahandle(b'{"dataEncrypt":"AAAA"}', forged))
    assert (result.err_code, result.report) == (-2, None)
