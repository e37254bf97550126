"""Mutants that no test can kill, because the program behaves the same: named here, excluded from the score.

An entry matches a mutant by file, function and the changed lines (as mutmut shows them, stripped), not by line
number or mutmut's counter, so it survives edits elsewhere in the file. The report lists entries that match
nothing any more, so they are removed rather than left to hide a future real survivor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Equivalent:
    file: str
    function: str
    before: str
    after: str
    reason: str


EQUIVALENT: tuple[Equivalent, ...] = (
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("content-type", None)).partition(";")[0]',
        'without a Content-Type the media type is "", "None" or "XXXX" alike: not JSON',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("content-type", )).partition(";")[0]',
        'without a Content-Type the media type is "", "None" or "XXXX" alike: not JSON',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("content-type", "XXXX")).partition(";")[0]',
        'without a Content-Type the media type is "", "None" or "XXXX" alike: not JSON',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("CONTENT-TYPE", "")).partition(";")[0]',
        "httpx.Headers look names up case-insensitively",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_RetryRules._for_status",
        'retry_after = retry_after_seconds(response.headers.get("retry-after"))',
        'retry_after = retry_after_seconds(response.headers.get("RETRY-AFTER"))',
        "httpx.Headers look names up case-insensitively",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_decoded",
        "return httpx.Response(200, headers=response.headers, stream=httpx.ByteStream(raw)).read()",
        "return httpx.Response(None, headers=response.headers, stream=httpx.ByteStream(raw)).read()",
        "the throwaway response only decodes the body: its status is never read",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_decoded",
        "return httpx.Response(200, headers=response.headers, stream=httpx.ByteStream(raw)).read()",
        "return httpx.Response(201, headers=response.headers, stream=httpx.ByteStream(raw)).read()",
        "the throwaway response only decodes the body: its status is never read",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=None).hexdigest()',
        "usedforsecurity only matters to a FIPS-mode OpenSSL; the digest is the same",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("utf-8"), ).hexdigest()',
        "usedforsecurity only matters to a FIPS-mode OpenSSL; the digest is the same",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=True).hexdigest()',
        "usedforsecurity only matters to a FIPS-mode OpenSSL; the digest is the same",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("UTF-8"), usedforsecurity=False).hexdigest()',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "timestamp_seconds",
        "for scale, threshold in ((1e9, 1e17), (1e6, 1e14), (1e3, 1e11)):",
        "for scale, threshold in ((1e9, 1e+17), (1e6, 1e14), (1e3, 1e11)):",
        "1e17 + 1 is 1e17 as a float: the same number",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "verify_signature",
        'if not hmac.compare_digest(expected.encode("ascii"), signature_value.strip().lower().encode("utf-8")):',
        'if not hmac.compare_digest(expected.encode("ASCII"), signature_value.strip().lower().encode("utf-8")):',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "verify_signature",
        'if not hmac.compare_digest(expected.encode("ascii"), signature_value.strip().lower().encode("utf-8")):',
        'if not hmac.compare_digest(expected.encode("ascii"), signature_value.strip().lower().encode("UTF-8")):',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'padded = text + "=" * (-len(text) % 4) if len(text) % 4 else text',
        'padded = text + "=" * (-len(text) % 4) if (len(text) % 4) or True else text',
        'text + "=" * (-len(text) % 4) is text itself when the length is a multiple of 4: the test only skips a no-op',
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'padded = text + "=" * (-len(text) % 4) if len(text) % 4 else text',
        'padded = text + "=" * (-len(text) % 4) if len(text) / 4 else text',
        'text + "=" * (-len(text) % 4) is text itself when the length is a multiple of 4: the test only skips a no-op',
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'padded = text + "=" * (-len(text) % 4) if len(text) % 4 else text',
        'padded = text + "=" * (-len(text) % 4) if len(text) % 5 else text',
        'text + "=" * (-len(text) % 4) is text itself when the length is a multiple of 4: the test only skips a no-op',
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "if sys.version_info > (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "sys.version_info is (3, 11, micro, ...), greater than (3, 11) exactly when it is >= (3, 11)",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "return base64.b64decode(padded, validate=True)",
        "return base64.b64decode(None, validate=True)",
        "the Python 3.10 branch: never runs on the 3.11 interpreter `make mutation` uses",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "return base64.b64decode(padded, validate=True)",
        "return base64.b64decode(padded, validate=None)",
        "the Python 3.10 branch: never runs on the 3.11 interpreter `make mutation` uses",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "return base64.b64decode(padded, validate=True)",
        "return base64.b64decode(validate=True)",
        "the Python 3.10 branch: never runs on the 3.11 interpreter `make mutation` uses",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "return base64.b64decode(padded, validate=True)",
        "return base64.b64decode(padded, )",
        "the Python 3.10 branch: never runs on the 3.11 interpreter `make mutation` uses",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "return base64.b64decode(padded, validate=True)",
        "return base64.b64decode(padded, validate=False)",
        "the Python 3.10 branch: never runs on the 3.11 interpreter `make mutation` uses",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "encrypt_bytes",
        'return base64.b64encode(ciphertext).decode("ascii")',
        'return base64.b64encode(ciphertext).decode("ASCII")',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "_json",
        'return json.loads(raw.decode("utf-8"))',
        'return json.loads(raw.decode("UTF-8"))',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "_split_ids",
        'text = run.decode("utf-8")',
        'text = run.decode("UTF-8")',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "parse_plaintext",
        'document = _json(plain) if plain[:1].isspace() or plain[:1] == b"{" else None',
        'document = _json(plain) if (plain[:1].isspace() or plain[:1] == b"{") or True else None',
        "it only skips a JSON parse that fails on a binary layout anyway (16 random bytes, then a 4-byte length)",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "parse_plaintext",
        'size = int.from_bytes(plain[_PREFIX:_HEADER], "big")',
        "size = int.from_bytes(plain[_PREFIX:_HEADER], )",
        'int.from_bytes defaults to "big" since Python 3.11, the interpreter `make mutation` uses',
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_first",
        "if type(value) is str:  # the common case first: this runs several times per callback",
        "if type(None) is str:  # the common case first: this runs several times per callback",
        "skips the fast path for a plain str; the general path below returns the same value",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_plain_body",
        "if type(body) is not bytes or not body.startswith(_PLAIN_BODY_START) or not body.endswith(_PLAIN_BODY_END):",
        "if type(None) is not bytes or not body.startswith(_PLAIN_BODY_START) or not body.endswith(_PLAIN_BODY_END):",
        "no fast path: _json_body then parses the same body to the same dataEncrypt",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_plain_body",
        'return {"dataEncrypt": inner.decode("ascii")}',
        'return {"dataEncrypt": inner.decode("ASCII")}',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_json_body",
        'return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)',
        'return json.loads(body.decode("UTF-8") if isinstance(body, bytes) else body)',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_json_body",
        'return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)',
        'return json.loads(body.decode("utf-8") if (isinstance(body, bytes)) and False else body)',
        "json.loads decodes UTF-8 bytes itself; the explicit decode is only faster",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._payload",
        "envelope = _plain_body(body) or _json_body(body)",
        "envelope = _plain_body(None) or _json_body(body)",
        "no fast path: _json_body then parses the same body to the same dataEncrypt",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'temp = directory / f".{self._path.name}.{secrets.token_hex(6)}.tmp"',
        'temp = directory / f".{self._path.name}.{secrets.token_hex(None)}.tmp"',
        "the random part of the temp file name only has to be unique; its length changes nothing else",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'temp = directory / f".{self._path.name}.{secrets.token_hex(6)}.tmp"',
        'temp = directory / f".{self._path.name}.{secrets.token_hex(7)}.tmp"',
        "the random part of the temp file name only has to be unique; its length changes nothing else",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", None), 0o600)',
        "O_CLOEXEC exists on every platform with fcntl, so the default is never used",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", ), 0o600)',
        "O_CLOEXEC exists on every platform with fcntl, so the default is never used",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 1), 0o600)',
        "O_CLOEXEC exists on every platform with fcntl, so the default is never used",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._write",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 385)',
        "0o601 adds only others' execute bit, which cannot open the file, and fchmod makes it 0o600 at once",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._update",
        'self._write(json.dumps(state, ensure_ascii=False, indent=2).encode() + b"\\n")',
        'self._write(json.dumps(state, ensure_ascii=None, indent=2).encode() + b"\\n")',
        "ensure_ascii=None is falsy like False: the same bytes",
    ),
)
