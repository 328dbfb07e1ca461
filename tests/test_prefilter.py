"""The RE2 prefilter skips a pattern only where it cannot match.

``prefilter`` runs one ``re2.Set`` of over-approximations over each text and skips the
searches of the patterns it finds absent; some patterns also start each search where RE2
alone finds the approximation's next match (their locator). That the approximations match
wherever their patterns do is ``test_approximate.py``'s; here every built-in prefiltered
pattern and hundreds of generated ones are searched through the prefilter and compared with
the pattern alone (ASCII or not, in windows, one match after the other), RE2 failing or
missing is searched as usual, and whole reports are compared with the prefilter on and off.
"""

from __future__ import annotations

import marshal
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from generated_patterns import CLASS_ATOMS, REPEATS, random_texts, valid_patterns

import outreach_lint.rules  # noqa: F401 - registers the built-in prefiltered patterns
from outreach_lint import prefilter, prefilter_build, prefilter_locate
from outreach_lint.cli import main
from outreach_lint.fold import fold_text
from outreach_lint.message import MASK
from outreach_lint.prefilter import Prefiltered

TESTS = Path(__file__).parent
FILES = sorted(TESTS.glob("corpus/**/*.md")) + sorted(TESTS.glob("holdout/*.md"))
TEXTS = [fold_text(p.read_text(encoding="utf-8")) for p in FILES]
BUILTIN = list(prefilter._registered)


@pytest.fixture(autouse=True)
def _fresh_prefilter() -> Iterator[None]:
    prefilter.reset()
    yield
    prefilter.reset()


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _absent(p: Prefiltered, text: str) -> bool:
    """Does the set say that ``p`` cannot match ``text``?"""
    seen = prefilter._lookup(text)
    return seen is not None and p.number >= 0 and p.number not in seen.hits


def test_gated_searches_find_exactly_what_the_pattern_finds() -> None:
    assert prefilter.build()
    skipped = 0
    for text in TEXTS:
        for p in BUILTIN:
            assert _spans(p.finditer(text)) == _spans(p.pattern.finditer(text)), p.source
            window = (5, len(text) // 2)  # rules search slices, some patterns end in '$'
            ours, theirs = p.search(text, *window), p.pattern.search(text, *window)
            assert (ours and ours.span()) == (theirs and theirs.span()), p.source
            skipped += _absent(p, text)
    # The point of it: most of the wide patterns are absent from most templates.
    assert skipped > len(TEXTS) * len(BUILTIN) // 2


def _same_searches(p: Prefiltered, text: str) -> int:
    """``p`` finds what its pattern finds: every match, and the first one, in windows too
    (rules search slices, and some patterns end in '$'). Returns how many matches there were."""
    n = len(text)
    everything = _spans(p.pattern.finditer(text))
    assert _spans(p.finditer(text)) == everything, (p.source, text[:60])
    for pos, endpos in ((0, n), (3, n), (n // 3, n // 2 + 7), (-5, n + 5), (n, n), (n // 2, 2)):
        ours, theirs = p.search(text, pos, endpos), p.pattern.search(text, pos, endpos)
        assert (ours and ours.span()) == (theirs and theirs.span()), (p.source, pos, endpos)
        ours_all = _spans(p.finditer(text, pos, endpos))
        assert ours_all == _spans(p.pattern.finditer(text, pos, endpos)), (p.source, pos, endpos)
    return len(everything)


# Placeholder masks, accented letters and an emoji: the locators run on UTF-8 and their offsets
# are turned back into characters.
NOT_ASCII = [t.replace(" ", f" {MASK}{MASK} ", 3) + " café 😀 " + t[:300] for t in TEXTS[::3]]


@pytest.mark.parametrize("through", ["re2's match call", "search"])
def test_builtin_locators_skip_only_text_where_no_match_starts(
    through: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if through == "search":  # a google-re2 whose own match call is not the one expected
        monkeypatch.setattr(prefilter_build, "_unanchored", lambda re2: None)
    assert (
        prefilter_build._unanchored(pytest.importorskip("re2")) is not None or through == "search"
    )
    assert prefilter.build()
    located = [p for p in BUILTIN if p.locator is not None]
    assert len(located) >= 5
    matches = 0
    for text in TEXTS + NOT_ASCII:
        for p in located:
            matches += _same_searches(p, text)
    assert matches > 1000


def test_generated_locators_skip_only_text_where_no_match_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(prefilter, "_registered", [])
    rng = random.Random(20261126)
    texts = random_texts(rng, "abcé \u00a0\n1_.-\ue000😀" + MASK, 60, 40)
    made = [
        Prefiltered(source, flags, locate=True, in_set=rng.random() < 0.5)
        for source, flags in valid_patterns(rng, CLASS_ATOMS, REPEATS, 800)
    ]
    assert prefilter.build()
    located = [p for p in made if p.locator is not None]
    assert len(located) > 300  # the others can match the empty string
    matched: set[int] = set()
    for text in texts:
        for i, p in enumerate(made):
            if _same_searches(p, text) and p.locator is not None:
                matched.add(i)
    assert len(matched) > 200  # located patterns that matched a text: the others checked nothing


def test_no_locator_for_a_pattern_that_can_match_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_registered", [])
    empty, word = Prefiltered(r"\bx*", locate=True), Prefiltered(r"\bxy+", locate=True)
    assert prefilter.build()
    assert empty.locator is None and word.locator is not None
    assert _spans(empty.finditer("ax xx")) == [(0, 0), (2, 2), (3, 5), (5, 5)]
    assert _spans(word.finditer("xy axy xyy")) == [(0, 2), (7, 10)]


def test_a_failing_locator_means_the_search_starts_where_asked() -> None:
    assert prefilter.build()

    def broken(data: bytes, first: int, last: int) -> list[tuple[int, int]]:
        raise RuntimeError("RE2 failed")

    p = next(p for p in BUILTIN if p.locator is not None)
    text = next(t for t in TEXTS if p.pattern.search(t))
    p.locator = broken
    assert _same_searches(p, text) > 0


def test_re2_running_out_of_memory_is_silent_and_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """With the smallest budget the set fits in, a long and varied text fills the locators'
    DFAs (they get half of it): RE2 then finds the matches another way, and must not write its
    "DFA out of memory" errors to stderr."""
    for quarters in range(8, 25):  # 2 MB to 6 MB, a quarter of a megabyte at a time
        monkeypatch.setattr(prefilter, "MAX_MEM", quarters << 18)
        if prefilter.build():
            break
    else:
        pytest.fail("the set no longer fits in 6 MB")
    rng = random.Random(5)
    words = "we are hiring a senior data engineer you built great work apply now reply your"
    endings = ["", "s", "ing", "'re", ",", "."]
    text = " ".join(rng.choice(words.split()) + rng.choice(endings) for _ in range(40_000))
    located = [p for p in BUILTIN if p.locator is not None]
    for p in located:
        assert _spans(p.finditer(text)) == _spans(p.pattern.finditer(text)), p.source
    assert capfd.readouterr().err == ""


def test_the_set_is_built_only_after_many_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "BUILD_AFTER", 3)
    p = next(p for p in BUILTIN if p.in_set)
    texts = [f"hello number {i}" for i in range(3)]
    for text in texts[:2]:
        assert not _absent(p, text)
    assert prefilter._set is None
    _absent(p, texts[2])
    assert prefilter._set is not None
    assert _absent(p, "thanks for your time")


def test_a_failing_set_means_every_search_runs() -> None:
    assert prefilter.build()

    class GaveUp:
        def Match(self, text: bytes) -> list[int]:  # RE2's name
            return []  # what RE2 answers when its DFA runs out of memory

    prefilter._set = GaveUp()
    p = next(p for p in BUILTIN if p.source.startswith(r"\b(?:your|ur)\s+"))
    assert not _absent(p, "no phrase here")
    text = fold_text("What is your current salary?")
    assert _spans(p.finditer(text)) == _spans(p.pattern.finditer(text)) != []


def test_without_re2_every_search_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "re2", None)
    assert not prefilter.build()
    assert all(p.number == -1 for p in BUILTIN)
    assert not _absent(next(p for p in BUILTIN if p.in_set), "no phrase here")


def test_without_re2_searches_skip_only_texts_lacking_the_required_strings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "re2", None)
    assert not prefilter.build()
    gated = [p for p in BUILTIN if p.needs is not None]
    assert len(gated) > 30
    matches = skipped = 0
    for text in TEXTS + NOT_ASCII:
        for p in gated:
            matches += _same_searches(p, text)
            skipped += prefilter._lacks(text, p.needs or (), 0, len(text))
    # (gated by the strings fewest texts hold: a text is spared 58 searches or more on
    # average; with the longest strings, not the rarest, it was 56)
    assert matches > 200 and skipped > len(TEXTS) * 58


def test_generated_gated_patterns_skip_only_texts_lacking_the_required_strings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(prefilter, "_registered", [])
    rng = random.Random(20261127)
    atoms = ["a", "b", "é", "ab", "ba", "abc", r"\s", r"\w", "[a-c]", "[^b]", "."]
    texts = random_texts(rng, "abcé \u00a0\n1_.-\ue000😀" + MASK, 60, 40)
    made = [prefilter.gated(s, f) for s, f in valid_patterns(rng, atoms, REPEATS, 600)]
    prefilter.build()
    assert sum(p.needs is not None for p in made) > 150
    matched = skipped = 0
    for text in texts:
        for p in made:
            matched += _same_searches(p, text) > 0
            skipped += p.needs is not None and prefilter._lacks(text, p.needs, 0, len(text))
    assert matched > 1000 and skipped > 1000


def _built() -> list[tuple[int, bool, tuple[str, ...] | None]]:
    return [(p.number, p.locator is not None, p.needs) for p in BUILTIN]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The analyses file of a first build, made with the built-in patterns."""
    path = tmp_path / "analyses.marshal"
    monkeypatch.setattr(prefilter_build, "_analyses_file", str(path))
    assert prefilter.build()
    assert path.exists()
    yield path


def test_a_later_build_reads_the_analyses_the_first_one_kept(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _built()
    written = kept.stat().st_mtime_ns

    def no_analysis(p: Prefiltered) -> prefilter_build.Analysis:
        raise AssertionError(f"analysed again: {p.source}")

    monkeypatch.setattr(prefilter_build, "_analyse", no_analysis)
    prefilter.reset()
    assert prefilter.build()
    assert _built() == first
    assert kept.stat().st_mtime_ns == written  # nothing new: not rewritten


def test_analyses_kept_by_other_code_are_made_again(kept: Path) -> None:
    first = _built()
    stamp, analyses = marshal.loads(kept.read_bytes())
    wrong = {key: (("zzz",), "zzz", "zzz") for key in analyses}  # would skip every search
    kept.write_bytes(marshal.dumps(("another version of the code", wrong)))
    prefilter.reset()
    assert prefilter.build()
    assert _built() == first
    assert marshal.loads(kept.read_bytes()) == (stamp, analyses)
    kept.write_bytes(b"not marshal data")
    prefilter.reset()
    assert prefilter.build()
    assert _built() == first


def test_which_may_match_lists_what_the_set_does_not_rule_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = re.compile("x")
    patterns = (*BUILTIN, plain, BUILTIN[0])
    for text in TEXTS[:3]:  # before the set is built: every one
        assert prefilter.which_may_match(patterns, text) == list(range(len(patterns)))
    for build in range(2):
        if build:  # a pattern registered first: the set numbers every other one anew
            monkeypatch.setattr(prefilter, "_registered", [])
            first = prefilter.prefiltered(r"\bzebra\b")
            monkeypatch.setattr(prefilter, "_registered", [first, *BUILTIN])
        assert prefilter.build()
        ruled_out = 0
        for text in TEXTS:
            absent = [isinstance(p, Prefiltered) and _absent(p, text) for p in patterns]
            allowed = [i for i, ruled_out_here in enumerate(absent) if not ruled_out_here]
            assert prefilter.which_may_match(patterns, text) == allowed
            assert prefilter.which_may_match(list(patterns), text) == allowed
            for p in BUILTIN:  # never one that matches
                assert not _absent(p, text) or p.pattern.search(text) is None, p.source
            ruled_out += len(patterns) - len(allowed)
        assert ruled_out > len(TEXTS) * 10


def _report(tmp_path: Path, name: str) -> str:
    out = tmp_path / name
    main(["check", "--no-cache", "-j", "1", str(TESTS / "corpus"), "--output-file", str(out)])
    return out.read_text(encoding="utf-8")


def test_reports_are_the_same_with_and_without_the_prefilter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    prefilter.disable()
    without = _report(tmp_path, "without.txt")
    prefilter.reset()
    monkeypatch.setattr(prefilter, "BUILD_AFTER", 1)
    with_set = _report(tmp_path, "with.txt")
    assert prefilter._set is not None
    assert with_set == without
    assert with_set.count("\n") > 100


def test_each_message_is_scanned_once_whatever_rules_search_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Templates are linted in groups, each rule over the whole group: the set's answer for a
    message, scanned ahead, serves every rule that searches it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(prefilter, "BUILD_AFTER", 1)
    scanned: list[str] = []
    scan = prefilter._scan

    def counting(text: str) -> prefilter_locate.Seen | None:
        scanned.append(text)  # (kept: no id is reused)
        return scan(text)

    monkeypatch.setattr(prefilter, "_scan", counting)
    _report(tmp_path, "report.txt")
    assert prefilter._set is not None
    assert len(scanned) > 300
    texts = [text for text in scanned if len(text) > 1]  # ("" is one object in CPython)
    assert len({id(text) for text in texts}) == len(texts)


def test_re2_has_memory_enough_for_the_set_and_every_locator(capfd) -> None:
    """When the set or a locator runs out of DFA memory, RE2 goes on with a slower engine and
    the same answers: no other test notices, the runs just get slower (35-45% over 10,000
    templates, the one time it happened: the rules had grown by a few dozen phrases and the job
    pitch's locator outgrew half of 16 MB). RE2 says so on stderr when asked to."""
    re2 = pytest.importorskip("re2")
    analyses = prefilter_build.analyses(BUILTIN)

    def options(max_mem: int) -> object:
        made = re2.Options()
        made.max_mem = max_mem
        made.log_errors = True
        return made

    found = re2.Set.SearchSet(options(prefilter.MAX_MEM))
    found.Add("")
    locators = []
    for p, (_needs, greedy, lazy) in zip(BUILTIN, analyses, strict=True):
        if greedy is not None and p.in_set:
            found.Add(greedy)
        if lazy is not None and p.locate:
            locators.append(re2.compile(lazy.encode(), options(prefilter.MAX_MEM // 2)))
    found.Compile()
    assert locators
    for text in TEXTS:
        data = text.encode()
        found.Match(data)
        for locator in locators:
            locator.search(data)
    assert "DFA out of memory" not in capfd.readouterr().err
