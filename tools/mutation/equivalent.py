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
        'without the header, "None" is no JSON media type, as "" is not',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("content-type", )).partition(";")[0]',
        'without the header, "None" is no JSON media type, as "" is not',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("CONTENT-TYPE", "")).partition(";")[0]',
        "httpx header names are case-insensitive",
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "is_json_response",
        'media_type = str(response.headers.get("content-type", "")).partition(";")[0]',
        'media_type = str(response.headers.get("content-type", "XXXX")).partition(";")[0]',
        'without the header, "xxxx" is no JSON media type, as "" is not',
    ),
    Equivalent(
        "overrides/lansenger/_retry.py",
        "_RetryRules._for_status",
        'retry_after = retry_after_seconds(response.headers.get("retry-after"))',
        'retry_after = retry_after_seconds(response.headers.get("RETRY-AFTER"))',
        "httpx header names are case-insensitive",
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
        "overrides/lansenger/_retry.py",
        "_decoded",
        'return b""',
        'return b"XXXX"',
        'both bodies are no JSON: either makes the answer "malformed JSON"',
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
        "token = self._valid_token()",
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
        "overrides/lansenger/_file_store.py",
        "FileTokenStore.__init__",
        "self._profile = profile or DEFAULT_PROFILE",
        "self._profile = None",
        "_read() does not use the profile, and the line after it sets the profile again",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore.__init__",
        "self._profile = profile or DEFAULT_PROFILE",
        "self._profile = profile and DEFAULT_PROFILE",
        "_read() does not use the profile, and the line after it sets the profile again",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._update",
        'raise failure("write", "the token state file", self._path, reason(error, self._path)) from detached(error)',
        'raise failure("write", "the token state file", self._path, reason(error, None)) from detached(error)',
        "reason() reads the path only on ELOOP, which no write here gives (symlinks are refused earlier)",
    ),
    Equivalent(
        "overrides/lansenger/_file_store.py",
        "FileTokenStore._rewrite",
        'write_atomically(self._path, json.dumps(state, ensure_ascii=False, indent=2).encode() + b"\\n")',
        'write_atomically(self._path, json.dumps(state, ensure_ascii=None, indent=2).encode() + b"\\n")',
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
        "overrides/lansenger/_file_store.py",
        "FileTokenStore.profile_data",
        "return copy.deepcopy(self._profile_data(self._read()))",
        "return copy.copy(self._profile_data(self._read()))",
        "the profile comes from a fresh parse of the file that nothing else holds: a shallow copy shares nothing",
    ),
    Equivalent(
        "overrides/lansenger/_redis_store.py",
        "RedisTokenStore._load",
        "def _load(self, key: str, build: Callable[[Mapping[str, Any], str], _Record], "
        'staff_id: str = "") -> _Record | None:',
        "def _load(self, key: str, build: Callable[[Mapping[str, Any], str], _Record], "
        'staff_id: str = "XXXX") -> _Record | None:',
        "only user records are built with the staff id, and their loads always pass one",
    ),
)
