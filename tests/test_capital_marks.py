"""Where OL703 and OL403 look for capitals: from the first two capitals in a row or fill-in
mark, found once per message (``fill_in_capitals.first_capitals_or_mark``), and OL703 only
in the stretches of capitals, spaces and joining marks around two capitals in a row. Each
must find exactly what a search of the whole text finds: compared here with those plain
searches on the labelled templates and on generated texts made of capitals, apostrophes, the
marks that join words in capitals, fill-ins, placeholders' masks and characters beyond
ASCII."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import unscanned

from outreach_lint.message import MASK
from outreach_lint.rules import fill_in_capitals, shouting
from outreach_lint.rules.fill_in_words import VALUE_KINDS

HERE = Path(__file__).parent


def _plain_runs(prose: str) -> list[list[tuple[int, int]]]:
    """``shouting._caps_runs`` as a search of the whole text."""
    return [
        [m.span() for m in shouting._CAPS.finditer(prose, *run.span())]
        for run in shouting._RUN.finditer(prose)
        if fill_in_capitals.TWO_CAPITALS.search(prose, *run.span())
    ]


def _plain_fill_ins(prose: str) -> tuple[tuple[int, int], ...]:
    """``fill_in_capitals.capital_fill_ins`` without the gates before ``MAY_FILL_IN``."""
    if fill_in_capitals.MAY_FILL_IN.search(prose) is None:
        return ()
    spans: list[tuple[int, int]] = []
    at = 0
    while (m := fill_in_capitals.FILL_IN.search(prose, at)) is not None:
        if m["field"] is not None and not fill_in_capitals._in_a_values_place(
            prose, m.start(), m.end()
        ):
            at = m.start() + 1
            continue
        spans.append(m.span())
        at = m.end()
    return tuple(spans)


def _same(text: str) -> None:
    message = unscanned(text)
    runs = [[m.span() for m in run] for run in shouting._caps_runs(message)]
    assert runs == _plain_runs(message.prose), text
    assert fill_in_capitals.capital_fill_ins(message) == _plain_fill_ins(message.prose), text
    first = fill_in_capitals.first_capitals_or_mark(message)
    may = fill_in_capitals.MAY_FILL_IN.search(message.prose)
    assert may is None or 0 <= first <= may.start(), text


def test_value_kinds_are_words_in_capitals() -> None:
    # (in capitals, each holds two in a row: a text without them is not searched for them)
    assert all(len(w) >= 2 for w in VALUE_KINDS)


def test_the_labelled_templates() -> None:
    texts = [
        p.read_text(encoding="utf-8", errors="surrogateescape")
        for folder in ("corpus", "holdout")
        for p in sorted((HERE / folder).rglob("*"))
        if p.is_file()
    ]
    assert len(texts) > 100
    for text in texts:
        _same(text)


_PIECES = [
    "AA", "A", "B", "I", "I'M", "DON'T", "'", "'S", " ", "  ", "\t", "\n", "-", "\u2013",
    "\u2014", "&", "/", "+", "x", "Hi", "URGENT", "WE ARE HIRING", "NAME", "DATE", "CLIENT NAME",
    "START DATE", "in LOCATION", "INSERT ", "INSERT RATE", "(ADD", "[ENTER", "(insert", "[Insert",
    "DD/MM/YYYY", "MM", "DD", "#", "#C", "#CLIENT#", "??", "£??k", "((", "((client))", "|", "%",
    "{", "}", "[", "]", "<", ">", "*", ":", "$", "_", "9", "£", ",", ".", "!", "é", "É",
    MASK, "\U0001f600", "\ud800", "API", "ASAP", "O'", "MM/", "DD.", "YY", "ADD", "ENTER",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_generated_texts(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(20_000):
        _same("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16))))


def test_a_stretch_ends_before_a_letter() -> None:
    # the search stops one character after the stretch: "ABc" holds no run
    assert _plain_runs("x ABc DEF") == [[(6, 9)]]
    marks = b"x ABc DEF".translate(fill_in_capitals.CAPITALS_TABLE)
    assert marks == b"x AAx AAA"
    _same("x ABc DEF")
    _same("WE'RE I'M O'NEIL")
    _same("Call MM/DD. Or (ADD rate) or #NAME# É")
