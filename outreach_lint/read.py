"""Read a file as text: UTF-8 (a BOM is allowed) or UTF-16 with its BOM, CRLF read as LF.

Reading CRLF as LF changes no line and no column of any visible character, so positions
computed on the text are the positions the user sees in the file.
"""

from __future__ import annotations

import errno
import os
import stat

from outreach_lint.model import Problem, SourceFile

UNREADABLE = "OL901"


_BOM = b"\xef\xbb\xbf"


_UTF16 = (b"\xff\xfe", b"\xfe\xff")
_UTF32 = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
"""The byte-order marks of UTF-16: Windows Notepad's "Unicode" saves a file so."""


def decode(path: str, data: bytes) -> SourceFile | Problem:
    if data.startswith(_UTF32):
        return _with_mark(path, data, "utf-32")
    if data.startswith(_UTF16):
        return _with_mark(path, data, "utf-16")
    if b"\x00" in data:  # no text file holds one (git too calls such a file binary)
        return Problem(
            UNREADABLE,
            0,
            "cannot read the file: it holds NUL bytes, so it is binary or saved in UTF-16 or "
            "UTF-32 without a byte-order mark; save it as UTF-8",
            "",
        )
    # (the "utf-8-sig" codec would drop a BOM too, in Python code: four times slower)
    bom = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[bom:].decode("utf-8") if bom else data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = _lines(data[bom : bom + e.start].decode("utf-8", errors="replace"))
        return Problem(
            UNREADABLE,
            len(before),
            f"cannot read the file as UTF-8: the byte 0x{data[bom + e.start]:02x} here is not "
            "UTF-8 text (was it saved as Windows-1252 or Latin-1?); save the file as UTF-8",
            before,
        )
    return SourceFile(path, _lines(text))


def _with_mark(path: str, data: bytes, codec: str) -> SourceFile | Problem:
    """A file that starts with a UTF-16 or UTF-32 byte-order mark, read so (the mark
    dropped)."""
    name = codec.upper()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        before = _lines(data[: e.start].decode(codec, errors="replace"))
        return Problem(
            UNREADABLE,
            len(before),
            f"cannot read the file as {name} (it starts with {name}'s byte-order mark): it is "
            "cut short or damaged here; save the file as UTF-8",
            before,
        )
    return SourceFile(path, _lines(text))


def _lines(text: str) -> str:
    """``text`` with its line breaks as ``\n``: CRLF (Windows) and a lone CR (classic Mac OS)
    are one line break each, as an editor shows them."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            text = text.replace("\r", "\n")
    return text


_CHUNK = 1 << 16
"""Bytes asked for per read after the first, which asks for the size the file has."""


_OPEN = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
"""Flags to open a template with: without O_NONBLOCK, opening a named pipe waits for a writer
that never comes (the flag changes nothing for a regular file)."""


def read_bytes(path: str) -> bytes | Problem:
    """The bytes of the file at ``path``, or why it cannot be read. Only a regular file is
    read: a named pipe or a device named like a template would hang the run or never end."""
    # os.read on the descriptor: a buffered file object costs more than reading a template.
    try:
        fd = os.open(path, _OPEN)
    except OSError as e:
        return _unreadable(e, path)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return _not_a_file(path, info.st_mode)
        # One read for the size the file had: it holds all of it unless the file grew since,
        # or the read stopped short, and then it goes on to the end.
        first = os.read(fd, info.st_size + 1)
        if len(first) == info.st_size:
            return first
        chunks = [first]
        while chunk := os.read(fd, _CHUNK):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as e:
        return _unreadable(e, path)
    finally:
        os.close(fd)


def _not_a_file(path: str, mode: int) -> Problem:
    if stat.S_ISDIR(mode):
        return Problem(UNREADABLE, 0, f"cannot read the folder: {os.strerror(errno.EISDIR)}")
    what = "a named pipe" if stat.S_ISFIFO(mode) else "a device or a socket"
    return Problem(UNREADABLE, 0, f"cannot read the file: it is {what}, not a regular file")


def _unreadable(e: OSError, path: str) -> Problem:
    what = "folder" if os.path.isdir(path) else "file"
    return Problem(UNREADABLE, 0, f"cannot read the {what}: {e.strerror or e}")


def read(path: str) -> SourceFile | Problem:
    data = read_bytes(path)
    return data if isinstance(data, Problem) else decode(path, data)
