from __future__ import annotations

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL603"


def lint_defaults(text: str) -> list[Finding]:
    """Lint with the default selection, as a project with no config would."""
    cfg, _extra = build(RawConfig(None, {}, {}), {})
    return Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings


def md(body: str) -> str:
    return f"---\nchannel: linkedin_inmail\nsubject: A role\n---\n{body}\n"


FIRE = [
    pytest.param(
        md("We want someone driven, competitive and fearless: a decisive, ambitious closer."),
        "masculine",
        id="masculine",
    ),
    pytest.param(
        md("We need a nurturing, warm and gentle Room Leader who is kind and patient."),
        "feminine",
        id="feminine",
    ),
    pytest.param(
        md("An assertive, self-reliant, headstrong trader who thrives on a challenge."),
        "masculine",
        id="hyphenated-stems",
    ),
    pytest.param(
        md("A warm, compassionate carer, sensitive to feelings. Kind regards, Jo"),
        "feminine",
        id="sign-off-not-counted-but-enough-without",
    ),
    pytest.param(
        md(
            "Aggressive targets, a dominant market share, competitive and determined people. "
            "We support you."
        ),
        "masculine",
        id="strong-lean-despite-one-everyday-word",
    ),
]

NO_FIRE = [
    pytest.param(
        md("You'd lead a team, connect with clients and support the sales director."),
        id="everyday-lead-connect-support",
    ),
    pytest.param(
        md(
            "A competitive salary, a confidential search, and the NHS Trust's support. "
            "Kind regards, Jo"
        ),
        id="everyday-phrases",
    ),
    pytest.param(
        md("Our analysts share data on decisions; individual objectives depend on the committee."),
        id="everyday-stems",
    ),
    pytest.param(md("We want someone driven and ambitious."), id="only-two"),
    pytest.param(
        md(
            "A driven, ambitious, competitive team that is also warm, supportive and collaborative."
        ),
        id="balanced",
    ),
    pytest.param(md("Hi, your Kafka work at {{ company }} fits. Open to a chat?"), id="none"),
]


@pytest.mark.parametrize(("text", "kind"), FIRE)
def test_fires(lint, text, kind):
    found = lint(text, config={"select": [CODE]})
    assert [f.code for f in found] == [CODE]
    assert f"leans {kind}-coded" in found[0].message


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_is_off_by_default():
    assert [f.code for f in lint_defaults(FIRE[0].values[0]) if f.code == CODE] == []


def test_options(lint):
    two = md("We want someone driven and ambitious.")
    assert [
        f.code for f in lint(two, config={"select": [CODE], "rules": {CODE: {"min-words": 2}}})
    ] == [CODE]
    balanced = FIRE[0].values[0].replace("closer.", "closer who is warm, gentle and supportive.")
    assert lint(balanced, config={"select": [CODE]}) == []
    config = {"select": [CODE], "rules": {CODE: {"ratio": 1.5}}}
    assert [f.code for f in lint(balanced, config=config)] == [CODE]


def test_one_template_finding_naming_the_words(lint):
    text = """\
        ---
        channel: linkedin_connection_note
        variables: [first_name]
        ---
        Hi {{ first_name|default('there') }}, we're hiring a competitive, driven and fearless
        Options Trader: someone decisive, ambitious and self-reliant. Open to a chat?
        """
    (f,) = lint(text, config={"select": [CODE]})
    assert (f.line, f.column) == (5, 1)
    assert "(competitive, driven, fearless, decisive, ambitious, self-reliant)" in f.message


def test_one_finding_in_a_yaml_collection(lint):
    text = """\
        templates:
          - name: room-leader
            channel: linkedin_inmail
            subject: Room Leader
            body: |
              We need a nurturing, warm and gentle Room Leader.
        """
    (f,) = lint(text, path="t.yaml", config={"select": [CODE]})
    assert (f.line, f.column, f.template) == (6, 7, "room-leader")
    assert "(nurturing, warm, gentle)" in f.message
