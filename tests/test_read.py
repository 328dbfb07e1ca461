"""Files are read whole, as UTF-8 with CRLF and CR read as LF; what cannot be read is a
finding."""

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


def test_a_file_that_grew_after_its_size_was_read_is_read_whole(tmp_path, monkeypatch):
    """The first read asks for the size the file had; what was written since is read too."""
    import os

    from outreach_lint import read as read_module

    data = b"Hi {{ name }}, a role in Leeds.\n" * 50
    (tmp_path / "t.md").write_bytes(data)
    real_fstat = os.fstat

    def fstat_before_it_grew(fd: int) -> os.stat_result:
        found = list(real_fstat(fd))
        found[6] = 10  # st_size: the file's first ten bytes, before the rest was written
        return os.stat_result(found)

    monkeypatch.setattr(read_module.os, "fstat", fstat_before_it_grew)
    assert read_bytes(str(tmp_path / "t.md")) == data


def test_an_empty_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    assert read_bytes(str(tmp_path / "empty.md")) == b""


def test_what_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    problem = read_bytes(str(tmp_path / "folder.md"))
    assert isinstance(problem, Problem) and problem.code == "OL901"
    assert problem.message.startswith("cannot read the folder: ")  # "Is a directory" on Linux
    missing = read_bytes(str(tmp_path / "missing.md"))
    assert isinstance(missing, Problem)
    assert missing.message == "cannot read the file: No such file or directory"


def test_bytes_that_are_not_utf8_are_a_problem_with_their_position(tmp_path: Path) -> None:
    (tmp_path / "latin1.md").write_bytes("Hi 🙂\r\nZoë".encode()[:-2] + b"\xeb")
    problem = read(str(tmp_path / "latin1.md"))
    assert isinstance(problem, Problem)
    assert "the byte 0xeb here is not UTF-8 text" in problem.message
    # the offset counts characters of the text before it, line breaks read as "\n"
    assert (problem.text, problem.offset) == ("Hi 🙂\nZo", 7)


def test_a_bad_byte_is_reported_at_its_line_and_column(tmp_path: Path, capsys) -> None:
    from outreach_lint.cli import main

    (tmp_path / "t.md").write_bytes(b"Hello\r\nthere\r\nCaf\xe9 latte\n")
    assert main(["check", "--isolated", str(tmp_path / "t.md")]) == 1
    assert capsys.readouterr().out.startswith(f"{tmp_path / 't.md'}:3:4: OL901 cannot read")


def test_a_lone_carriage_return_is_a_line_break(tmp_path: Path) -> None:
    (tmp_path / "mac.md").write_bytes(b"---\rchannel: email\r---\rHi\r\nthere\r")
    source = read(str(tmp_path / "mac.md"))
    assert isinstance(source, SourceFile)
    assert source.text == "---\nchannel: email\n---\nHi\nthere\n"


def test_a_byte_order_mark_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbfHi {{ name }}\r\n")
    assert read(str(tmp_path / "bom.md")) == SourceFile(str(tmp_path / "bom.md"), "Hi {{ name }}\n")
    (tmp_path / "bom-latin1.md").write_bytes(b"\xef\xbb\xbf" + "Hi Zoë".encode("latin-1"))
    problem = read(str(tmp_path / "bom-latin1.md"))
    assert isinstance(problem, Problem)
    assert (problem.text, problem.offset) == ("Hi Zo", 5)  # the mark is no character


def test_utf16_with_its_byte_order_mark_is_read(tmp_path: Path, capsys) -> None:
    """Windows Notepad's "Unicode" is UTF-16 with a byte-order mark."""
    from outreach_lint.cli import main

    text = "---\r\nchannel: email\r\n---\r\nHi 🙂 since we're in the same industry\r\n"
    for codec in ("utf-16-le", "utf-16-be"):
        mark = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
        (tmp_path / "t.md").write_bytes(mark + text.encode(codec))
        source = read(str(tmp_path / "t.md"))
        assert isinstance(source, SourceFile) and source.text == text.replace("\r\n", "\n")
        assert main(["check", "--isolated", "--select", "OL301", str(tmp_path / "t.md")]) == 1
        assert capsys.readouterr().out.startswith(f"{tmp_path / 't.md'}:4:6: OL301")
    (tmp_path / "cut.md").write_bytes(b"\xff\xfe" + "Hi\nthere".encode("utf-16-le") + b"x")
    problem = read(str(tmp_path / "cut.md"))
    assert isinstance(problem, Problem)
    assert problem.message.startswith("cannot read the file as UTF-16")
    assert (problem.text, problem.offset) == ("Hi\nthere", 8)


def test_nul_bytes_are_not_text(tmp_path: Path) -> None:
    """UTF-32 and UTF-16 without their marks and binary files hold NULs: OL901, not garbled
    text. With its mark, UTF-32 is read."""
    text = "Hi {{ first_name }}, since we're in the same industry\n"
    for name, data in (
        ("u32.md", text.encode("utf-32-le")),
        ("u16.md", text.encode("utf-16-le")),
        ("bin.md", b"PK\x03\x04\x00\x00"),
    ):
        (tmp_path / name).write_bytes(data)
        problem = read(str(tmp_path / name))
        assert isinstance(problem, Problem), name
        assert problem.message.startswith("cannot read the file: it holds NUL bytes"), name


def test_utf32_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "Hi {{ first_name }} 🙂\n"
    (tmp_path / "u32.md").write_bytes(text.encode("utf-32"))
    assert read(str(tmp_path / "u32.md")) == SourceFile(str(tmp_path / "u32.md"), text)
