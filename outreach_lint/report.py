"""The report stage: render findings with a formatter, plus statistics and counts."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TextIO

from outreach_lint.model import Finding, Formatter, Problem, ReportContext, Rule
from outreach_lint.read import read

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
) -> None:
    pieces: Iterable[str]
    if formatter.lines is not None:
        pieces = formatter.lines(findings, context)
    else:
        pieces = (formatter.render(findings, context),)
    write_text(pieces, output_file)


def write_text(pieces: Iterable[str], output_file: str | None) -> None:
    """Write the report's ``pieces`` to ``output_file``, or to standard output."""
    if output_file:
        with open(output_file, "w", encoding="utf-8", newline="\n") as f:
            _write(f, pieces)
    else:
        _write(sys.stdout, pieces)


def unwritable(path: str, what: str) -> str | None:
    """Why ``what`` (the report, the baseline) cannot be written to ``path``, or ``None``;
    checked before linting, so that a long run is not lost at the end."""
    folder = os.path.dirname(os.path.abspath(path))
    why = None
    if os.path.isdir(path):
        why = "it is a folder"
    elif not os.path.isdir(folder):
        why = f"the folder {folder} does not exist"
    elif not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        why = "permission denied"
    return None if why is None else f"cannot write {what} to {path}: {why}"


def _write(out: TextIO, pieces: Iterable[str]) -> None:
    """Write ``pieces`` a few thousand at a time (one write each would be slower)."""
    it = iter(pieces)
    while batch := list(islice(it, 4096)):
        out.write("".join(batch))
