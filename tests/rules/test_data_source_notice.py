from __future__ import annotations

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL605"
PITCH = "Your Kubernetes migration at {{ company }} is what our team needs. Could we talk?"
SOURCE = "I found your profile on GitHub."
REMOVAL = "If you'd rather not hear from us, reply 'remove' and we'll delete your details."


def lint_defaults(text: str) -> list[Finding]:
    """Lint with the default selection, as a project with no config would."""
    cfg, _extra = build(RawConfig(None, {}, {}), {})
    return Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings


def email(*lines: str, subject: str = "DevOps Engineer", front: str = "channel: email\n") -> str:
    body = "\n\n".join(("Hi {{ first_name|default('there') }},", *lines))
    return f"---\n{front}subject: {subject!r}\n---\n{body}\n"


FIRE = [
    pytest.param(email(PITCH), ["came from", "removed"], id="neither"),
    pytest.param(
        email(PITCH, "Unsubscribe: {{ unsubscribe_link }}"), ["came from"], id="no-source"
    ),
    pytest.param(email(SOURCE, PITCH), ["removed"], id="no-removal"),
    pytest.param(
        email("I came across your impressive profile and think you'd be a great fit.", REMOVAL),
        ["came from"],
        id="came-across-without-where",
    ),
    pytest.param(
        email(PITCH, REMOVAL, front="channel: email\nsequence_step: 1\n"),
        ["came from"],
        id="first-step-of-a-sequence",
    ),
    pytest.param(
        email("I'll follow up with the details.", REMOVAL), ["came from"], id="promise-to-follow-up"
    ),
    pytest.param(
        email("I came across your details and thought of you.", PITCH, REMOVAL),
        ["came from"],
        id="came-across-your-details",
    ),
    pytest.param(
        email("Your background is great.", PITCH, REMOVAL), ["came from"], id="background"
    ),
    pytest.param(
        email("I saw your profile and thought of this role.", REMOVAL),
        ["came from"],
        id="saw-your-profile",
    ),
    pytest.param(
        email("I saw that you qualified in 2019.", PITCH, REMOVAL),
        ["came from"],
        id="saw-that",
    ),
    pytest.param(
        email("Your three years on Indeed's search team stand out.", REMOVAL),
        ["came from"],
        id="employer-not-site",
    ),
    # interviewing others, or applying a skill, is not an answer to their application
    pytest.param(
        email("We're interviewing for a Site Engineer this month.", PITCH),
        ["came from", "removed"],
        id="interviewing-for-a-role",
    ),
    pytest.param(
        email("Thanks for reading. Your BIM skills fit the Site Engineer role.", PITCH),
        ["came from", "removed"],
        id="thanks-for-something-else",
    ),
]

NO_FIRE = [
    pytest.param(email(SOURCE, PITCH, REMOVAL), id="both"),
    pytest.param(
        email(
            "I found your CV on the Early Years Jobs board.",
            PITCH,
            "To be removed from our list, use {{ unsubscribe_link }}.",
        ),
        id="job-board-and-unsubscribe-link",
    ),
    pytest.param(
        email(
            "You're on the DfE's talent list, which is where I found your details.",
            PITCH,
            "To stop hearing from us, use {{ unsubscribe_link }}.",
        ),
        id="where-i-found",
    ),
    pytest.param(
        email(
            "{{ referrer }} passed me your details.",
            PITCH,
            "Read our privacy notice: {{ privacy_url }}",
        ),
        id="referral-and-privacy-notice",
    ),
    pytest.param(
        email(
            "I was given your name by {{ referrer }}.",
            PITCH,
            "Reply STOP and we won't write again.",
        ),
        id="given-by-and-reply-stop",
    ),
    pytest.param(
        email("I saw on your profile that you qualified through the NEBDN.", PITCH, REMOVAL),
        id="saw-on-your-profile",
    ),
    pytest.param(
        email("I saw on your LinkedIn profile that you lead a platform team.", REMOVAL),
        id="saw-on-linkedin-profile",
    ),
    pytest.param(
        email("I watched your talk at GDC 2024 on bindless Vulkan.", PITCH, REMOVAL),
        id="watched-your-talk",
    ),
    pytest.param(
        email('I watched your GDC 2024 talk, **"{{ talk_title }}"**, twice.', REMOVAL),
        id="watched-your-named-talk",
    ),
    pytest.param(
        email("I read your write-up of the Postgres migration on your blog.", REMOVAL),
        id="read-your-write-up",
    ),
    pytest.param(
        email("Your {{ signature_dessert }} on Instagram caught my eye.", PITCH, REMOVAL),
        id="on-instagram",
    ),
    pytest.param(email(PITCH, subject="Re: DevOps Engineer"), id="re-subject"),
    # the candidate gave their details themselves
    pytest.param(
        email("Thanks for applying for the Site Engineer role. Could you meet on Tuesday?"),
        id="thanks-for-applying",
    ),
    pytest.param(
        email("Thank you for interviewing for the Site Engineer role last week."),
        id="thank-you-for-interviewing",
    ),
    pytest.param(email("Following up on my email last week.", PITCH), id="following-up-text"),
    pytest.param(email(PITCH, front="channel: email\nsequence_step: 2\n"), id="sequence-step-2"),
    pytest.param(email(PITCH, front="channel: email\nstage: follow-up\n"), id="stage-follow-up"),
    pytest.param(email(PITCH, front="channel: linkedin_inmail\n"), id="inmail"),
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


def test_follow_up_in_the_file_name(lint):
    assert lint(email(PITCH), path="em-devops-follow-up.md", config={"select": [CODE]}) == []


def test_is_off_by_default():
    assert [f for f in lint_defaults(email(PITCH)) if f.code == CODE] == []


def test_findings_are_about_the_whole_template(lint):
    text = """\
        ---
        channel: email
        subject: DevOps Engineer, Glasgow
        ---
        Hi {{ first_name|default('there') }},

        Could we talk on Thursday?
        """
    found = lint(text, config={"select": [CODE]})
    assert [(f.line, f.column) for f in found] == [(5, 1), (5, 1)]


def test_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: first-contact
            channel: email
            subject: Nursery Practitioner
            body: |
              Hi, would you like to visit?

              Unsubscribe: {{ unsubscribe_link }}
          - name: follow-up
            channel: email
            subject: Nursery Practitioner
            body: |
              Hi, would you like to visit?
        """
    (f,) = lint(text, path="t.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.template) == (6, 7, "first-contact")
    assert "came from" in f.message
