"""Figures: the samples of one measured command, and the run's record of them."""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from measuring import Sample

# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    samples: list[Sample] = field(default_factory=list)
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.samples) and all(s.rc in (0, 1) for s in self.samples)

    @property
    def median(self) -> float | None:
        return statistics.median(s.seconds for s in self.samples) if self.ok else None

    @property
    def maxrss(self) -> int | None:
        return max(s.maxrss for s in self.samples) if self.ok else None


@dataclass
class Row:
    figure: str
    seconds: float | None
    ratio: str
    target: str
    result: str  # PASS, FAIL, info, skip


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.figures: dict[str, Figure] = {}
        self.checks: dict[str, bool | None] = {}
        self.notes: list[str] = []
        self.hashes: dict[str, list[str]] = {}
        self.machine_noise: float | None = None

    def fig(self, key: str, name: str) -> Figure:
        if key not in self.figures:
            self.figures[key] = Figure(name)
        return self.figures[key]

    def record(self, key: str, name: str, sample: Sample, output: Path | None = None) -> None:
        figure = self.fig(key, name)
        figure.samples.append(sample)
        if sample.rc not in (0, 1):
            first = sample.stderr.strip().splitlines()[-1:] or ["(no message)"]
            print(f"  ! {name}: exit code {sample.rc}: {first[0]}", file=sys.stderr)
        if output is not None and output.is_file():
            self.hashes.setdefault(key, []).append(hashlib.sha256(output.read_bytes()).hexdigest())

    def progress(self, text: str) -> None:
        print(f"  {text}", flush=True)


def findings_memory(report: Path) -> tuple[int, int]:
    """(count, bytes) of the findings in a default-format report, held as outreach-lint holds
    them: one 12-field tuple each (``Finding`` is a NamedTuple), the path shared per file, the
    message and the flagged snippet their own strings, the rest shared."""
    seen: set[int] = set()
    paths: dict[str, str] = {}
    findings = []
    for line in report.read_text(encoding="utf-8", errors="replace").splitlines():
        head, _, message = line.partition(": ")
        parts = head.rsplit(":", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        path = paths.setdefault(parts[0], parts[0])
        code, _, text = message.partition(" ")
        row, col = int(parts[1]), int(parts[2])
        snippet = text[: min(len(text), 40)] + ""  # a new string, like the real snippet
        findings.append((path, row, col, row, col, code, text, "warning", "", "", None, snippet))

    def size(obj: object) -> int:
        if id(obj) in seen:
            return 0
        seen.add(id(obj))
        total = sys.getsizeof(obj)
        if isinstance(obj, tuple | list):
            total += sum(size(x) for x in obj)
        return total

    return len(findings), size(findings)
