"""The compiled-pattern cache gives patterns that behave exactly like re.compile's."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from outreach_lint import patterns

CASES = [
    (
        r"\b(?:since|as)\s+we(?:'re|\s+are)\s+(?P<where>in|from)\s+the\s+same\s+industry\b",
        re.IGNORECASE,
    ),
    (r"(?P<q>['\"])(?P<x>.*?)(?P=q)", 0),
    (r"^[ \t]*(?:hi|hello)\b(?P<who>[^,\n]*)", re.IGNORECASE | re.MULTILINE),
    (r"\{\{(?P<triple>\{)?\s*(?P<name>\w+)\s*(?(triple)\})\}\}", 0),
]
TEXTS = [
    "Since we are in the same industry",
    "it's 'quoted' and \"more\"",
    "Hello Sam,\nhi all",
    "{{ name }} {{{ raw }}} {{{ bad }}",
    "nothing here",
]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "_path", str(path))
    monkeypatch.setattr(patterns, "_entries", {})
    monkeypatch.setattr(patterns, "_new", False)
    monkeypatch.setattr(patterns, "_used", set())
    return path


def matches(pattern: re.Pattern[str]) -> list[list[tuple[int, int, dict[str, str | None]]]]:
    return [[(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(t)] for t in TEXTS]


@pytest.mark.parametrize(("source", "flags"), CASES)
def test_cached_patterns_match_like_re(cache_file, source, flags):
    fresh = patterns.compile_regex(source, flags)
    patterns._save()
    assert cache_file.exists()
    patterns._entries = patterns._load(str(cache_file))
    assert (source, int(flags)) in patterns._entries
    cached = patterns.compile_regex(source, flags)
    expected = re.compile(source, flags)
    assert matches(cached) == matches(fresh) == matches(expected)
    assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )


def test_nothing_new_writes_nothing(cache_file):
    patterns._save()
    assert not cache_file.exists()


def test_corrupt_cache_is_ignored(cache_file):
    cache_file.write_bytes(b"not marshal data")
    assert patterns._load(str(cache_file)) == {}
    assert patterns.compile_regex("a+b").fullmatch("aab")


def test_bad_entry_falls_back_to_re(cache_file):
    patterns._entries[("x+", 0)] = (0, b"\x00\x01", 0, {}, ())
    assert patterns.compile_regex("x+").fullmatch("xxx")


def test_without_bytecode_writing_the_cache_is_in_the_user_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.dont_write_bytecode", True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = patterns._cache_file()
    assert path is not None and path.startswith(str(tmp_path / "outreach-lint"))
    monkeypatch.setattr("sys.dont_write_bytecode", False)
    assert not patterns._cache_file().startswith(str(tmp_path))  # beside the bytecode


def test_with_pythondontwritebytecode_later_runs_load_the_patterns(tmp_path):
    """Many Dockerfiles and some shells set PYTHONDONTWRITEBYTECODE: without a cache, every
    run compiles all the rules' patterns (a one-file run took 176 ms instead of 63 ms)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(tmp_path)}
    code = (  # the rules' patterns and one of a config's, with those translated, then saved
        "import json; from outreach_lint import patterns; translated = []; "
        "translate = patterns._translate; "
        "patterns._translate = lambda p, *a: translated.append(p) or translate(p, *a); "
        "import outreach_lint.rules; patterns.compile_regex(r'\\bour own phrase\\b'); "
        "print(json.dumps([len(patterns._load(patterns._path)), translated]))"
    )

    def run() -> tuple[int, list[str]]:
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
        kept, translated = json.loads(done.stdout)
        return kept, translated

    # (the first run starts from the package's own file when a run has left one there)
    kept, translated = run()
    assert kept == 0 and r"\bour own phrase\b" in translated
    (written,) = (tmp_path / "outreach-lint").glob("*/patterns.*.marshal")
    assert written.stat().st_size > 10_000
    kept, translated = run()
    assert kept > 100 and translated == []


def test_finding_the_user_cache_folder_loads_no_hashing_library(tmp_path):
    """Where bytecode is not written, the cache file's folder is named by a stamp of the code:
    made without hashlib, whose OpenSSL library took a one-file run 3 ms to load."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(tmp_path)}
    code = (
        "import sys; from outreach_lint import patterns; "
        "print(patterns._path.startswith(sys.argv[1]), 'hashlib' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], env=env, capture_output=True, text=True
    )
    assert done.stdout.split() == ["True", "False"], done.stderr


def test_a_code_stamp_tells_versions_of_the_code_apart(tmp_path, monkeypatch):
    module = tmp_path / "rules_code.py"
    module.write_text("A = 1\n")
    monkeypatch.setattr(patterns, "__file__", str(tmp_path / "patterns.py"))
    first = patterns.code_stamp("salt", ["rules_code.py"], contents=True)
    assert first == patterns.code_stamp("salt", ["rules_code.py"], contents=True)
    assert len(first) == 16 and int(first, 16) >= 0
    module.write_text("A = 2\n")
    assert patterns.code_stamp("salt", ["rules_code.py"], contents=True) != first
    assert patterns.code_stamp("other", ["rules_code.py"], contents=True) != patterns.code_stamp(
        "salt", ["rules_code.py"], contents=True
    )


def test_folded_patterns_are_cached_too(cache_file):
    source = r"\b(?:since|as)\s+we(?:'re|\s+are)\s+in\s+the\s+same\s+industry\b"
    fresh = patterns.compile_folded(source)
    patterns._save()
    assert cache_file.exists()
    patterns._entries = patterns._load(str(cache_file))
    cached = patterns.compile_folded(source)
    text = "since we're in the same industry"  # folded text: lower case
    assert cached.search(text) is not None
    assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)]
    assert cached.search("Since We're in the same industry") is None  # it expects folded text


def test_the_cache_keeps_what_the_run_used_within_its_size(cache_file, monkeypatch):
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 3)
    for old in ("old1", "old2", "old3"):
        patterns._entries[(old, 0)] = patterns._translate(old, 0)  # from an earlier run
    patterns.compile_regex("new1")
    patterns.compile_regex("new2")
    patterns._save()
    kept = patterns._load(str(cache_file))
    assert len(kept) == 3
    assert {("new1", 0), ("new2", 0)} <= set(kept)


def test_a_cached_pattern_is_built_when_first_used(cache_file):
    """Patterns come from the cache unbuilt (a one-file run searches with fewer than half of
    them); once built, every method, attribute and copy is the compiled pattern's."""
    source, flags = CASES[0]
    patterns.compile_regex(source, flags)
    patterns._save()
    patterns._entries = patterns._load(str(cache_file))
    cached = patterns.compile_regex(source, flags)
    assert "search" not in vars(cached)  # not built yet
    expected = re.compile(source, flags)
    found = cached.search(TEXTS[0])
    assert found is not None and found.group("where") == "in"
    assert "search" in vars(cached)
    assert cached.sub("X", TEXTS[0]) == "X" and cached.split(TEXTS[0]) == ["", "in", ""]
    assert repr(cached) == repr(expected)
    assert isinstance(patterns.built(cached), re.Pattern)
    import pickle  # as a worker started by 'spawn' receives it

    copied = pickle.loads(pickle.dumps(cached))
    assert matches(copied) == matches(expected)


def test_phrases_for_plugins_are_re_patterns():
    from outreach_lint import compile_phrases

    assert isinstance(compile_phrases(["since we're in the same industry"]), re.Pattern)


def _cached_file_with(cache_file, sources):
    for source, flags in sources:
        patterns.compile_regex(source, flags)
    patterns._save()
    return cache_file.read_bytes()


def test_a_cache_file_cut_short_still_gives_patterns_that_match_like_re(cache_file):
    data = _cached_file_with(cache_file, CASES)
    size = int.from_bytes(data[: patterns._HEAD], "little")
    cache_file.write_bytes(data[: patterns._HEAD + size + 10])  # the index, little code
    patterns._entries = patterns._load(str(cache_file))
    assert len(patterns._entries) == len(CASES)
    for source, flags in CASES:
        assert matches(patterns.compile_regex(source, flags)) == matches(re.compile(source, flags))
    cache_file.write_bytes(b"\xff" * 12)  # no index at all
    assert patterns._load(str(cache_file)) == {}


def test_a_cache_file_replaced_by_another_run_is_read_as_it_was_loaded(cache_file, monkeypatch):
    """Patterns are built from the file this run loaded, even after another run replaced it
    (atomically, with other patterns)."""
    expected = [matches(re.compile(source, flags)) for source, flags in CASES]
    _cached_file_with(cache_file, CASES)
    patterns._entries = patterns._load(str(cache_file))
    patterns._save_bytes(str(cache_file), b"another run's patterns")

    def not_compiled_again(*args: object) -> None:
        raise AssertionError("compiled again instead of built from the cache")

    monkeypatch.setattr(patterns.re, "compile", not_compiled_again)
    found = [matches(patterns.built(patterns.compile_regex(s, f))) for s, f in CASES]
    assert found == expected
