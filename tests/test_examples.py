"""The bundled example repository prints exactly its expected output; good templates are clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_lint.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "templates-repo"


def test_example_repository_output(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(EXAMPLE)
    assert main(["check", "--no-cache"]) == 1
    assert capsys.readouterr().out == (EXAMPLE / "expected-output.txt").read_text()


def test_good_templates_raise_nothing(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(EXAMPLE)
    assert main(["check", "--no-cache", "templates/good"]) == 0
    assert capsys.readouterr().out == ""


def test_excluded_and_non_template_files_are_skipped(monkeypatch, capsys) -> None:
    monkeypatch.chdir(EXAMPLE)
    main(["check", "--no-cache"])
    out = capsys.readouterr().out
    linted = {line.split(":", 1)[0] for line in out.splitlines()}
    for skipped in ("drafts/", "README.md", ".github/", ".outreach-lint.yaml"):
        assert not any(path.startswith(skipped) for path in linted)
