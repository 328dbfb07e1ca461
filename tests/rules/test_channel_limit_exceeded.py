from __future__ import annotations

import pytest

NOTE = "---\nchannel: linkedin_connection_note\n{extra}---\n{body}\n"


def note(body: str, extra: str = "") -> str:
    return NOTE.format(body=body, extra=extra)


FIRE = [
    pytest.param(note("a" * 301), id="plain-301"),
    pytest.param(note("a" * 281 + " {{ first_name }}"), id="name-counts-20"),
    pytest.param(note("a" * 261 + " {{ company }}"), id="org-counts-40"),
    pytest.param(
        note("a" * 200 + " {{ first_name }}", "variables: [{first_name: {max_length: 100}}]\n"),
        id="declared-max-length",
    ),
    pytest.param(
        note("a" * 280 + " {{ first_name|default('there, my dear friend') }}"), id="long-fallback"
    ),
    pytest.param(
        "---\nchannel: linkedin_inmail\nsubject: '" + "s" * 201 + "'\n---\nHi\n",
        id="inmail-subject",
    ),
    pytest.param(
        "---\nchannel: linkedin_inmail\nsubject: Hi\n---\n" + "b" * 1901 + "\n", id="inmail-body"
    ),
]
NO_FIRE = [
    pytest.param(note("a" * 300), id="plain-300"),
    pytest.param(note("a" * 279 + " {{ first_name }}"), id="name-fits"),
    pytest.param(
        note("a" * 250 + " {{ first_name }}", "variables: [{first_name: {max_length: 12}}]\n"),
        id="declared-short",
    ),
    pytest.param(
        note("a" * 290 + "\n{% if x %}{% endif %}{# a long comment here #}"),
        id="tags-and-comments-free",
    ),
    pytest.param("---\nchannel: email\n---\n" + "e" * 5000 + "\n", id="email-no-limit"),
    pytest.param("a" * 5000 + "\n", id="no-channel"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL501"]})] == ["OL501"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL501"]}) == []


def test_points_at_the_first_character_over_the_limit(lint):
    (f,) = lint(note("x" * 290 + " {{ first_name }} tail"), config={"select": ["OL501"]})
    assert (f.line, f.column) == (4, 292)
    assert f.message == (
        "this LinkedIn connection note can reach 316 characters, counting {{ first_name }} as "
        "20 characters, over the limit of 300, so the text from here on would be cut: shorten "
        "it, or, if they are shorter, give their longest real lengths as max_length under "
        "'variables'"
    )


def test_says_the_lengths_it_counted_each_placeholder_at_once(lint):
    text = note("x" * 240 + " {{ first_name|default('there') }} at {{ company }}, {{ company }}")
    (f,) = lint(text, config={"select": ["OL501"]})
    assert (
        "can reach 347 characters, counting {{ first_name|default('there') }} as 20 characters "
        "and {{ company }} as 40, over the limit of 300" in f.message
    )


def test_names_no_length_it_did_not_assume(lint):
    """A declared max_length is no assumption, and placeholders that don't take the note over
    the limit (the text alone is over it) are not the reason to give their lengths."""
    declared = (
        "---\nchannel: linkedin_connection_note\nvariables:\n  - first_name: {max_length: 10}\n"
        "---\n" + "x" * 295 + " {{ first_name }} tail\n"
    )
    (f,) = lint(declared, config={"select": ["OL501"]})
    assert f.message == (
        "this LinkedIn connection note can reach 311 characters once placeholders are filled "
        "in, over the limit of 300, so the text from here on would be cut: shorten it"
    )
    (f,) = lint(note("x" * 320 + " {{ first_name }}"), config={"select": ["OL501"]})
    assert "counting" not in f.message and f.message.endswith("would be cut: shorten it")


def test_says_how_long_a_message_without_placeholders_is(lint):
    (f,) = lint(note("x" * 310), config={"select": ["OL501"]})
    assert f.message.startswith("this LinkedIn connection note is 310 characters long, over")


def test_placeholder_lengths_option(lint):
    cfg = {"select": ["OL501"], "rules": {"OL501": {"placeholder-lengths": {"name": 5}}}}
    assert lint(note("a" * 290 + " {{ first_name }}"), config=cfg) == []
