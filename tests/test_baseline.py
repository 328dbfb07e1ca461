"""Baselines: write, load and apply, and the errors a bad baseline file gives."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from outreach_lint.baseline import (
    Baseline,
    BaselineEntry,
    BaselineError,
    BaselineResult,
    apply_baseline,
    load_baseline,
    write_baseline,
)
from outreach_lint.model import Finding, Severity

PHRASE = 'Phrase "fast-paced team" appears in 4 templates'

FINDINGS = [
    Finding(
        "templates/intro.md", 3, 5, 3, 20, "OL301", PHRASE, Severity.WARNING,
        "same-industry-phrasing", "outreach-lint", "intro", "fast-paced team",
    ),
    Finding(
        "templates/intro.md", 7, 1, 7, 15, "OL101", "{{first_name}} has no fallback",
        Severity.ERROR, "missing-fallback", "outreach-lint", "intro", "{{first_name}}",
    ),
    Finding(
        "templates/intro.md", 12, 9, 12, 24, "OL301", PHRASE, Severity.WARNING,
        "same-industry-phrasing", "outreach-lint", "intro", "fast-paced team",
    ),
    Finding(
        "templates/a.md", 2, 1, 2, 9, "OL205", "Subject is 92 characters, café",
        Severity.INFO, "long-subject", "acme-pack", None, "Quick q",
    ),
]  # fmt: skip

BASELINE_TEXT = """\
{
  "findings": [
    {
      "code": "OL205",
      "fingerprint": "8247a6581cb4bd5e7702983fdf387f66",
      "message": "Subject is 92 characters, café",
      "path": "templates/a.md"
    },
    {
      "code": "OL101",
      "fingerprint": "a7b98428c132ed2d2c6b4e7c5724b9f1",
      "message": "{{first_name}} has no fallback",
      "path": "templates/intro.md"
    },
    {
      "code": "OL301",
      "fingerprint": "5a4755ae98da4492c147d19b63d7206d",
      "message": "Phrase \\"fast-paced team\\" appears in 4 templates",
      "path": "templates/intro.md"
    },
    {
      "code": "OL301",
      "fingerprint": "5a4755ae98da4492c147d19b63d7206d:2",
      "message": "Phrase \\"fast-paced team\\" appears in 4 templates",
      "path": "templates/intro.md"
    }
  ],
  "tool": "outreach-lint",
  "version": 1
}
"""


def _shift(findings: list[Finding], lines: int) -> list[Finding]:
    return [f._replace(line=f.line + lines, end_line=f.end_line + lines) for f in findings]


@pytest.fixture
def baseline_file(tmp_path: Path) -> Path:
    path = tmp_path / "outreach-lint-baseline.json"
    write_baseline(FINDINGS, path)
    return path


def test_write_baseline_exact_file(baseline_file: Path) -> None:
    assert baseline_file.read_text(encoding="utf-8") == BASELINE_TEXT


def test_load_baseline_reads_the_entries(baseline_file: Path) -> None:
    loaded = load_baseline(baseline_file)
    assert loaded.path == str(baseline_file)
    assert loaded.entries[0] == BaselineEntry(
        "8247a6581cb4bd5e7702983fdf387f66",
        "templates/a.md",
        "OL205",
        "Subject is 92 characters, café",
    )
    assert len(loaded.entries) == 4


def test_apply_the_same_findings_reports_nothing(baseline_file: Path) -> None:
    result = apply_baseline(FINDINGS, load_baseline(baseline_file))
    assert result == BaselineResult(new=[], matched=4, stale=0)


def test_findings_moved_down_by_inserted_lines_still_match(baseline_file: Path) -> None:
    result = apply_baseline(_shift(FINDINGS, 3), load_baseline(baseline_file))
    assert result == BaselineResult(new=[], matched=4, stale=0)


def test_a_new_finding_is_reported(baseline_file: Path) -> None:
    added = FINDINGS[1]._replace(line=20, end_line=20, snippet="{{company}}")
    result = apply_baseline([*FINDINGS, added], load_baseline(baseline_file))
    assert result == BaselineResult(new=[added], matched=4, stale=0)


def test_a_third_identical_finding_is_new(baseline_file: Path) -> None:
    third = FINDINGS[2]._replace(line=30, end_line=30)
    result = apply_baseline([*FINDINGS, third], load_baseline(baseline_file))
    assert result == BaselineResult(new=[third], matched=4, stale=0)


def test_a_fixed_finding_counts_as_stale(baseline_file: Path) -> None:
    remaining = [FINDINGS[0], FINDINGS[1], FINDINGS[3]]
    result = apply_baseline(_shift(remaining, 3), load_baseline(baseline_file))
    assert result == BaselineResult(new=[], matched=3, stale=1)


def test_matching_is_a_multiset() -> None:
    entry = BaselineEntry("5a4755ae98da4492c147d19b63d7206d", "templates/intro.md", "OL301", "")
    one = Baseline("b.json", (entry,))
    result = apply_baseline([FINDINGS[0], FINDINGS[2]], one)
    assert result == BaselineResult(new=[FINDINGS[2]], matched=1, stale=0)
    twice = Baseline("b.json", (entry, entry))
    result = apply_baseline([FINDINGS[0]], twice)
    assert result == BaselineResult(new=[], matched=1, stale=1)


def test_empty_baseline_reports_everything(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline([], path)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "findings": [],
        "tool": "outreach-lint",
        "version": 1,
    }
    result = apply_baseline(FINDINGS, load_baseline(path))
    assert result == BaselineResult(new=FINDINGS, matched=0, stale=0)


# --- atomic write ---------------------------------------------------------------------------


def test_write_leaves_only_the_baseline_file(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(FINDINGS, path)
    write_baseline(FINDINGS[:1], path)
    assert os.listdir(tmp_path) == ["b.json"]
    assert len(load_baseline(path).entries) == 1


def test_failed_write_keeps_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b.json"
    write_baseline(FINDINGS, path)

    def fail(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("outreach_lint.baseline.os.replace", fail)
    with pytest.raises(BaselineError, match=r"cannot write baseline file .*b\.json"):
        write_baseline([], path)
    assert os.listdir(tmp_path) == ["b.json"]
    assert path.read_text(encoding="utf-8") == BASELINE_TEXT


def test_write_into_a_missing_folder_is_a_baseline_error(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "b.json"
    with pytest.raises(BaselineError, match=r"cannot write baseline file .*missing"):
        write_baseline(FINDINGS, path)


# --- bad baseline files ---------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    assert str(info.value) == f"baseline file {path} not found"


def test_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"version": 1,\n', encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    assert str(info.value).startswith(f"baseline file {path} is not valid JSON: ")


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(b'{"x": "\xff"}')
    with pytest.raises(BaselineError, match="is not UTF-8 text"):
        load_baseline(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([], "expected a JSON object"),
        ({"version": 1, "findings": []}, '"tool" must be "outreach-lint"'),
        ({"version": 2, "tool": "outreach-lint", "findings": []}, "unsupported version 2"),
        ({"version": 1, "tool": "outreach-lint"}, '"findings" must be a list'),
        ({"version": 1, "tool": "outreach-lint", "findings": ["x"]}, "findings[0] is not"),
        (
            {"version": 1, "tool": "outreach-lint", "findings": [{"path": "a.md"}]},
            'findings[0] has no "fingerprint"',
        ),
        (
            {"version": 1, "tool": "outreach-lint", "findings": [{"fingerprint": 3}]},
            'findings[0]["fingerprint"] must be a string',
        ),
    ],
)
def test_invalid_structure(tmp_path: Path, data: object, reason: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BaselineError) as info:
        load_baseline(path)
    message = str(info.value)
    assert message.startswith(f"baseline file {path} is invalid: ")
    assert reason in message


def test_entry_with_only_a_fingerprint_is_enough(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    fp = "a7b98428c132ed2d2c6b4e7c5724b9f1"
    data = {"version": 1, "tool": "outreach-lint", "findings": [{"fingerprint": fp}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    result = apply_baseline(FINDINGS, load_baseline(path))
    assert result.matched == 1
    assert result.new == [FINDINGS[0], FINDINGS[2], FINDINGS[3]]
