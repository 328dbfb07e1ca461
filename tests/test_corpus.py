"""Precision and recall of every rule on the labelled corpus (tests/corpus/README.md).

Each template lists, under ``expect``, every code a careful recruiting lead would raise on it.
Per rule: precision = flagged templates that should be flagged / all flagged templates;
recall = flagged templates that should be flagged / all that should be. Both must be at least
0.9 for every rule the corpus exercises. Run this module as a script to print the table.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import build, read_config
from outreach_lint.lint import Linter
from outreach_lint.yaml_source import compose, to_python

CORPUS = Path(__file__).parent / "corpus"
THRESHOLD = 0.9
MIN_TEMPLATES = 150


class Case(NamedTuple):
    key: tuple[str, str | None]
    """(path, template name in a collection)."""
    expected: frozenset[str]


class Score(NamedTuple):
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def labels(path: Path) -> Iterator[Case]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        expect = path.with_suffix(".expect").read_text().replace(",", " ").split()
        yield Case((str(path), None), frozenset(expect))
    elif path.suffix == ".md":
        front = text.split("---\n", 2)[1]
        node = compose(front)
        assert node is not None
        yield Case((str(path), None), frozenset(to_python(node).get("expect") or ()))
    else:
        node = compose(text)
        assert node is not None
        for item in to_python(node)["templates"]:
            yield Case((str(path), str(item["name"])), frozenset(item.get("expect") or ()))


def evaluate() -> tuple[dict[str, Score], int, list[str]]:
    """Scores per code, the number of templates, and the disagreements."""
    counts: dict[str, Counter[str]] = {}
    total = 0
    disagreements: list[str] = []
    for group in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        raw = read_config(str(group / ".outreach-lint.yaml"))
        config, _extra = build(raw, {})
        registry = plugins.load(config)
        linter = Linter(config, registry)
        graded = {c for c in linter.enabled if c.startswith("OL") and not c.startswith("OL9")}
        for path in sorted(
            p
            for p in group.iterdir()
            if p.suffix in (".md", ".txt", ".yaml") and not p.name.startswith(".")
        ):
            found: dict[tuple[str, str | None], set[str]] = {}
            for f in linter.lint_file(str(path)).findings:
                found.setdefault((f.path, f.template), set()).add(f.code)
            for case in labels(path):
                total += 1
                got = found.get(case.key, set()) & graded
                expected = case.expected & graded
                for code in graded:
                    c = counts.setdefault(code, Counter())
                    c["tp"] += code in got and code in expected
                    c["fp"] += code in got and code not in expected
                    c["fn"] += code not in got and code in expected
                if got != expected:
                    name = os.path.relpath(case.key[0], CORPUS) + (
                        f" ({case.key[1]})" if case.key[1] else ""
                    )
                    extra, missing = sorted(got - expected), sorted(expected - got)
                    disagreements.append(f"{name}: extra {extra} missing {missing}")
    scores = {code: Score(c["tp"], c["fp"], c["fn"]) for code, c in sorted(counts.items())}
    return scores, total, disagreements


def table(scores: dict[str, Score]) -> str:
    lines = ["code   support  tp  fp  fn  precision  recall"]
    for code, s in scores.items():
        lines.append(
            f"{code:<6} {s.tp + s.fn:>7} {s.tp:>3} {s.fp:>3} {s.fn:>3}  "
            f"{s.precision:>9.2f}  {s.recall:>6.2f}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def results() -> tuple[dict[str, Score], int, list[str]]:
    return evaluate()


def test_corpus_is_large_enough(results):
    _scores, total, _ = results
    assert total >= MIN_TEMPLATES


def test_every_rule_is_exercised(results):
    scores, _total, _ = results
    unexercised = [code for code, s in scores.items() if s.tp + s.fn < 5]
    assert not unexercised, f"rules with fewer than 5 positive templates: {unexercised}"


def test_precision_and_recall(results):
    scores, _total, disagreements = results
    weak = {
        code: s for code, s in scores.items() if s.precision < THRESHOLD or s.recall < THRESHOLD
    }
    report = table(scores) + "\n\n" + "\n".join(disagreements)
    assert not weak, f"rules under {THRESHOLD}: {sorted(weak)}\n{report}"


if __name__ == "__main__":
    scores, total, disagreements = evaluate()
    print(f"{total} templates\n{table(scores)}")
    if "-v" in sys.argv:
        print("\n".join(disagreements))
