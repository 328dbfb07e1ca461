"""Precision and recall of every rule on the labelled corpus (tests/corpus/README.md).

Each template lists, under ``expect``, every code a careful recruiting lead would raise on it.
Per rule: precision = flagged templates that should be flagged / all flagged templates;
recall = flagged templates that should be flagged / all that should be. Both must be at least
0.9 for every rule the corpus exercises.

The rules were developed against that corpus. ``tests/holdout`` (its README says how it was
made) was labelled independently and is never used to tune a rule: it measures how the rules
do on templates nobody fitted them to, and the test here only guards against a collapse.

Run this module as a script to print the tables (``-v`` lists every disagreement).
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
from outreach_lint.config_file import read_config
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.yaml_source import compose, to_python

CORPUS = Path(__file__).parent / "corpus"
HOLDOUT = Path(__file__).parent / "holdout"
THRESHOLD = 0.9
MIN_TEMPLATES = 150
HOLDOUT_FLOOR = 0.8
"""Precision and recall over all rules together on the holdout set must stay above this."""


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


def evaluate(root: Path = CORPUS) -> tuple[dict[str, Score], int, list[str]]:
    """Scores per code, the number of templates, and the disagreements. Each folder of
    ``root`` (or ``root`` itself, when it has none) is linted with its own config."""
    counts: dict[str, Counter[str]] = {}
    total = 0
    disagreements: list[str] = []
    groups = sorted(p for p in root.iterdir() if p.is_dir()) or [root]
    for group in groups:
        raw = read_config(str(group / ".outreach-lint.yaml"))
        config, _extra = build(raw, {})
        registry = plugins.load(config)
        linter = Linter(config, registry)
        graded = {c for c in linter.enabled if c.startswith("OL") and not c.startswith("OL9")}
        for path in sorted(
            p
            for p in group.iterdir()
            if p.suffix in (".md", ".txt", ".yaml")
            and not p.name.startswith(".")
            and p.name != "README.md"
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
                    name = os.path.relpath(case.key[0], root) + (
                        f" ({case.key[1]})" if case.key[1] else ""
                    )
                    extra, missing = sorted(got - expected), sorted(expected - got)
                    disagreements.append(f"{name}: extra {extra} missing {missing}")
    scores = {code: Score(c["tp"], c["fp"], c["fn"]) for code, c in sorted(counts.items())}
    return scores, total, disagreements


def overall(scores: dict[str, Score]) -> Score:
    """All rules' decisions counted together (micro-averaged)."""
    return Score(*(sum(getattr(s, f) for s in scores.values()) for f in ("tp", "fp", "fn")))


def table(scores: dict[str, Score]) -> str:
    lines = ["code   support  tp  fp  fn  precision  recall"]
    for code, s in scores.items():
        lines.append(
            f"{code:<6} {s.tp + s.fn:>7} {s.tp:>3} {s.fp:>3} {s.fn:>3}  "
            f"{s.precision:>9.2f}  {s.recall:>6.2f}"
        )
    s = overall(scores)
    lines.append(
        f"{'all':<6} {s.tp + s.fn:>7} {s.tp:>3} {s.fp:>3} {s.fn:>3}  "
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


def test_holdout_does_not_collapse():
    scores, total, disagreements = evaluate(HOLDOUT)
    assert total >= 100
    s = overall(scores)
    report = table(scores) + "\n\n" + "\n".join(disagreements)
    assert s.precision >= HOLDOUT_FLOOR, report
    assert s.recall >= HOLDOUT_FLOOR, report


if __name__ == "__main__":
    for root in (CORPUS, HOLDOUT):
        scores, total, disagreements = evaluate(root)
        print(f"{root.name}: {total} templates\n{table(scores)}\n")
        if "-v" in sys.argv:
            print("\n".join(disagreements) + "\n")
