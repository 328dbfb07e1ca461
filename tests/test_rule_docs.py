"""Every rule of every loaded plugin documents itself under the same headings."""

from __future__ import annotations

import re

import pytest

from outreach_lint import plugins, testing
from outreach_lint.config import Config
from outreach_lint.model import CODE_RE

HEADINGS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options")
RULES = plugins.load(Config()).rules


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_documented(code):
    rule = RULES[code]
    assert CODE_RE.match(rule.code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name), rule.name
    positions = [rule.docs.find(h) for h in HEADINGS]
    assert all(p >= 0 for p in positions), f"{code} lacks {HEADINGS[positions.index(-1)]}"
    assert positions == sorted(positions), f"{code}: headings out of order"
    sections = re.split(r"^## .*$", rule.docs, flags=re.MULTILINE)[1:]
    assert all(s.strip() for s in sections), f"{code} has an empty section"
    assert 10 < len(rule.summary) < 200, rule.summary


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_options_are_documented(code):
    rule = RULES[code]
    options = rule.docs.split("## Options", 1)[1]
    for name in rule.options:
        assert f"`{name}`" in options, f"{code} does not document option {name}"


def test_builtin_codes_are_unique_and_sorted():
    assert list(RULES) == sorted(RULES)


_BLOCK = re.compile(r"```(\w*)[^\n]*\n(.*?)```", re.DOTALL)
_SUFFIX = {"markdown": "md", "md": "md", "yaml": "yaml", "text": "txt", "": "md"}
# What an example needs that its text cannot say: a dialect that is off by default.
EXAMPLE_CONFIG: dict[str, dict[str, object]] = {"OL404": {"dialects": ["jinja", "bracket"]}}


def _example(code: str, heading: str) -> tuple[str, str]:
    section = RULES[code].docs.split(heading, 1)[1].split("\n## ", 1)[0]
    m = _BLOCK.search(section)
    assert m is not None, f"{code}: no example under {heading}"
    return m[2], f"example.{_SUFFIX.get(m[1], 'md')}"


BUILT_IN = [c for c in sorted(RULES) if RULES[c].plugin == "outreach-lint" and c < "OL900"]
WITH_TEMPLATES = [*BUILT_IN, "OL902", "OL903"]
"""The rules whose examples are templates (OL901's are a file's bytes, told in words)."""


@pytest.mark.parametrize("code", WITH_TEMPLATES)
def test_the_documented_example_fires_and_the_better_one_does_not(lint, code):
    """A recruiter who pastes a rule's example sees the rule; its 'Use instead' is clean of it."""
    lint_text = lint
    config = {"select": [code], **EXAMPLE_CONFIG.get(code, {})}
    text, path = _example(code, "## Example")
    assert code in {f.code for f in lint_text(text, path, config)}, f"{code}: example is silent"
    text, path = _example(code, "## Use instead")
    assert code not in {f.code for f in lint_text(text, path, config)}, f"{code}: 'use' fires"


@pytest.mark.parametrize("code", WITH_TEMPLATES)
def test_the_better_example_is_clean_under_the_default_rules(code):
    """A recruiter who pastes a 'Use instead' and lints it with the defaults gets no finding at
    all, not another rule's (an opt-in rule is turned on for its own example)."""
    config = {"extend-select": [code], **EXAMPLE_CONFIG.get(code, {})}
    text, path = _example(code, "## Use instead")
    findings = testing.lint_text(text, path=path, config=config)
    assert not findings, f"{code}: " + "; ".join(f"{f.code} {f.message}" for f in findings)


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_summary_is_a_whole_clause(code):
    """'outreach-lint rules' shows it: never cut inside brackets, quotes or code."""
    summary = RULES[code].summary
    assert summary.count("(") == summary.count(")"), summary
    assert summary.count("`") % 2 == 0 and summary.count('"') % 2 == 0, summary


def test_the_summary_leaves_out_asides():
    assert RULES["OL102"].summary == (
        "Flags a template whose only placeholders about the recipient are their name"
    )
    assert RULES["OL406"].summary.startswith(
        "Flags a name placeholder in the greeting with no fallback for an empty name"
    )
