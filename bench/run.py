"""Benchmarks: the SDK against raw httpx on the same sandbox, in one run. Writes bench/results.md.

The sandbox runs in its own process so that its threads do not share the GIL with the code being measured.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
CALLS = 1000
ROUNDS = 3
APP_ID, APP_SECRET = "sandbox-app", "sandbox-secret"


def start_sandbox() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "lansenger.testing.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, line.rsplit(" ", 1)[-1].strip()


def timings(call: Callable[[], object], count: int) -> list[float]:
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def per_call_overhead(url: str) -> dict[str, float]:
    from lansenger import Lansenger

    raw_medians, sdk_medians = [], []
    with Lansenger(APP_ID, APP_SECRET, gateway_url=url) as client, httpx.Client(base_url=url) as raw:
        token = client.app_token()
        body = {"userIdList": ["staff-1"], "msgType": "text", "msgData": {"text": {"content": "hello"}}}

        def raw_send() -> object:
            return raw.post("/v1/bot/messages/create", params={"app_token": token}, json=body).json()

        def sdk_send() -> object:
            return client.messages.send_text("staff-1", "hello")

        timings(raw_send, 100)  # warm both connection pools and code paths
        timings(sdk_send, 100)
        for _ in range(ROUNDS):  # interleave rounds so drift hits both sides alike
            raw_medians.append(statistics.median(timings(raw_send, CALLS)))
            sdk_medians.append(statistics.median(timings(sdk_send, CALLS)))
    raw_median, sdk_median = statistics.median(raw_medians), statistics.median(sdk_medians)
    return {"raw_us": raw_median * 1e6, "sdk_us": sdk_median * 1e6, "ratio": sdk_median / raw_median}


def callback_throughput(seconds: float = 2.0) -> dict[str, float]:
    """Verify + decrypt + parse of a signed 1 KB callback on one core, as `CallbackReceiver.open` does it."""
    from lansenger.callbacks import CallbackReceiver
    from lansenger.testing.callbacks import new_aes_key, signed_callback

    key, token = new_aes_key(), "SIGN-TOKEN"
    text = "x" * 800
    events = [
        {
            "id": "e-1",
            "eventType": "bot_private_message",
            "data": {"msgType": "text", "msgData": {"text": {"content": text}}},
        }
    ]
    callback = signed_callback(events, key, token)
    receiver = CallbackReceiver(key, sign_token=token, verify=True)
    receiver._seen.add = lambda event_id: True  # type: ignore[method-assign]  # measure crypto, not dedupe
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for _ in range(1000):
            receiver.open(callback.body, callback.query)
        done += 1000
    elapsed = time.perf_counter() - started
    return {"per_second": done / elapsed, "plaintext_bytes": float(len(callback.data_encrypt) * 3 // 4)}


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import lansenger; print(time.perf_counter() - t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    return statistics.median(runs) * 1000


def generation_time() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "codegen", "--check"], cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    process, url = start_sandbox()
    try:
        overhead = per_call_overhead(url)
    finally:
        process.terminate()
        process.wait(timeout=10)
    imported = import_time()
    generated = generation_time()
    callbacks = callback_throughput()
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (bench/run.py) on Python {sys.version.split()[0]}; sandbox in a separate process.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| raw `httpx.Client.post` + `.json()`, median of {CALLS} calls (median of {ROUNDS} rounds) "
        f"| {overhead['raw_us']:.0f} µs |",
        f"| `client.messages.send_text`, same | {overhead['sdk_us']:.0f} µs |",
        f"| per-call ratio SDK / raw | {overhead['ratio']:.2f}× |",
        f"| `import lansenger` (median of 5 fresh interpreters) | {imported:.1f} ms |",
        f"| callback verify + decrypt + parse, {callbacks['plaintext_bytes']:.0f}-byte ciphertext, one core "
        f"| {callbacks['per_second']:,.0f} /s |",
        f"| full regeneration (`python -m codegen --check`) | {generated:.2f} s |",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    print(json.dumps({"overhead": overhead, "import_ms": imported, "generation_s": generated, "callbacks": callbacks}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
