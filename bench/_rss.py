"""Peak RSS growth of one upload + download through `client.media`, run in a fresh interpreter.

Usage: python bench/_rss.py URL APP_ID APP_SECRET MIB. Prints one JSON line. The file is sparse (no disk
write to create it); the downloaded copy lands in the same temp dir and is removed with it.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_kib() -> int:
    """VmHWM: the process's peak resident set so far, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> int:
    url, app_id, app_secret, mib = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    from lansenger import Lansenger

    with tempfile.TemporaryDirectory() as folder, Lansenger(app_id, app_secret, gateway_url=url) as client:
        source, target = Path(folder) / "big.bin", Path(folder) / "copy.bin"
        with source.open("wb") as handle:
            handle.truncate(mib * 1024 * 1024)
        warm = Path(folder) / "warm.bin"
        warm.write_bytes(b"w" * 4096)
        client.media.download(client.media.upload(warm).media_id, Path(folder) / "warm-copy.bin")  # warm paths
        before = peak_rss_kib()
        started = time.perf_counter()
        media_id = client.media.upload(source).media_id
        uploaded = time.perf_counter()
        after_upload = peak_rss_kib()
        written = client.media.download(media_id, target)
        downloaded = time.perf_counter()
        after_download = peak_rss_kib()
    assert written == mib * 1024 * 1024, written
    print(
        json.dumps(
            {
                "mib": mib,
                "before_mib": before / 1024,
                "upload_growth_mib": (after_upload - before) / 1024,
                "total_growth_mib": (after_download - before) / 1024,
                "upload_s": uploaded - started,
                "download_s": downloaded - uploaded,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
