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


_B64_MESSAGE = (
    "both callers replace this ValueError by DecryptionError(DECRYPT_FAILED) from None: its text never leaves"
)
_B64_DECODERS = (
    "the 3.10 decoder accepts exactly the strings the 3.11 strict one does (test_callback_mutants.py runs both; "
    "300,000 random strings agreed)"
)
_FAST_PATH = (
    "whole quads ending in at most == are only a shortcut past two copies: the general path decodes the same strings "
    "to the same bytes, and refuses the same ones"
)
_JSON_GUARD = (
    "only a plaintext opening with JSON whitespace or { can load as a JSON object (a BOM fails json.loads): "
    "the guard only saves time"
)
_BYTEORDER = (
    'byteorder defaults to "big" on Python >= 3.11, which the run uses; on 3.10 the mutant is a TypeError that '
    "every binary-layout test catches"
)

_PLAIN_BODY = "_plain_body is a fast path: without it _json_body reads the same dict from the same body"
_DECODE_FIRST = (
    "json.loads detects UTF-8 in bytes itself (and invalid UTF-8 falls back to it anyway): decoding first only "
    "saves time"
)
_SEEN_KEY = "any constant key throttles the same: rejection keys start with their errCode, so none can equal it"
_BODY_SIZE = (
    "json.loads takes only str, bytes and bytearray (anything else is a TypeError, -4): no other body reaches a "
    "rejection"
)

CALLBACK: tuple[Equivalent, ...] = (
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=None).hexdigest()',
        "hashlib reads usedforsecurity as a truth value: None is False",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "signature",
        'return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()',
        'return hashlib.sha1(joined.encode("UTF-8"), usedforsecurity=False).hexdigest()',
        "codec names are case-insensitive: UTF-8 is utf-8",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "timestamp_seconds",
        "for scale, threshold in ((1e9, 1e17), (1e6, 1e14), (1e3, 1e11)):",
        "for scale, threshold in ((1e9, 1e+17), (1e6, 1e14), (1e3, 1e11)):",
        "1e+17 is the same float literal as 1e17",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        "raise ValueError(None)",
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("XXnot ASCII base64XX")',
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("not ascii base64")',
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("NOT ASCII BASE64")',
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        "raise ValueError(None)",
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        'raise ValueError("XXmore base64 padding than the data needsXX")',
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        'raise ValueError("MORE BASE64 PADDING THAN THE DATA NEEDS")',
        _B64_MESSAGE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'padded = data + "=" * missing if missing else data',
        'padded = data + "=" * missing if (missing) or True else data',
        'with missing == 0, data + "=" * missing is data itself',
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "if sys.version_info > (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "sys.version_info has five fields, so it is > (3, 11) exactly when it is >= (3, 11)",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "if sys.version_info >= (4, 11):  # the C decoder's strict mode: several times faster than a regex check",
        _B64_DECODERS,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "if sys.version_info >= (3, 12):  # the C decoder's strict mode: several times faster than a regex check",
        _B64_DECODERS,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'if not len(text) % 4 and text[-3:-2] != "=":  # whole quads ending in at most "==": decoded as they are',
        'if not len(text) / 4 and text[-3:-2] != "=":  # whole quads ending in at most "==": decoded as they are',
        _FAST_PATH,
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if len(text) - len(data) > missing:",
        "if len(text) - len(data) >= missing:",
        "as much padding as is missing makes whole quads, which reach this line only when they end in ===: no "
        "base64 at all, which the decoder refuses as well",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "encrypt_bytes",
        'return base64.b64encode(ciphertext).decode("ascii")',
        'return base64.b64encode(ciphertext).decode("ASCII")',
        "codec names are case-insensitive: ASCII is ascii",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "_json",
        'return json.loads(raw.decode("utf-8"))',
        'return json.loads(raw.decode("UTF-8"))',
        "codec names are case-insensitive: UTF-8 is utf-8",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "_split_ids",
        'text = run.decode("utf-8")',
        'text = run.decode("UTF-8")',
        "codec names are case-insensitive: UTF-8 is utf-8",
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "parse_plaintext",
        'document = _json(plain) if plain[:1].isspace() or plain[:1] == b"{" else None',
        'document = _json(plain) if (plain[:1].isspace() or plain[:1] == b"{") or True else None',
        _JSON_GUARD,
    ),
    Equivalent(
        "overrides/lansenger/_callback_layouts.py",
        "parse_plaintext",
        'size = int.from_bytes(plain[_PREFIX:_HEADER], "big")',
        "size = int.from_bytes(plain[_PREFIX:_HEADER], )",
        _BYTEORDER,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_first",
        "if type(value) is str:  # the common case first: this runs several times per callback",
        "if type(None) is str:  # the common case first: this runs several times per callback",
        "the str fast path only saves time: the general branch returns the same non-empty str",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_plain_body",
        "if type(body) is not bytes or not body.startswith(_PLAIN_BODY_START) or not body.endswith(_PLAIN_BODY_END):",
        "if type(None) is not bytes or not body.startswith(_PLAIN_BODY_START) or not body.endswith(_PLAIN_BODY_END):",
        _PLAIN_BODY,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_plain_body",
        'return {"dataEncrypt": inner.decode("ascii")}',
        'return {"dataEncrypt": inner.decode("ASCII")}',
        "codec names are case-insensitive: ASCII is ascii",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_json_body",
        'return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)',
        'return json.loads(body.decode("utf-8") if (isinstance(body, bytes)) and False else body)',
        _DECODE_FIRST,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "_json_body",
        'return json.loads(body.decode("utf-8") if isinstance(body, bytes) else body)',
        'return json.loads(body.decode("UTF-8") if isinstance(body, bytes) else body)',
        "codec names are case-insensitive: UTF-8 is utf-8",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver.__init__",
        'self._sign_token = sign_token or ""',
        'self._sign_token = sign_token or "XXXX"',
        "_sign_token is read only when verifying, and verifying without a sign_token is refused above",
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._first_time",
        '"seen store", "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        'None, "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        _SEEN_KEY,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._first_time",
        '"seen store", "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        '"XXseen storeXX", "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        _SEEN_KEY,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._first_time",
        '"seen store", "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        '"SEEN STORE", "callback dedupe unavailable, handling the event unchecked: %s", str(error)',
        _SEEN_KEY,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._rejected",
        "size = len(body) if isinstance(body, (bytes, bytearray, str)) else 0",
        "size = len(body) if (isinstance(body, (bytes, bytearray, str))) or True else 0",
        _BODY_SIZE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._rejected",
        "size = len(body) if isinstance(body, (bytes, bytearray, str)) else 0",
        "size = len(body) if isinstance(body, (bytes, bytearray, str)) else 1",
        _BODY_SIZE,
    ),
    Equivalent(
        "overrides/lansenger/_callback_receiver.py",
        "CallbackReceiver._payload",
        "envelope = _plain_body(body) or _json_body(body)",
        "envelope = _plain_body(None) or _json_body(body)",
        _PLAIN_BODY,
    ),
)

CORE: tuple[Equivalent, ...] = (
    Equivalent(
        "overrides/lansenger/_auth.py",
        "AppTokenAuth.__init__",
        "self._rejected: str | None = None  # a token the server refused: never taken back from the store",
        'self._rejected: str | None = ""  # a token the server refused: never taken back from the store',
        '_adopt refuses an empty stored token before it compares one with this, so "" matches nothing, as None',
    ),
    Equivalent(
        "overrides/lansenger/_auth.py",
        "AppTokenAuth.invalidate",
        "self._rejected = token if token is not None else (self._cached.token if self._cached else None)",
        "self._rejected = token if (token is not None) and False else (self._cached.token if self._cached else None)",
        "a token given is only acted on when it equals the cached one, so both name the same token",
    ),
    Equivalent(
        "overrides/lansenger/_auth.py",
        "AppTokenAuth.aget_token",
        "token = self.valid_token()",
        "token = None",
        "the same check is made first thing under the fetch lock; only a wait behind a concurrent store save differs",
    ),
    Equivalent(
        "overrides/lansenger/_store.py",
        "app_key",
        "return f\"{quote(app_id, safe='')}@{gateway_identity(gateway_url)}\"",
        "return f\"{quote(app_id, safe='XXXX')}@{gateway_identity(gateway_url)}\"",
        'quote never escapes letters, so a safe "X" adds nothing: "/" and "@" are escaped all the same',
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_json",
        'write_atomically(path, json.dumps(document, ensure_ascii=False, indent=indent).encode() + b"\\n")',
        'write_atomically(path, json.dumps(document, ensure_ascii=None, indent=indent).encode() + b"\\n")',
        "json.dumps tests ensure_ascii for truth: None acts as False",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(None, "O_CLOEXEC", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", None)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", )',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "XXO_CLOEXECXX", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "o_cloexec", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "read_regular",
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 1)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(None, "O_CLOEXEC", 0), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", None), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", ), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "XXO_CLOEXECXX", 0), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "o_cloexec", 0), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "write_atomically",
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)',
        'fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 1), 0o600)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "remove_orphans",
        "info = entry.stat(follow_symlinks=False)",
        "info = entry.stat(follow_symlinks=None)",
        "DirEntry.stat takes follow_symlinks by truth: None acts as False",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "private_directories",
        "while not current.exists() and current.parent != current:",
        "while not current.exists() or current.parent != current:",
        "existing directories fall into the FileExistsError branch: the longer walk only makes more mkdir calls",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(None, "O_CLOEXEC", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", None)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", )',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "XXO_CLOEXECXX", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "o_cloexec", 0)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_private_files.py",
        "open_lock",
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)',
        'flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 1)',
        "os.open already makes every descriptor non-inheritable (PEP 446): O_CLOEXEC only repeats it",
    ),
    Equivalent(
        "overrides/lansenger/_redis_store.py",
        "RedisTokenStore._load",
        'def _load(self, key: str, build: Callable[[Mapping[str, Any], str], _Record], staff_id: str = "") -> _Record | None:',  # noqa: E501
        'def _load(self, key: str, build: Callable[[Mapping[str, Any], str], _Record], staff_id: str = "XXXX") -> _Record | None:',  # noqa: E501
        "only user records are built with the staff id, and their loads always pass one",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.__init__",
        "if type(request.stream) is not httpx.ByteStream:  # a body held in memory (the usual one) cannot change",
        "if type(None) is not httpx.ByteStream:  # a body held in memory (the usual one) cannot change",
        "check_length finds a body held in memory at the length it declares: checking it as well changes nothing",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.__init__",
        "self._buffered = meta.buffered",
        "self._buffered = None",
        "None, like False, has the answer's Content-Type checked before it is read: the same outcome, a little later",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.__init__",
        "self._buffered = False",
        "self._buffered = None",
        "None, like False, has the answer's Content-Type checked before it is read: the same outcome, a little later",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.__init__",
        "app_token = False",
        "app_token = None",
        "None is as false as False",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.__init__",
        "self._used = used if isinstance(used, str) else None",
        "self._used = used if (isinstance(used, str)) or True else None",
        "the extension holds the token a TokenClient put there (text) or is absent (None): both branches give the same",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts.after_response",
        "return 0.0",
        "return 1.0",
        "a refused token is sent again at once: the loop continues before it would sleep",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts._refused",
        "if type(code) is not int:  # the usual int passes without a call",
        "if type(None) is not int:  # the usual int passes without a call",
        "err_code hands an int back as it is: calling it for one only costs time",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts._refused",
        "self._renewable = False",
        "self._renewable = None",
        "None is as false as False",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_Attempts._status_delay",
        'retry_after = retry_after_seconds(response.headers.get("retry-after"))',
        'retry_after = retry_after_seconds(response.headers.get("RETRY-AFTER"))',
        "httpx header names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "RetryTransport.handle_request",
        "view = request_view(request) if on_request or on_response else None",
        "view = request_view(request) if (on_request or on_response) or True else None",
        "a view built when there is no hook is shown to none",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "AsyncRetryTransport.handle_async_request",
        "view = request_view(request) if on_request or on_response else None",
        "view = request_view(request) if (on_request or on_response) or True else None",
        "a view built when there is no hook is shown to none",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "RetryTransport.handle_request",
        "if on_response and view is not None:",
        "if on_response or view is not None:",
        "with request hooks only, the answer's view is built and shown to no hook",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "AsyncRetryTransport.handle_async_request",
        "if on_response and view is not None:",
        "if on_response or view is not None:",
        "with request hooks only, the answer's view is built and shown to no hook",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.__init__",
        "self._base: httpx.URL | None = None",
        'self._base: httpx.URL | None = ""',
        "no base URL is the empty string: the first build replaces it, and the shortcut in final asks for the base itself",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.__init__",
        "self._prefix: str | None = None",
        'self._prefix: str | None = ""',
        "the prefix is set by the first build, before anything reads it",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.build",
        'self._prefix += "/"',
        'self._prefix = "/"',
        'only a bare host\'s prefix lacks the slash: a URL built from "/" is relative, and httpx joins it to that same base URL',  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.build",
        "built = self._built.get(key) if key is not None else None",
        "built = self._built.get(key) if (key is not None) or True else None",
        "no URL is kept under None, so looking it up finds nothing, as not looking does",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.build",
        'query = str(httpx.QueryParams(params)) if params else ""',
        'query = str(httpx.QueryParams(params)) if (params) or True else ""',
        "no parameters make an empty query either way",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "extensions = {**extensions, TOKEN_EXTENSION: token} if extensions else {TOKEN_EXTENSION: token}",
        "extensions = {**extensions, TOKEN_EXTENSION: token} if (extensions) or True else {TOKEN_EXTENSION: token}",
        "a token is only fetched for a request whose extensions mark it, so they are never empty here",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None",
        "built = None",
        "the shortcut only skips build's tests: build finds the same URL, kept under the same key",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None",
        "built = self._built.get((url, token)) if (not params and type(url) is str and base is self._base) and False else None",  # noqa: E501
        "the shortcut only skips build's tests: build finds the same URL, kept under the same key",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None",
        "built = self._built.get(None) if not params and type(url) is str and base is self._base else None",
        "the shortcut only skips build's tests: build finds the same URL, kept under the same key",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None",
        "built = self._built.get((url, token)) if not params and type(None) is str and base is self._base else None",
        "the shortcut only skips build's tests: build finds the same URL, kept under the same key",
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "_FinalUrls.final",
        "built = self._built.get((url, token)) if not params and type(url) is str and base is self._base else None",
        "built = self._built.get((url, token)) if not params and type(url) is not str and base is self._base else None",
        "the shortcut only skips build's tests: build finds the same URL, kept under the same key (a URL object is never kept)",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "TokenClient.__init__",
        "super().__init__(auth=_NO_AUTH, **kwargs)",
        "super().__init__(auth=None, **kwargs)",
        "httpx's default auth flow sends a request unchanged unless its URL carries a user name or password, which gateway URLs do not",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "TokenClient.__init__",
        "super().__init__(auth=_NO_AUTH, **kwargs)",
        "super().__init__(**kwargs)",
        "httpx's default auth flow sends a request unchanged unless its URL carries a user name or password, which gateway URLs do not",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "AsyncTokenClient.__init__",
        "super().__init__(auth=_NO_AUTH, **kwargs)",
        "super().__init__(auth=None, **kwargs)",
        "httpx's default auth flow sends a request unchanged unless its URL carries a user name or password, which gateway URLs do not",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "AsyncTokenClient.__init__",
        "super().__init__(auth=_NO_AUTH, **kwargs)",
        "super().__init__(**kwargs)",
        "httpx's default auth flow sends a request unchanged unless its URL carries a user name or password, which gateway URLs do not",  # noqa: E501
    ),
    Equivalent(
        "overrides/lansenger/_token_clients.py",
        "AsyncTokenClient.request",
        "token = self._token_auth.valid_token()",
        "token = None",
        "without the cached token the request waits for aget_token, which hands out the same one",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "RetryTransport.__init__",
        "self._tokens = None if tokens is None else _Tokens(tokens, in_async=False)",
        "self._tokens = None if tokens is None else _Tokens(tokens, in_async=None)",
        "None is as false as False",
    ),
)

EQUIVALENT: tuple[Equivalent, ...] = (*CALLBACK, *CORE)
