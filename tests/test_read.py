"""Files are read whole, as UTF-8 with CRLF read as LF; what cannot be read is a finding."""

from __future__ import annotations

from pathlib import Path

from outreach_lint.model import Problem, SourceFile
from outreach_lint.read import read, read_bytes


def test_a_file_larger_than_one_read_is_read_whole(tmp_path: Path) -> None:
    data = ("Hi {{ name }}, ünïcode 🙂\r\n" * 20_000).encode()  # > 500 KB, many reads
    (tmp_path / "big.md").write_bytes(data)
    assert read_bytes(str(tmp_path / "big.md")) == data
    source = read(str(tmp_path / "big.md"))
    assert isinstance(source, SourceFile)
    assert source.text == data.decode().replace("\r\n", "\n")


def test_an_empty_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    assert read_bytes(str(tmp_path / "empty.md")) == b""


def test_what_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    problem = read_bytes(str(tmp_path / "folder.md"))
    assert isinstance(problem, Problem) and problem.code == "OL901"
    assert problem.message.startswith("cannot read the file: ")  # "Is a directory" on Linux
    missing = read_bytes(str(tmp_path / "missing.md"))
    assert isinstance(missing, Problem)
    assert missing.message == "cannot read the file: No such file or directory"


def test_bytes_that_are_not_utf8_are_a_problem_with_their_position(tmp_path: Path) -> None:
    (tmp_path / "latin1.md").write_bytes("Hi Zoë".encode("latin-1"))
    problem = read(str(tmp_path / "latin1.md"))
    assert isinstance(problem, Problem)
    assert "byte 0xeb at position 5" in problem.message


def test_a_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbfHi {{ name }}\r\n")
    assert read(str(tmp_path / "bom.md")) == SourceFile(str(tmp_path / "bom.md"), "Hi {{ name }}\n")
    (tmp_path / "bom-latin1.md").write_bytes(b"\xef\xbb\xbf" + "Hi Zoë".encode("latin-1"))
    problem = read(str(tmp_path / "bom-latin1.md"))
    assert isinstance(problem, Problem)
    assert "byte 0xeb at position 8" in problem.message  # counted from the file's first byte
