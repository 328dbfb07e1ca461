"""The report stage: render findings with a formatter, plus statistics and counts."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING, BinaryIO, TextIO

from outreach_lint.model import FINDING_ORDER, Finding, Formatter, Problem, ReportContext, Rule
from outreach_lint.read import read

if TYPE_CHECKING:
    from outreach_lint.lint import FileResult

HUMAN_FORMATS = frozenset({"default", "pylint"})


class Sources(Mapping[str, str]):
    """File texts by path, read when a format asks for one (``--show-source``)."""

    def __init__(self, known: Mapping[str, str]) -> None:
        self._texts = dict(known)

    def __getitem__(self, path: str) -> str:
        if path not in self._texts:
            source = read(path)
            if isinstance(source, Problem):
                raise KeyError(path)
            self._texts[path] = source.text
        return self._texts[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def statistics(findings: Sequence[Finding], rules: Mapping[str, Rule]) -> str:
    """``count  CODE  rule-name`` per code, as ``--statistics`` prints it."""
    counts = Counter(f.code for f in findings)
    lines = []
    for code in sorted(counts):
        name = rules[code].name if code in rules else ""
        lines.append(f"{counts[code]:<5} {code:<8} {name}".rstrip())
    return "".join(line + "\n" for line in lines)


def quiet(findings: Sequence[Finding], level: int) -> str:
    """``-q`` prints the files with findings; ``-qq`` prints nothing."""
    if level >= 2:
        return ""
    return "".join(f"{path}\n" for path in dict.fromkeys(f.path for f in findings))


def use_color(choice: str, stream: TextIO) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def write_report(
    formatter: Formatter,
    findings: Sequence[Finding],
    context: ReportContext,
    output_file: str | None,
    after: Iterable[str] = (),
) -> None:
    """Write the report, then the texts ``after`` it (``--statistics``, ``--count``)."""
    pieces: Iterable[str]
    if formatter.lines is not None:
        pieces = formatter.lines(findings, context)
    else:
        pieces = (formatter.render(findings, context),)
    write_text(pieces, output_file, after=after)


class InOrder:
    """Have files' findings, added one file after the other, come in report order
    (``FINDING_ORDER``)? Each file's do; the files' do when they came in the order of their
    paths, as discovery walks them (then sorting 50,000 findings is 15 ms spent for nothing)."""

    __slots__ = ("first", "holds", "last")

    def __init__(self, results: Iterable[FileResult] = ()) -> None:
        self.holds = True
        self.first: tuple[str, int, int, str] | None = None
        """The order of the first finding added (``None`` before one is)."""
        self.last: tuple[str, int, int, str] | None = None
        for result in results:
            if not self.holds:
                break
            self.add(result.findings)

    def add(self, findings: Sequence[Finding]) -> None:
        """The next file's findings, in report order."""
        if findings and self.holds:
            first = FINDING_ORDER(findings[0])
            if self.last is None:
                self.first = first
            elif first < self.last:
                self.holds = False
            self.last = FINDING_ORDER(findings[-1])

    def followed_by(self, other: InOrder) -> bool:
        """Are these findings, then ``other``'s, in report order?"""
        if not (self.holds and other.holds):
            return False
        return self.last is None or other.first is None or not other.first < self.last


class Early:
    """The report of a format made file by file (``Formatter.by_file``), made as the files'
    results come in (``add``): in a run of several processes, while the workers still lint,
    rather than all of it once the last file is done. Over 10,000 templates (59,000
    findings, 13 MB), the run's work after the last result went from 70-74 ms to 40-47 ms."""

    def __init__(self, formatter: Formatter, context: ReportContext) -> None:
        assert formatter.lines is not None
        self._lines = formatter.lines
        self._context = context
        self.files = 0
        """The results added."""
        self.parts: list[bytes] = []
        """Their lines, encoded as they are written."""
        self.order = InOrder()
        """Whether the results' findings came in report order: told as each arrives, while
        it is at hand (asked of 10,000 results at the end, it took 7-8 ms of the run's last
        work)."""

    def add(self, result: FileResult) -> None:
        self.files += 1
        findings = result.findings
        if findings:
            self.order.add(findings)
            self.parts.append(_encoded(list(self._lines(findings, self._context))))

    def write(
        self,
        before: Sequence[Finding],
        context: ReportContext,
        output_file: str | None,
        after: Iterable[str] = (),
    ) -> None:
        """Write the report made so far, after the findings ``before`` it (of the results
        it was not given: standard input, files that do not exist), then the texts ``after``
        it."""
        head = self._lines(before, context) if before else ()
        write_text(head, output_file, self.parts, after)


def early(formatter: Formatter, context: ReportContext) -> Early | None:
    """An ``Early`` report for ``formatter``, if it is made file by file."""
    return Early(formatter, context) if formatter.by_file and formatter.lines else None


def write_text(
    pieces: Iterable[str],
    output_file: str | None,
    encoded: Sequence[bytes] = (),
    after: Iterable[str] = (),
) -> None:
    """Write the report's ``pieces``, then the parts of it ``encoded`` already, then the texts
    ``after`` it, to ``output_file``, or to standard output."""
    if output_file:
        with open(output_file, "wb") as f:
            _write_all(f, pieces, encoded, after)
    else:
        write_stream(sys.stdout, pieces, encoded, after)


def echo(message: str, err: bool = False) -> None:
    """Write a line to standard output (standard error with ``err``) as the report is
    written: for messages that name a file or quote its text."""
    write_stream(sys.stderr if err else sys.stdout, (message, "\n"))


def write_stream(
    out: TextIO,
    pieces: Iterable[str],
    encoded: Sequence[bytes] = (),
    after: Iterable[str] = (),
) -> None:
    """Write ``pieces`` (then ``encoded``, then ``after``: ``write_text``) to a standard stream
    as UTF-8 bytes, through its binary buffer."""
    binary = getattr(out, "buffer", None)
    if binary is None:  # a stream of text only (io.StringIO)
        decoded = (part.decode("utf-8", "surrogateescape") for part in encoded)
        out.write("".join(chain(pieces, decoded, after)))
        out.flush()
        return
    out.flush()  # what was written as text goes first
    _write_all(binary, pieces, encoded, after)
    binary.flush()


def _write_all(
    out: BinaryIO, pieces: Iterable[str], encoded: Sequence[bytes], after: Iterable[str]
) -> None:
    _write(out, pieces)
    # (a few hundred parts at a time: 13 MB in 10,000 parts took 16-28 ms with
    # ``writelines``, 4-9 ms so)
    for start in range(0, len(encoded), 256):
        out.write(b"".join(encoded[start : start + 256]))
    _write(out, after)


def encode(text: str) -> bytes:
    """``text`` as it is written out: UTF-8 whatever the locale's encoding (as flake8 writes
    it; a Windows-1252 or ASCII console cannot hold every character of a template), and the
    bytes of a file name that are not UTF-8 (which Python reads as lone surrogates) written
    back as they were."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace")


def unwritable(path: str, what: str, make_folders: bool = False) -> str | None:
    """Why ``what`` (the report, the baseline) cannot be written to ``path``, or ``None``;
    checked before linting, so that a long run is not lost at the end. ``make_folders``: the
    folders above ``path`` are made when they do not exist."""
    folder = os.path.dirname(os.path.abspath(path))
    why = None
    if make_folders and not os.path.isdir(folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            return f"cannot write {what} to {path}: a file is in the way of the folder {folder}"
        except OSError as error:
            reason = error.strerror or str(error)
            return f"cannot write {what} to {path}: cannot make the folder {folder}: {reason}"
    if os.path.isdir(path):
        why = "it is a folder"
    elif not os.path.isdir(folder):
        why = f"the folder {folder} does not exist"
    elif not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        why = "permission denied"
    return None if why is None else f"cannot write {what} to {path}: {why}"


def _write(out: BinaryIO, pieces: Iterable[str]) -> None:
    """Write ``pieces`` a few thousand at a time (one write each would be slower)."""
    it = iter(pieces)
    while batch := list(islice(it, 4096)):
        out.write(_encoded(batch))


def _encoded(batch: list[str]) -> bytes:
    """``encode("".join(batch))``, one piece at a time: a piece of ASCII only is copied as it
    is, where one accented letter in a message made the encoder read every character of the
    joined text one by one (5,848 findings' lines, 38% of them with such a letter: 16.1 M ->
    10.2 M instructions). A piece that cannot be encoded so makes it encode the whole text as
    before."""
    try:
        return b"".join([piece.encode("utf-8", "surrogateescape") for piece in batch])
    except UnicodeEncodeError:
        return encode("".join(batch))
