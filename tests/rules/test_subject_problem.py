from __future__ import annotations

from typing import Any

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL504"
BODY = "Hi {{ first_name|default('there') }}, a role for you. Could we talk?"


def doc(channel: str, subject: str | None) -> str:
    line = "" if subject is None else f"subject: {subject!r}\n"
    return f"---\nchannel: {channel}\n{line}---\n{BODY}\n"


FIRE = [
    pytest.param(doc("email", None), id="email-no-subject"),
    pytest.param(doc("linkedin_inmail", None), id="inmail-no-subject"),
    pytest.param(doc("email", ""), id="email-blank-subject"),
    pytest.param(
        doc("email", "Marketing Manager role at Fernway Logistics - hybrid Milton Keynes"),
        id="email-66",
    ),
    pytest.param(
        doc("email", "{{ first_name }}, a Senior Payroll Officer role"), id="placeholder-counts"
    ),
    pytest.param(doc("linkedin_inmail", "s" * 201), id="inmail-over-200"),
    pytest.param(f"Subject: {'s' * 60}\n{BODY}\n", id="txt-subject-line"),
]

NO_FIRE = [
    pytest.param(doc("email", "Gas engineer, Reading - £45k + van"), id="email-short"),
    pytest.param(doc("email", "s" * 50), id="email-50"),
    pytest.param(doc("email", "Quick question, {{ first_name }}"), id="placeholder-fits"),
    pytest.param(doc("linkedin_inmail", "s" * 120), id="inmail-120-is-under-its-limit"),
    pytest.param(doc("linkedin_connection_note", None), id="note-has-no-subject"),
    pytest.param(doc("linkedin_message", None), id="message-has-no-subject"),
    pytest.param(f"{BODY}\n", id="no-channel"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    path = "t.txt" if text.startswith("Subject:") else "t.md"
    assert [f.code for f in lint(text, path=path, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_placeholder_lengths_option(lint):
    text = doc("email", "{{ first_name }}, a Senior Payroll Officer role")
    config = {"select": [CODE], "rules": {CODE: {"placeholder-lengths": {"name": 8}}}}
    assert lint(text, config=config) == []


def test_recommended_subject_length_is_per_channel():
    text = doc("email", "s" * 60)
    config: dict[str, Any] = {"select": [CODE], "channels": {"email": {"recommended-subject": 70}}}
    cfg, _extra = build(RawConfig(None, config, {}), {})
    found: list[Finding] = (
        Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings
    )
    assert found == []


def test_missing_subject_is_a_template_finding(lint):
    text = """\
        ---
        channel: email
        role: HR Advisor
        ---
        Hi {{ first_name|default('there') }}, could we talk?
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column) == (5, 1)
    assert "no subject" in f.message


def test_points_at_the_first_character_past_50(lint):
    text = """\
        ---
        channel: email
        subject: Marketing Manager role at Fernway Logistics - hybrid Milton Keynes
        ---
        Hi there, could we talk?
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column, f.end_column) == (3, 60, 61)
    assert f.message == (
        "this subject is 66 characters long: keep it within 50 characters, the role and the "
        "place first (phone apps show only the first 35-41); it passes 50 here"
    )


@pytest.mark.parametrize(
    ("path", "text", "how"),
    [
        pytest.param(
            "t.md",
            "---\nchannel: email\n---\nHi there, could we talk?\n",
            "add a line 'subject: …' between the --- lines at the top, within 50 characters",
            id="front-matter",
        ),
        pytest.param(
            "t.md",
            "---\nchannel: linkedin_inmail\n---\nHi there, could we talk?\n",
            "add a line 'subject: …' between the --- lines at the top, short",
            id="inmail",
        ),
        pytest.param(
            "t.yaml",
            "templates:\n  - name: a\n    channel: email\n    body: Hi there, could we talk?\n",
            "add a line 'subject: …' to this template, within 50 characters",
            id="collection",
        ),
        pytest.param(
            "t.txt",
            "Hi there, could we talk?\n",
            "start the file with a line 'Subject: …', within 50 characters",
            id="plain-text-email",
        ),
    ],
)
def test_a_missing_subject_says_where_to_add_one(lint, path, text, how):
    config = {"select": [CODE], "default-channel": "email"}
    (f,) = lint(text, path=path, config=config)
    inmail = "inmail" in text
    assert f.message.startswith(f"this {'LinkedIn InMail' if inmail else 'e-mail'}")
    assert f"has no subject: {how}, the role and the place first" in f.message
    # the phones' 35-41 characters are said where the channel recommends a subject length
    # (an e-mail's 50), not of an InMail, whose only limit is 200
    assert ("phone apps show only the first 35-41 characters" in f.message) is not inmail


def test_points_past_50_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: mail
            channel: email
            subject: "*|FNAME|*, a Senior Payroll Officer role in Norwich you might like"
            body: |
              Hi, could we talk?
        """
    (f,) = lint(text, path="mails.yaml", config={"select": [CODE], "dialects": ["mailchimp"]})
    # the subject starts at column 15; its 9-character placeholder counts as 20 characters,
    # so the 51st character is the 30th after it
    assert (f.line, f.column) == (4, 15 + 9 + 30)
