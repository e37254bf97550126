"""A deadlocked test fails the run instead of hanging it: the project's pytest-timeout settings, in a fresh session.

Each case runs one tiny test that blocks forever under the project's own pytest configuration and a 1 s timeout.
If timeouts stopped working, that inner session would hang and `runpytest_subprocess` would give up after
`BOUND` seconds, failing this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
BOUND = 60.0

# Both leave a non-daemon thread stuck: interrupting only the main thread (the "signal" method) fails the test,
# but the interpreter then waits for that thread at exit and the run hangs all the same.
DEADLOCKS = {
    "two_threads": """
        import threading

        import pytest

        @pytest.mark.timeout(1)
        def test_deadlock():  # two threads wait for each other
            ping, pong = threading.Event(), threading.Event()

            def answer():
                ping.wait()
                pong.set()

            threading.Thread(target=answer).start()
            pong.wait()  # waits for the answer before it pings: neither thread moves
            ping.set()
    """,
    "an_event_loop_thread": """
        import asyncio
        import threading

        import pytest

        @pytest.mark.timeout(1)
        def test_deadlock():  # a coroutine that never ends, on a loop in its own thread
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever).start()

            async def forever():
                await asyncio.Event().wait()

            asyncio.run_coroutine_threadsafe(forever(), loop).result()
    """,
}


@pytest.mark.slow
@pytest.mark.parametrize("body", DEADLOCKS.values(), ids=DEADLOCKS.keys())
def test_a_deadlock_fails_the_run_within_the_timeout(pytester: pytest.Pytester, body: str) -> None:
    pytester.makepyfile(body)
    result = pytester.runpytest_subprocess("-c", str(PYPROJECT), "--rootdir", str(pytester.path), timeout=BOUND)
    output = result.stdout.str()
    assert result.ret == 1
    assert "++ Timeout ++" in output
    assert ", in test_deadlock" in output  # the stack dump shows where the test was stuck
