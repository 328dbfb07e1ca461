from __future__ import annotations

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL604"
PITCH = "Hi {{ first_name|default('there') }}, a role for you. Could we talk?"
OPT_OUT = "Unsubscribe: {{ unsubscribe_link }}"
ADDRESS = "Clydebank Digital Ltd, 40 Bothwell Street, Glasgow G2 6NL"


def lint_defaults(text: str) -> list[Finding]:
    """Lint with the default selection, as a project with no config would."""
    cfg, _extra = build(RawConfig(None, {}, {}), {})
    return Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings


def email(*lines: str, channel: str = "email") -> str:
    body = "\n\n".join((PITCH, *lines))
    return f"---\nchannel: {channel}\nsubject: A role\n---\n{body}\n"


FIRE = [
    pytest.param(email(), ["opt out", "postal address"], id="neither"),
    pytest.param(email(ADDRESS), ["opt out"], id="no-opt-out"),
    pytest.param(email(OPT_OUT, "Kieran\nIrwell Education"), ["postal address"], id="no-address"),
    pytest.param(
        email(
            "If you'd prefer not to hear from me again, just reply and I'll remove your details.",
            ADDRESS,
        ),
        ["opt out"],
        id="reply-to-remove-is-not-an-unsubscribe",
    ),
    pytest.param(
        email(OPT_OUT, "Northwind, Leeds"), ["postal address"], id="city-is-not-an-address"
    ),
    pytest.param(
        email("Reach me at {{ email_address }}.", OPT_OUT),
        ["postal address"],
        id="email-address-placeholder",
    ),
    # a pitch that mentions interviews is still commercial e-mail
    pytest.param(
        email("We're interviewing for three Site Engineers this month."),
        ["opt out", "postal address"],
        id="interviewing-others",
    ),
    pytest.param(
        email("Thanks for connecting last week.", ADDRESS),
        ["opt out"],
        id="thanks-for-something-else",
    ),
]

NO_FIRE = [
    pytest.param(email(OPT_OUT, ADDRESS), id="both"),
    pytest.param(email("Reply STOP to opt out.", "PO Box 123, Leeds"), id="opt-out-po-box"),
    pytest.param(
        email("To unsubscribe, reply 'unsubscribe'.", "1801 Wynkoop St, Denver"), id="us-street"
    ),
    pytest.param(
        email("Manage your email preferences: {{ preferences_url }}", "Denver, CO 80202"), id="zip"
    ),
    pytest.param(email("{{ unsubscribe_link }}", "{{ company_address }}"), id="placeholders"),
    pytest.param(email(ADDRESS, OPT_OUT, channel="linkedin_inmail"), id="inmail-is-not-email"),
    # an answer to the reader's own application or interview is not commercial e-mail
    pytest.param(
        email("Thanks for applying for the Site Engineer role. Could you meet on Tuesday?"),
        id="thanks-for-applying",
    ),
    pytest.param(
        email("Thank you for interviewing for the Site Engineer role last week."),
        id="thank-you-for-interviewing",
    ),
    pytest.param("---\nchannel: email\nsubject: Draft\n---\n\n", id="blank-draft"),
]


@pytest.mark.parametrize(("text", "missing"), FIRE)
def test_fires(lint, text, missing):
    found = lint(text, config={"select": [CODE]})
    assert [f.code for f in found] == [CODE] * len(missing)
    assert all(m in f.message for m, f in zip(missing, found, strict=True))


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_mailchimp_merge_tags(lint):
    text = email("*|UNSUB|*", "*|LIST:ADDRESS|*")
    assert lint(text, config={"select": [CODE], "dialects": ["mailchimp"]}) == []


def test_is_off_by_default():
    assert [f for f in lint_defaults(email()) if f.code == CODE] == []


def test_findings_are_about_the_whole_template(lint):
    text = """\
        ---
        channel: email
        subject: Vet surgeon, Hexham
        ---
        Hi {{ first_name|default('there') }},

        Could we talk one evening this week?

        Alastair
        """
    found = lint(text, config={"select": [CODE]})
    assert [(f.line, f.column) for f in found] == [(5, 1), (5, 1)]


def test_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: follow-up
            channel: email
            subject: "Re: Nursery Practitioner"
            body: |
              Hi, would you like to visit?

              Unsubscribe: {{ unsubscribe_link }}
        """
    (f,) = lint(text, path="t.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.template) == (6, 7, "follow-up")
    assert "postal address" in f.message
