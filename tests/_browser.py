"""A real headless Chromium for the console tests, driven through chromedriver's W3C WebDriver HTTP protocol with
httpx (no selenium), and a small PNG reader so a test can check the colours a screenshot shows.

Chromium comes from the distribution (`.ci/run` installs `chromium` and `chromium-driver`); without it the tests
skip, except under CI, where a missing browser fails them.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1100,900",
)
"""Without the networking flags Chromium waits on this machine's closed network."""
WAIT_MS = 8000
"""How long WebDriver looks for an element before it answers "no such element"."""
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
"""The key of a found element in WebDriver answers."""


class Browser:
    """One WebDriver session: open pages, find elements (waiting for them), click, type, run script, screenshot."""

    def __init__(self, driver: httpx.Client, session: str) -> None:
        self._driver = driver
        self._session = session

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        answer = self._driver.request(method, f"/session/{self._session}{path}", json=body)
        value = answer.json()["value"]
        if answer.status_code != 200:
            raise AssertionError(f"WebDriver {path}: {value.get('error')}: {value.get('message', '')[:300]}")
        return value

    def open(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return str(self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def texts(self, css: str) -> list[str]:
        """The text of every element that matches now (no waiting)."""
        found: list[str] = self.run("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css)
        return found

    def click(self, css: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css: str, text: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def text(self, css: str) -> str:
        return str(self._call("GET", f"/element/{self.find(css)}/text"))

    def run(self, script: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def screenshot(self, css: str | None = None) -> bytes:
        """A PNG of the page, or of one element."""
        path = "/screenshot" if css is None else f"/element/{self.find(css)}/screenshot"
        return base64.b64decode(self._call("GET", path))


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium with a fresh profile, for as long as the block runs."""
    binary, driver_binary = shutil.which("chromium"), shutil.which("chromedriver")
    if binary is None or driver_binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium / chromedriver not installed: .ci/run installs them; the console tests cannot run")
        pytest.skip("chromium not installed (apt-get install chromium chromium-driver); browser tests skipped")
    driver = subprocess.Popen(
        [driver_binary, "--port=0", f"--log-path={os.devnull}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        port = _announced_port(driver)
        with (
            tempfile.TemporaryDirectory(prefix="console-profile-") as profile,
            httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client,
        ):
            options = {"binary": binary, "args": [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]}
            capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
            session = client.post("/session", json={"capabilities": capabilities}).json()["value"]["sessionId"]
            browser = Browser(client, session)
            browser._call("POST", "/timeouts", {"implicit": WAIT_MS})
            try:
                yield browser
            finally:
                client.delete(f"/session/{session}")
    finally:
        driver.terminate()
        driver.wait(timeout=10)


def _announced_port(driver: subprocess.Popen[str]) -> int:
    """chromedriver picks a free port (``--port=0``) and says which once it accepts connections."""
    assert driver.stdout is not None
    for line in driver.stdout:
        found = re.search(r"started successfully on port (\d+)", line)
        if found:
            return int(found.group(1))
    pytest.fail(f"chromedriver exited with {driver.wait()}")


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the PNG's header."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR", "not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def png_pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit truecolour PNG (what Chromium's screenshots are)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, data, header = 8, b"", b""
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind, chunk = png[position + 4 : position + 8], png[position + 8 : position + 8 + length]
        header = chunk if kind == b"IHDR" else header
        data += chunk if kind == b"IDAT" else b""
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), "only 8-bit RGB / RGBA screenshots are read"
    step = 3 if colour == 2 else 4
    raw, rows, previous = zlib.decompress(data), [], bytes(width * step)
    stride = width * step + 1
    for row in range(height):
        line = raw[row * stride : (row + 1) * stride]
        previous = _unfilter(line[0], bytearray(line[1:]), previous, step)
        rows.append(previous)
    return width, height, rows


def _unfilter(kind: int, line: bytearray, above: bytes, step: int) -> bytes:
    for index in range(len(line)):
        left = line[index - step] if index >= step else 0
        up, corner = above[index], above[index - step] if index >= step else 0
        if kind == 1:
            line[index] = (line[index] + left) & 0xFF
        elif kind == 2:
            line[index] = (line[index] + up) & 0xFF
        elif kind == 3:
            line[index] = (line[index] + (left + up) // 2) & 0xFF
        elif kind == 4:
            guess = left + up - corner
            near = min((abs(guess - left), 0), (abs(guess - up), 1), (abs(guess - corner), 2))[1]
            line[index] = (line[index] + (left, up, corner)[near]) & 0xFF
    return bytes(line)


def count_colour(png: bytes, rgb: tuple[int, int, int]) -> int:
    """How many pixels of the screenshot are exactly this colour."""
    width, _height, rows = png_pixels(png)
    step = len(rows[0]) // width
    wanted = bytes(rgb)
    return sum(row[index : index + 3] == wanted for row in rows for index in range(0, len(row), step))
