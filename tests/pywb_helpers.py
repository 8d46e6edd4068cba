"""A real pywb serving a collection of WARC files on 127.0.0.1, for `backfill` tests.

pywb lives in its own virtualenv (.venv-pywb, built by `make test` from
requirements-pywb.txt: it pins redis 2.x, which breaks scrapy-redis). Tests that need it
skip, saying so, when it is missing (run `make .venv-pywb`).
"""
from __future__ import annotations

import contextlib
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from crawl_helpers import ROOT

PYWB_BIN = ROOT / ".venv-pywb" / "bin"


def pywb_available() -> bool:
    return (PYWB_BIN / "wayback").is_file() and (PYWB_BIN / "wb-manager").is_file()


needs_pywb = pytest.mark.skipif(not pywb_available(),
                                reason="pywb's virtualenv .venv-pywb is missing: run `make .venv-pywb`")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_pywb(root: Path, warcs: list[Path], collection: str = "news"):
    """pywb on 127.0.0.1 serving `warcs` as `collection`; yields the collection URL."""
    root.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(PYWB_BIN / "wb-manager"), "init", collection], cwd=root, check=True,
                   capture_output=True)
    subprocess.run([str(PYWB_BIN / "wb-manager"), "add", collection, *map(str, warcs)], cwd=root,
                   check=True, capture_output=True)
    port = free_port()
    log = (root / "pywb.log").open("wb")
    proc = subprocess.Popen([str(PYWB_BIN / "wayback"), "-p", str(port), "-b", "127.0.0.1", "-t", "4"],
                            cwd=root, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/{collection}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/cdx?url=example.com", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"pywb did not start: {(root / 'pywb.log').read_text()[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
