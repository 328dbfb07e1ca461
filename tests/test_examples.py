"""The bundled example repository prints exactly its expected output; good templates are clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_lint.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "templates-repo"


def test_example_repository_output(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.chdir(EXAMPLE)
    assert main(["check", "--no-cache"]) == 1
    assert capsys.readouterr().out == (EXAMPLE / "expected-output.log").read_text()


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


def test_the_expected_output_is_not_linted_as_a_template(monkeypatch, capsys) -> None:
    """Linting the examples without their config (``check --isolated examples/``) reads
    templates only, not the linter's own output kept beside them."""
    monkeypatch.chdir(EXAMPLE.parent.parent)
    main(["check", "--isolated", "--no-cache", "examples/"])
    linted = {line.split(":", 1)[0] for line in capsys.readouterr().out.splitlines()}
    assert "examples/templates-repo/templates/needs-work/generic-note.md" in linted
    assert not any("expected-output" in path for path in linted)
