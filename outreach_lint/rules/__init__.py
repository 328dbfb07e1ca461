"""Built-in rules, one module per rule, registered through the same hook as plugins' rules."""

from __future__ import annotations

from collections.abc import Sequence

from outreach_lint.hookspecs import hookimpl
from outreach_lint.model import Rule
from outreach_lint.rules import (
    age_coded_language,
    assumes_job_seeking,
    boilerplate_flattery,
    channel_limit_exceeded,
    commercial_email_requirements,
    data_source_notice,
    default_invitation_text,
    empty_message,
    gender_coded_language,
    generic_greeting,
    greeting_placeholder_without_fallback,
    inactive_dialect_placeholder,
    job_fit_justification_absent,
    malformed_placeholder,
    missing_personalization_placeholder,
    mixed_placeholder_dialects,
    name_only_personalization,
    network_growing_motive,
    no_call_to_action,
    over_recommended_length,
    problems,
    purpose_not_stated,
    reading_level_too_high,
    recruiting_cliche,
    salary_history_question,
    same_industry_phrasing,
    self_focused,
    shouting,
    subject_problem,
    too_many_questions,
    undeclared_placeholder,
    unfilled_fill_in,
    unused_declared_variable,
    vague_opportunity,
)

RULES: tuple[Rule, ...] = (
    missing_personalization_placeholder.RULE,
    name_only_personalization.RULE,
    job_fit_justification_absent.RULE,
    same_industry_phrasing.RULE,
    default_invitation_text.RULE,
    undeclared_placeholder.RULE,
    malformed_placeholder.RULE,
    unfilled_fill_in.RULE,
    channel_limit_exceeded.RULE,
    empty_message.RULE,
    mixed_placeholder_dialects.RULE,
    unused_declared_variable.RULE,
    greeting_placeholder_without_fallback.RULE,
    inactive_dialect_placeholder.RULE,
    over_recommended_length.RULE,
    subject_problem.RULE,
    gender_coded_language.RULE,
    commercial_email_requirements.RULE,
    data_source_notice.RULE,
    reading_level_too_high.RULE,
    self_focused.RULE,
    shouting.RULE,
    too_many_questions.RULE,
    generic_greeting.RULE,
    boilerplate_flattery.RULE,
    purpose_not_stated.RULE,
    assumes_job_seeking.RULE,
    no_call_to_action.RULE,
    vague_opportunity.RULE,
    network_growing_motive.RULE,
    recruiting_cliche.RULE,
    salary_history_question.RULE,
    age_coded_language.RULE,
    *problems.RULES,
)


WORDING = frozenset(
    code
    for code in (r.code for r in RULES)
    if code[:3] in ("OL1", "OL2", "OL3", "OL7") or code in ("OL601", "OL602", "OL603")
)
"""The rules about the message's words, whose findings inside an address are dropped
(``Rule.wording``): not those about placeholders (OL4xx), lengths (OL5xx), what an e-mail must
hold (OL604, OL605) or the file (OL9xx)."""
ENGLISH = frozenset(["OL102", "OL201", "OL202", "OL204", "OL205", "OL701"])
"""The rules that judge what a message says in English (``Rule.english``): in another
language they would find no purpose, ask, role or reason in any template. The rules that look
for an English phrase stay on: they find none there, and English loanwords ("rockstar") in a
French template are still found."""
RULES = tuple(r._replace(wording=r.code in WORDING, english=r.code in ENGLISH) for r in RULES)


@hookimpl
def outreach_lint_rules() -> Sequence[Rule]:
    return RULES
