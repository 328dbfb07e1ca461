"""Every Acme rule on its must-fire and must-not-fire cases, through outreach-lint's pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from outreach_lint.testing import Case, assert_case, case_params, lint_text, load_cases

import outreach_lint_acme.plugin
from outreach_lint_acme.rules import RULES

CASES = Path(__file__).with_name("cases.yaml")
HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options")


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: Case) -> None:
    assert_case(case, plugins=[outreach_lint_acme.plugin])


def test_every_rule_has_cases() -> None:
    codes = {case.code for case in load_cases(CASES)}
    rules = {rule.code for rule in outreach_lint_acme.plugin.outreach_lint_rules()}
    assert codes == rules


@pytest.mark.parametrize(
    "rule", outreach_lint_acme.plugin.outreach_lint_rules(), ids=lambda rule: str(rule.code)
)
def test_rule_documents_itself(rule: object) -> None:
    docs = getattr(rule, "docs", "")
    positions = [docs.find(h) for h in HEADINGS]
    assert -1 not in positions and positions == sorted(positions)
    assert re.match(r"^[a-z]+(?:-[a-z]+)*$", getattr(rule, "name", ""))


def test_rules_are_opt_in() -> None:
    text = "Hi {{ first_name }}, we need a rockstar for a new role."
    assert lint_text(text, config={"select": ["ACME"]}, plugins=[outreach_lint_acme.plugin])
    assert not [
        f for f in lint_text(text, plugins=[outreach_lint_acme.plugin]) if f.code.startswith("ACME")
    ]


def test_python_rules_are_listed() -> None:
    assert [r.code for r in RULES] == ["ACME201", "ACME202", "ACME203"]
