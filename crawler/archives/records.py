"""Read the records of WARC, WARC.gz, ARC and WACZ files, streamed with bounded memory.

    for record in read_archive("crawl.warc.gz", keep=lambda url: True):
        record.skip      # None for an HTML page to extract, else why it is not one
        record.body      # the HTTP payload (decoded transfer/content encoding), kept pages only

warcio parses the records (ARC records are converted to WARC on the fly). Only records
whose body is needed are read into memory, and no more than `max_body` bytes of one.
A damaged record (bad header, a digest that does not match its block, a Content-Length
that does not fit, a truncated gzip member) is yielded with skip="damaged" and the
reader resynchronises on the next record, so the damage costs that record only.
A WACZ is a zip: the WARC files under archive/ are read in turn, straight from the zip.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

MAX_BODY = 10 * 1024 * 1024  # as the crawl's DOWNLOAD_MAXSIZE
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".wacz")
SCAN_CHUNK = 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")


class QuietIterator(ArchiveIterator):
    INC_RECORD = ""  # warcio writes this warning to stderr; the record is reported as damaged


class ArchiveError(ValueError):
    """A file that is not a readable archive at all (wrong type, not found)."""


@dataclass
class Record:
    archive: str  # file name; for a WACZ "name.wacz#archive/data.warc.gz"
    offset: int  # byte offset of the record in its (inner) file
    record_type: str | None = None  # response, request, revisit, metadata, warcinfo, ...
    record_id: str | None = None  # WARC-Record-ID
    url: str | None = None  # WARC-Target-URI
    date: str | None = None  # capture time, ISO 8601 UTC
    status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    skip: str | None = None  # why it is not a page to extract; None = extract it
    error: str | None = None  # what was wrong with a damaged record


def warc_date_iso(value: str | None) -> str | None:
    """WARC-Date (2019-04-12T09:00:00Z, maybe with fractions) or an ARC 14-digit date -> ISO."""
    if not value:
        return None
    value = value.strip()
    try:
        if value.isdigit() and len(value) >= 14:
            parsed = dt.datetime.strptime(value[:14], "%Y%m%d%H%M%S")
        else:
            parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat()


def is_html(content_type: str | None) -> bool:
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return mime in HTML_TYPES


def check_archive_path(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"{path}: no such file")
    if not path.name.lower().endswith(ARCHIVE_SUFFIXES):
        raise ArchiveError(f"{path}: not a WARC, ARC or WACZ file (expected one of {', '.join(ARCHIVE_SUFFIXES)})")
    return path


def read_archive(path: str | Path, keep: Callable[[str], bool] = lambda url: True,
                 max_body: int = MAX_BODY) -> Iterator[Record]:
    """Every record of the archive at `path`, in file order (see the module docstring).
    `keep(url)` says whether a page's host is wanted (else skip="off_source")."""
    path = check_archive_path(path)
    if path.name.lower().endswith(".wacz"):
        yield from _read_wacz(path, keep, max_body)
        return
    with path.open("rb") as fh:
        yield from read_stream(fh, path.name, keep, max_body)


def _read_wacz(path: Path, keep, max_body) -> Iterator[Record]:
    try:
        package = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ArchiveError(f"{path}: not a WACZ (zip) file: {exc}") from exc
    with package:
        names = sorted(n for n in package.namelist()
                       if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz", ".arc", ".arc.gz")))
        if not names:
            raise ArchiveError(f"{path}: a WACZ with no WARC files under archive/")
        for name in names:
            with package.open(name) as fh:  # a seekable stream out of the zip, never read whole
                yield from read_stream(fh, f"{path.name}#{name}", keep, max_body)


def read_stream(fh: BinaryIO, name: str, keep, max_body: int) -> Iterator[Record]:
    """The records of one WARC/ARC stream (seekable), resynchronising after damage."""
    start = fh.tell()
    gzipped = fh.read(2) == b"\x1f\x8b"
    fh.seek(start)
    base = start
    while True:
        iterator = QuietIterator(fh, arc2warc=True, check_digests=True)
        damaged_at = None
        try:
            for warc in iterator:
                offset = iterator.offset  # absolute: warcio counts from fh.tell()
                errors_before = iterator.err_count
                record = _record(warc, name, offset, keep, max_body)
                # Reading to the end checks the digests and what follows the block.
                iterator.read_to_end()
                if record.skip is None and warc.digest_checker.passed is False:
                    record = _damaged(record, "digest mismatch: " + "; ".join(warc.digest_checker.problems))
                if iterator.err_count > errors_before:
                    record = _damaged(record, "record not followed by a blank line (wrong Content-Length?)")
                yield record
                if record.skip == "damaged":
                    damaged_at = offset
                    break
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError) as exc:
            offset = iterator.offset or base
            damaged_at = offset
            yield Record(archive=name, offset=offset, url=_peek_target_uri(fh, offset, gzipped),
                         skip="damaged", error=_describe(exc))
        if damaged_at is None:
            return
        resume = _next_record_start(fh, damaged_at + 1, gzipped)
        if resume is None:
            return
        fh.seek(resume)
        base = resume


def _describe(exc: Exception) -> str:
    if isinstance(exc, ArchiveLoadFailed):  # its message quotes the (binary) bytes found
        return "unreadable record: no record header where one should be (truncated or damaged record)"
    return f"{type(exc).__name__}: {exc}"[:300]


def _damaged(record: Record, error: str) -> Record:
    record.skip, record.error, record.body = "damaged", error, None
    return record


def _record(warc, name: str, offset: int, keep, max_body: int) -> Record:
    headers = warc.rec_headers
    record = Record(
        archive=name, offset=offset, record_type=warc.rec_type,
        record_id=headers.get_header("WARC-Record-ID"),
        url=headers.get_header("WARC-Target-URI"),
        date=warc_date_iso(headers.get_header("WARC-Date")),
    )
    if warc.rec_type != "response":
        record.skip = warc.rec_type or "unknown"
        return record
    if not record.url or not record.url.startswith(("http://", "https://")):
        record.skip = "not_http"
        return record
    if warc.http_headers is None:
        record.skip = "no_http_headers"
        return record
    try:
        record.status = int(warc.http_headers.get_statuscode())
    except (TypeError, ValueError):
        record.skip = "bad_status"
        return record
    record.content_type = warc.http_headers.get_header("Content-Type")
    if record.status != 200:
        record.skip = f"http_{record.status}"
    elif not is_html(record.content_type):
        record.skip = "not_html"
    elif not keep(record.url):
        record.skip = "off_source"
    if record.skip:
        return record
    body = warc.content_stream().read(max_body + 1)
    if len(body) > max_body:
        record.skip, record.error = "too_large", f"payload larger than {max_body} bytes"
        return record
    record.body = body
    return record


def _peek_target_uri(fh: BinaryIO, offset: int, gzipped: bool) -> str | None:
    """The WARC-Target-URI of a record that could not be parsed, when its first bytes
    still show it (for the crawl_errors row)."""
    try:
        fh.seek(offset)
        raw = fh.read(64 * 1024)
    except (OSError, ValueError):
        return None
    head = raw
    if gzipped:  # inflate piece by piece: a cut member runs into the next one
        inflate, head = zlib.decompressobj(31), b""
        for i in range(0, len(raw), 512):
            try:
                head += inflate.decompress(raw[i:i + 512])
            except zlib.error:
                break
    match = re.search(rb"\r?\nWARC-Target-URI:[ \t]*<?([^\s>]+)", head)
    return match.group(1).decode("utf-8", "replace") if match else None


def _next_record_start(fh: BinaryIO, position: int, gzipped: bool) -> int | None:
    """Offset of the next plausible record at or after `position`: a gzip member header
    in a .gz file, else a line starting "WARC/1."."""
    markers = (b"\x1f\x8b\x08",) if gzipped else (b"\nWARC/1.", b"\nWARC/0.")
    fh.seek(position)
    carry = b""
    consumed = position
    while True:
        chunk = fh.read(SCAN_CHUNK)
        if not chunk:
            return None
        data = carry + chunk
        found = [i for i in (data.find(m) for m in markers) if i >= 0]
        if found:
            hit = consumed - len(carry) + min(found)
            return hit if gzipped else hit + 1
        carry = data[-8:]
        consumed += len(chunk)
