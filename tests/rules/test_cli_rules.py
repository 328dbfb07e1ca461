"""`outreach-lint rule CODE` prints the documentation of each issue-3 rule."""

from __future__ import annotations

import pytest

from outreach_lint.cli import main

RULES = [
    ("OL103", "generic-greeting"),
    ("OL104", "boilerplate-flattery"),
    ("OL201", "purpose-not-stated"),
    ("OL203", "assumes-job-seeking"),
    ("OL204", "no-call-to-action"),
    ("OL205", "vague-opportunity"),
    ("OL303", "network-growing-motive"),
    ("OL304", "recruiting-cliche"),
    ("OL601", "salary-history-question"),
    ("OL602", "age-coded-language"),
]


@pytest.mark.parametrize(("code", "name"), RULES)
def test_rule_prints_its_docs(capsys, code, name):
    assert main(["rule", code, "--isolated"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# {code} {name}\n")
    assert "On by default." in out
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert heading in out
    assert "\nFlags " in out


@pytest.mark.parametrize(("code", "name"), RULES)
def test_rule_is_found_by_name(capsys, code, name):
    assert main(["rule", name, "--isolated"]) == 0
    assert capsys.readouterr().out.startswith(f"# {code} {name}\n")


def test_salary_history_question_is_an_error(capsys):
    assert main(["rule", "OL601", "--isolated"]) == 0
    assert "Severity: error." in capsys.readouterr().out


def test_recruiting_cliche_documents_its_options(capsys):
    assert main(["rule", "OL304", "--isolated"]) == 0
    out = capsys.readouterr().out
    assert "`extra-phrases`" in out and "`disabled-phrases`" in out
