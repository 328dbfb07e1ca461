"""Acme's Python rules, one module each, named after what the rule flags."""

from __future__ import annotations

from outreach_lint import Rule

from outreach_lint_acme.rules import (
    confidential_client_named,
    non_candidate_merge_field,
    pay_range_absent,
)

RULES: tuple[Rule, ...] = (
    pay_range_absent.RULE,
    non_candidate_merge_field.RULE,
    confidential_client_named.RULE,
)
