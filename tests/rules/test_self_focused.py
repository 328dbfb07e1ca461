from __future__ import annotations

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL702"


def lint_defaults(text: str) -> list[Finding]:
    """Lint with the default selection, as a project with no config would."""
    cfg, _extra = build(RawConfig(None, {}, {}), {})
    return Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings


def md(body: str) -> str:
    return f"---\nchannel: linkedin_inmail\nsubject: Hello\n---\n{body}\n"


AGENCY = (
    "We are Brightwater Recruitment. Our team has placed 2,000 engineers and we work with the "
    "biggest names in aerospace. Our consultants are specialists and I run our aerospace desk."
)

FIRE = [
    pytest.param(md(AGENCY), id="no-you-at-all"),
    pytest.param(md(AGENCY + " Can we chat? Are you free?"), id="two-you"),
    pytest.param(
        md(
            "I'm Rob. We're a specialist agency; our consultants know construction, and we've "
            "worked with major clients. I'd love to tell you about us."
        ),
        id="contractions",
    ),
    pytest.param(
        md(
            "My name is Claire and I am a consultant. We have been established for twenty years, "
            "our team is respected, I have placed 300 accountants and our clients trust us. "
            "Would you have time for a call? I thought of your company."
        ),
        id="ratio-just-over",
    ),
    pytest.param(
        md(
            "WE'RE hiring! we've got roles, our clients want us, my team and I are busy, ours is "
            "the best."
        ),
        id="any-case",
    ),
]

NO_FIRE = [
    pytest.param(
        md(
            "I'm Sam at Northwind. Your Airflow plugins solve a problem you'd own here. "
            "We're hiring a Data Engineer. Would you be up for a call? I found your details on "
            "GitHub; if you'd rather not hear from us, reply and we'll delete them."
        ),
        id="balanced",
    ),
    pytest.param(
        md("I'm hiring. My client needs a QS. I think we should talk."), id="under-min-self"
    ),
    pytest.param(
        md(
            "Your work on {{ project }} is why I'm writing: you've shipped what our team needs, "
            "your approach fits, and you'd lead it. Could we talk?"
        ),
        id="reader-focused",
    ),
    pytest.param(
        md(
            "The US market is big, the US team is growing, US hours, US pay, US visa, "
            "US office, US clients."
        ),
        id="US-is-not-us",
    ),
    pytest.param(
        md(AGENCY + " You'd join us? You, your team, your clients, your career."), id="enough-you"
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_is_off_by_default():
    assert [f for f in lint_defaults(md(AGENCY)) if f.code == CODE] == []


def test_options(lint):
    text = md(AGENCY + " Can we chat? Are you free?")
    assert lint(text, config={"select": [CODE], "rules": {CODE: {"ratio": 8}}}) == []
    short = md("I'm hiring. My client needs a QS. I think we should talk.")
    config = {"select": [CODE], "rules": {CODE: {"min-self": 3}}}
    assert [f.code for f in lint(short, config=config)] == [CODE]


def test_one_template_finding(lint):
    text = """\
        ---
        channel: linkedin_message
        variables: [first_name]
        ---
        Hi {{ first_name }}, thanks for connecting! We're Little Acorns, and we've been running
        our nursery for 15 years. Our team is small and our ratios are better than we need.
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column) == (5, 1)
    assert "6 times" in f.message and "you/your not once" in f.message


def test_one_finding_in_a_yaml_collection(lint):
    text = f"""\
        templates:
          - name: about-us
            channel: linkedin_inmail
            subject: Hello
            body: |
              {AGENCY}
        """
    (f,) = lint(text, path="t.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.template) == (6, 7, "about-us")


def test_one_you_is_said_once(lint):
    text = md("I'm hiring. My client needs a QS. I think we should talk. We'd love you on board.")
    config = {"select": [CODE], "rules": {CODE: {"min-self": 3}}}
    (f,) = lint(text, config=config)
    assert "you/your only once:" in f.message
