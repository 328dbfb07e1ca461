from __future__ import annotations

from typing import Any

import pytest

from outreach_lint import plugins
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

CODE = "OL502"


def lint_with_channels(text: str, config: dict[str, Any]) -> list[Finding]:
    """The ``lint`` fixture reuses plugin registries across configs, and channel overrides
    live in the registry: build a fresh one."""
    cfg, _extra = build(RawConfig(None, config, {}), {})
    return Linter(cfg, plugins.load(cfg)).lint_source(SourceFile("t.md", text)).findings


def doc(channel: str, body: str) -> str:
    subject = "subject: Hi\n" if channel in ("email", "linkedin_inmail") else ""
    return f"---\nchannel: {channel}\n{subject}---\n{body}\n"


def words(n: int) -> str:
    return " ".join(["word"] * n)


FIRE = [
    pytest.param(doc("linkedin_inmail", "a" * 401), id="inmail-401"),
    pytest.param(doc("linkedin_message", "a" * 401), id="message-401"),
    pytest.param(doc("linkedin_inmail", "a" * 380 + " {{ company }}"), id="inmail-placeholder-40"),
    pytest.param(doc("email", words(126)), id="email-126-words"),
    pytest.param(
        doc("email", words(120) + " {{ a }} {{ b }} {{ c }} {{ d }} {{ e }} {{ f }}"),
        id="placeholders-are-words",
    ),
    pytest.param(doc("linkedin_inmail", "a" * 2000), id="also-over-the-hard-limit"),
    pytest.param(
        doc("email", words(121) + " B2B Web3 Q3 H1B Python3"), id="letters-and-digits-126"
    ),
]

NO_FIRE = [
    pytest.param(doc("linkedin_inmail", "a" * 400), id="inmail-400"),
    pytest.param(
        doc("linkedin_inmail", "a" * 370 + " {{ first_name }}"), id="inmail-placeholder-fits"
    ),
    pytest.param(doc("email", words(125)), id="email-125-words"),
    pytest.param(
        doc("email", words(116) + " B2B Web3 Q3 H1B Python3 70k 2nd 9:30 3.5"),
        id="letters-and-digits-are-one-word-each",
    ),
    pytest.param(
        doc("email", words(120) + " https://example.com/a/very/long/link/with/many/parts x@y.com"),
        id="links-are-not-words",
    ),
    pytest.param(doc("email", "a" * 3000), id="email-counts-words-not-characters"),
    pytest.param(doc("linkedin_connection_note", words(150)), id="note-has-no-recommendation"),
    pytest.param(words(500) + "\n", id="no-channel"),
    pytest.param(
        doc("linkedin_inmail", "a" * 390 + "\n{# a long comment that is never sent to anyone #}"),
        id="comments-free",
    ),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": [CODE]})] == [CODE]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": [CODE]}) == []


def test_channel_thresholds_are_configurable():
    text = doc("linkedin_inmail", "a" * 500)
    config = {"select": [CODE], "channels": {"linkedin_inmail": {"recommended-body": 600}}}
    assert lint_with_channels(text, config) == []
    text = doc("email", words(140))
    config = {"select": [CODE], "channels": {"email": {"recommended-words": 150}}}
    assert lint_with_channels(text, config) == []
    config = {"select": [CODE], "channels": {"email": {"recommended-words": 100}}}
    assert [f.code for f in lint_with_channels(doc("email", words(110)), config)] == [CODE]


def test_placeholder_lengths_option(lint):
    text = doc("linkedin_inmail", "a" * 380 + " {{ company }}")
    config = {"select": [CODE], "rules": {CODE: {"placeholder-lengths": {"org": 10}}}}
    assert lint(text, config=config) == []


def test_points_where_the_inmail_crosses_400(lint):
    text = (
        """\
        ---
        channel: linkedin_inmail
        subject: Staff SRE
        ---
        Hi {{ first_name }},
        """
        + "word " * 74
        + "infrastructural modernisation\n"
    )
    (f,) = lint(text, config={"select": [CODE]})
    # "Hi " + 20 for the name + "," + line break = 25 characters; 375 more fit on line 6, up
    # to "inf|rastructural": the finding is at the start of that word, never inside it.
    assert (f.line, f.column, f.end_column) == (6, 371, 372)
    assert "can reach 424 characters" in f.message and "16-22%" in f.message
    assert "it passes 400 here: shorten the whole message" in f.message


@pytest.mark.parametrize(
    ("line", "column"),
    [
        pytest.param("word " * 75 + "xx", 376, id="at-a-word-start"),
        pytest.param("word " * 74 + "wordiness", 371, id="inside-a-word"),
        pytest.param("word " * 74 + "word {{ company }}'s", 376, id="a-placeholder"),
        pytest.param("word " * 74 + "w {{ company }}'s", 373, id="inside-a-placeholder"),
    ],
)
def test_points_at_the_start_of_the_word_that_crosses_400(lint, line, column):
    text = f"---\nchannel: linkedin_inmail\nsubject: SRE\n---\nHi {{{{ first_name }}}},\n{line}\n"
    (f,) = lint(text, config={"select": [CODE]}, dedent=False)
    assert (f.line, f.column) == (6, column)


def test_points_at_the_first_word_over_125_in_a_yaml_collection(lint):
    body = "\n".join("      " + words(25) for _ in range(6))
    text = f"templates:\n  - name: long\n    channel: email\n    subject: Hi\n    body: |\n{body}\n"
    (f,) = lint(text, path="mail.yaml", config={"select": [CODE]}, dedent=False)
    assert (f.line, f.column, f.end_column) == (11, 7, 11)
    assert "150 words" in f.message and "Boomerang" in f.message


def test_never_points_at_a_blank_line(lint):
    """When the limit falls on a paragraph break, the finding is at the next text."""
    first = "Hi {{ first_name }},\n" + "x" * 374  # 400 characters with the name filled in
    text = f"---\nchannel: linkedin_inmail\nsubject: Staff SRE\n---\n{first}\n\nNext paragraph.\n"
    (f,) = lint(text, config={"select": [CODE]}, dedent=False)
    assert (f.line, f.column) == (8, 1)
