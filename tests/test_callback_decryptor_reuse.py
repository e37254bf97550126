"""Each key's CBC decryptor is reused from callback to callback (per thread): whatever it decrypted before, and
whether that was accepted or refused, the next callback decrypts as a fresh decryptor would decrypt it."""

from __future__ import annotations

import base64
import threading

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from lansenger import DecryptionError, _callback_crypto
from lansenger._callback_crypto import MAX_KEYS, aes_key_bytes, decrypt_bytes, encrypt_bytes
from lansenger.testing.callbacks import new_aes_key

KEY = aes_key_bytes(new_aes_key())
PLAINS = [bytes([n]) * n * 7 for n in range(1, 40)]  # 7 to 273 bytes: one to eighteen blocks


def _unpadded(key: bytes, blocks: bytes) -> str:
    """Whole blocks encrypted with no padding: decrypting them gives a last byte the pad check refuses."""
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(blocks) + encryptor.finalize()).decode()


def test_callbacks_one_after_another_each_decrypt() -> None:
    for plain in PLAINS:
        assert decrypt_bytes(encrypt_bytes(plain, KEY), KEY) == plain


def test_a_key_s_decryptor_is_built_once_per_thread() -> None:
    key = aes_key_bytes(new_aes_key())
    decrypt_bytes(encrypt_bytes(b"first", key), key)
    built = _callback_crypto._decryptors.by_key[key]
    assert decrypt_bytes(encrypt_bytes(b"second", key), key) == b"second"
    assert _callback_crypto._decryptors.by_key[key] is built


@pytest.mark.parametrize("blocks", [1, 2, 5])
def test_a_refused_callback_leaves_the_next_one_decryptable(blocks: int) -> None:
    refused = _unpadded(KEY, b"\x00" * 16 * blocks)  # pad byte 0
    for plain in PLAINS[:5]:
        with pytest.raises(DecryptionError):
            decrypt_bytes(refused, KEY)
        assert decrypt_bytes(encrypt_bytes(plain, KEY, block_size=32), KEY) == plain


def test_more_keys_than_are_kept_all_decrypt_and_no_more_than_that_are_kept() -> None:
    keys = [aes_key_bytes(new_aes_key()) for _ in range(MAX_KEYS + 3)]
    for round_ in range(2):
        for index, key in enumerate(keys):
            plain = f"{round_}:{index}".encode()
            assert decrypt_bytes(encrypt_bytes(plain, key), key) == plain
            assert len(_callback_crypto._decryptors.by_key) <= MAX_KEYS


def test_threads_decrypting_with_one_key_each_get_their_own_plaintexts() -> None:
    results: dict[int, list[bytes]] = {}

    def work(number: int) -> None:
        results[number] = [decrypt_bytes(encrypt_bytes(plain + bytes([number]), KEY), KEY) for plain in PLAINS]

    threads = [threading.Thread(target=work, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {number: [plain + bytes([number]) for plain in PLAINS] for number in range(8)}
