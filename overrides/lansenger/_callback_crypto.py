"""The platform's callback cipher: AES-256-CBC, key = base64(aesKey + "="), IV = the key's first 16 bytes.

Each key keeps one CBC decryptor per thread for all its callbacks, because creating a decryptor costs as much
as decrypting three kilobytes. CBC decrypts block i as AES⁻¹(Cᵢ) XOR Cᵢ₋₁, so feeding the IV in as one block
before a callback's ciphertext makes the IV the previous block, whatever came before; its 16 output bytes are
dropped.

Decoding is strict where the platform is exact (base64 alphabet, block sizes, every PKCS#7 pad byte) and
tolerant where its own samples differ (pad blocks of 16 or 32 bytes, base64 with or without "=" padding).
Every failure is the same `DecryptionError` with the same message: a caller, or an attacker probing the
endpoint, learns nothing about which check failed.
"""

from __future__ import annotations

import base64
import binascii
import functools
import os
import sys
import threading

from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms, modes

from ._errors import DecryptionError

KEY_BYTES = 32
BLOCK = 16
MAX_PAD = 32
MAX_KEYS = 16
DECRYPT_FAILED = "cannot decrypt the callback payload"
_PADDINGS = [bytes([pad]) * pad for pad in range(MAX_PAD + 1)]  # the exact tail each pad value demands


def _b64decode(text: str) -> bytes:
    """Standard base64, "=" padding optional (all, part or none of it), nothing outside the alphabet (no
    whitespace, no URL-safe chars) and never more "=" than the data needs, so that Python 3.10 and the 3.11 strict
    decoder (which takes "QUJD====") accept exactly the same strings."""
    if not isinstance(text, str) or not text.isascii():
        raise ValueError("not ASCII base64")
    if not len(text) % 4 and text[-3:-2] != "=":  # whole quads ending in at most "==": decoded as they are
        padded = text
    else:
        data = text.rstrip("=")
        missing = -len(data) % 4
        if len(text) - len(data) > missing:
            raise ValueError("more base64 padding than the data needs")
        padded = data + "=" * missing if missing else data
    if sys.version_info >= (3, 11):  # the C decoder's strict mode: several times faster than a regex check
        return binascii.a2b_base64(padded, strict_mode=True)
    return base64.b64decode(padded, validate=True)


def aes_key_bytes(aes_key: str) -> bytes:
    """The 32-byte key from the 43-character aesKey of the developer console."""
    try:
        key = _b64decode(aes_key)
    except (ValueError, binascii.Error):
        raise DecryptionError(DECRYPT_FAILED) from None
    if len(key) != KEY_BYTES:
        raise DecryptionError(DECRYPT_FAILED)
    return key


@functools.lru_cache(maxsize=MAX_KEYS)
def _cipher(key: bytes) -> Cipher[modes.CBC]:
    """One cipher object per key: building it costs as much as decrypting a kilobyte."""
    return Cipher(algorithms.AES(key), modes.CBC(key[:BLOCK]))


class _ThreadDecryptors(threading.local):
    """This thread's never-finalized CBC decryptors with their IVs, by key. A decryptor serves one thread, so
    no lock is taken per callback: one would cost half as much as decrypting a kilobyte."""

    def __init__(self) -> None:
        self.by_key: dict[bytes, tuple[CipherContext, bytes]] = {}


_decryptors = _ThreadDecryptors()


def _new_decryptor(key: bytes) -> tuple[CipherContext, bytes]:
    by_key = _decryptors.by_key
    if len(by_key) >= MAX_KEYS:
        by_key.clear()
    decryptor = by_key[key] = (_cipher(key).decryptor(), key[:BLOCK])
    return decryptor


def decrypt_bytes(data_encrypt: str, key: bytes) -> bytes:
    """The plaintext of `dataEncrypt`, its PKCS#7 padding (1..32, every byte checked) removed."""
    try:
        ciphertext = _b64decode(data_encrypt)
    except (ValueError, binascii.Error):
        raise DecryptionError(DECRYPT_FAILED) from None
    if not ciphertext or len(ciphertext) % BLOCK:
        raise DecryptionError(DECRYPT_FAILED)
    context, iv = _decryptors.by_key.get(key) or _new_decryptor(key)
    padded = context.update(iv + ciphertext)[BLOCK:]  # only whole blocks go in: nothing stays buffered
    pad = padded[-1]
    if not 1 <= pad <= MAX_PAD or pad >= len(padded) or not padded.endswith(_PADDINGS[pad]):
        raise DecryptionError(DECRYPT_FAILED)
    return padded[:-pad]


def encrypt_bytes(plaintext: bytes, key: bytes, *, block_size: int = BLOCK) -> str:
    """`dataEncrypt` for `plaintext`, padded to `block_size` (16 as production sends, or 32 as some SDKs do)."""
    if block_size not in (16, 32):
        raise ValueError("block_size must be 16 or 32")
    pad = block_size - len(plaintext) % block_size
    encryptor = _cipher(key).encryptor()
    ciphertext = encryptor.update(plaintext + bytes([pad]) * pad) + encryptor.finalize()
    return base64.b64encode(ciphertext).decode("ascii")


def random_prefix() -> bytes:
    """The 16 random bytes that open a binary-layout plaintext."""
    return os.urandom(16)
