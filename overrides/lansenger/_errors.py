"""Exceptions only the overlay raises: configuration, token stores, callbacks, OAuth redirects and uploads.

The generated package never raises these, so they live here rather than in its error module; like every SDK
error they derive from `LansengerError`, and `from lansenger import StoreError` (etc.) is where users find them.
"""

from __future__ import annotations

from lansenger_api.errors import LansengerError

__all__ = [
    "AuthorizationError",
    "CallbackError",
    "ConfigurationError",
    "DecryptionError",
    "FileChangedError",
    "SignatureVerificationError",
    "StoreError",
]


class ConfigurationError(LansengerError):
    """The client is missing something it needs (credentials, gateway URL), found before any request."""


class AuthorizationError(LansengerError):
    """A user authorization cannot be used: the OAuth redirect carried an error, no code or a state that does
    not match (possible CSRF), or the user's refresh token has run out and they must authorize again.

    `error` and `description` hold the redirect's `error` / `error_description` when it had them.
    """

    def __init__(self, message: str, *, error: str | None = None, description: str | None = None) -> None:
        super().__init__(message)
        self.error = error
        self.description = description


class FileChangedError(LansengerError):
    """A file grew or shrank while it was being uploaded, so the upload no longer matched the length it announced.

    The upload is abandoned as soon as the difference shows (never retried); upload the file again once nothing is
    writing to it. `declared` is the length announced, `sent` how far the upload got, `grew` which way it changed.
    """

    def __init__(self, message: str, *, declared: int, sent: int, grew: bool) -> None:
        super().__init__(message)
        self.declared = declared
        self.sent = sent
        self.grew = grew


class StoreError(LansengerError):
    """A token store cannot be read or written: a corrupt state file (left untouched, never overwritten), a
    file or directory the process may not use, or an unreachable store backend.

    `path` names the file when the store is a file.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class CallbackError(LansengerError):
    """An inbound callback could not be accepted."""


class SignatureVerificationError(CallbackError):
    """A callback's signature does not match, or its timestamp is outside the tolerance window."""


class DecryptionError(CallbackError):
    """A callback's payload could not be decrypted or decoded."""
