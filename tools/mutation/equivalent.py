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
        "overrides/lansenger/_callback_signature.py",
        "verify_signature",
        'received = signature_value.strip().lower().encode("utf-8")',
        'received = signature_value.strip().lower().encode("UTF-8")',
        "codec names are case-insensitive: UTF-8 is utf-8",
    ),
    Equivalent(
        "overrides/lansenger/_callback_signature.py",
        "verify_signature",
        'if not hmac.compare_digest(expected.encode("ascii"), received):',
        'if not hmac.compare_digest(expected.encode("ASCII"), received):',
        "codec names are case-insensitive: ASCII is ascii",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        "raise ValueError(None)",
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("XXnot ASCII base64XX")',
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("not ascii base64")',
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("not ASCII base64")',
        'raise ValueError("NOT ASCII BASE64")',
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        "raise ValueError(None)",
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        'raise ValueError("XXmore base64 padding than the data needsXX")',
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        'raise ValueError("more base64 padding than the data needs")',
        'raise ValueError("MORE BASE64 PADDING THAN THE DATA NEEDS")',
        "both callers turn this ValueError into DecryptionError(DECRYPT_FAILED) from None: its message never leaves _b64decode",
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
        "the 3.10 decoder path accepts exactly the strings the strict one does (both tested in test_callback_mutants.py; 300k random strings agreed)",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "_b64decode",
        "if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check",
        "if sys.version_info >= (3, 12):  # the C decoder's strict mode: several times faster than a regex check",
        "the 3.10 decoder path accepts exactly the strings the strict one does (both tested in test_callback_mutants.py; 300k random strings agreed)",
    ),
    Equivalent(
        "overrides/lansenger/_callback_crypto.py",
        "encrypt_bytes",
        'return base64.b64encode(ciphertext).decode("ascii")',
        'return base64.b64encode(ciphertext).decode("ASCII")',
        "codec names are case-insensitive: ASCII is ascii",
    ),
)

EQUIVALENT: tuple[Equivalent, ...] = (*CALLBACK,)
