"""A finding's message is one line of printable text, whatever the rule wrote: reports put
each finding on a line of its own (flake8's ``path:line:col: CODE message``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_lint import Diagnostic, Rule, RuleContext, hookimpl
from outreach_lint.cli import main
from outreach_lint.testing import lint_text


class Plugin:
    @hookimpl
    def outreach_lint_rules(self) -> list[Rule]:
        def check(ctx: RuleContext) -> Iterator[Diagnostic]:
            yield Diagnostic(0, 2, "quoted ('Goliath\nBank'),\r\n\tthen\x1b[31m red\x07")

        return [Rule("NLS101", "multi-line", "## What it does\n\nSays two lines.\n", check)]


def test_a_plugins_line_breaks_and_control_characters_do_not_reach_the_report() -> None:
    (finding,) = lint_text("Hello there\n", config={"select": ["NLS"]}, plugins=[Plugin()])
    assert finding.message == "quoted ('Goliath Bank'), then[31m red"


def test_a_placeholder_written_over_two_lines_is_quoted_on_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("g.md").write_text(
        "---\nchannel: email\nsubject: x\n---\n"
        "Hi {{\n  first_name }}, about {{ company }}: free for a call on Thursday?\n"
    )
    assert main(["check", "--isolated", "--select", "OL406", "g.md"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("g.md:5:4: OL406 {{ first_name }} in the greeting has no fallback")
