"""Built-in rules, one module per rule, registered through the same hook as plugins' rules."""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Rule
from outreach_lint.rules import (
    channel_limit_exceeded,
    default_invitation_text,
    empty_message,
    job_fit_justification_absent,
    malformed_placeholder,
    missing_personalization_placeholder,
    problems,
    same_industry_phrasing,
    undeclared_placeholder,
    unfilled_fill_in,
)

RULES: tuple[Rule, ...] = (
    missing_personalization_placeholder.RULE,
    job_fit_justification_absent.RULE,
    same_industry_phrasing.RULE,
    default_invitation_text.RULE,
    undeclared_placeholder.RULE,
    malformed_placeholder.RULE,
    unfilled_fill_in.RULE,
    channel_limit_exceeded.RULE,
    empty_message.RULE,
    *problems.RULES,
)


@hookimpl
def outreach_lint_rules() -> Sequence[Rule]:
    return RULES
