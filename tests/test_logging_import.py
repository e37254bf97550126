"""`import lansenger` follows the library logging convention at once, and stays light."""

from __future__ import annotations

import subprocess
import sys

FRESH_IMPORT = """
import logging, sys
import lansenger

logger = logging.getLogger("lansenger")
assert [type(h) for h in logger.handlers] == [logging.NullHandler], logger.handlers
assert logger.level == logging.NOTSET and logger.propagate
logging.getLogger("lansenger.retry").warning("a warning before any client is built")

heavy = ("httpx", "anyio", "cryptography", "redis", "websockets", "lansenger.", "lansenger_api.api")
loaded = sorted(name for name in sys.modules if name.startswith(heavy))
assert not loaded, loaded

lansenger.Lansenger  # building the clients' modules adds no second handler
assert [type(h) for h in logger.handlers] == [logging.NullHandler], logger.handlers
"""


def test_import_adds_the_null_handler_and_imports_nothing_heavy() -> None:
    done = subprocess.run([sys.executable, "-c", FRESH_IMPORT], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", "no last-resort output when the application configured no logging"
