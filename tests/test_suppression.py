"""noqa comments, front-matter ignore and per-file ignores; comments are never message text."""

from __future__ import annotations

import pytest

PHRASE = "since we're in the same industry"


@pytest.mark.parametrize(
    ("text", "config", "expected"),
    [
        pytest.param(
            f"Hi, {PHRASE} {{# outreach-lint: noqa: OL301 #}}\n", {}, [], id="jinja-codes"
        ),
        pytest.param(f"Hi, {PHRASE} {{# outreach-lint: noqa #}}\n", {}, [], id="jinja-all"),
        pytest.param(f"Hi, {PHRASE} {{{{! outreach-lint: noqa }}}}\n", {}, [], id="handlebars"),
        pytest.param(
            f"Hi, {PHRASE} <!-- outreach-lint: noqa: OL302,OL301 -->\n", {}, [], id="html-list"
        ),
        pytest.param(f"Hi, {PHRASE} {{# outreach-lint: noqa: OL3 #}}\n", {}, [], id="prefix"),
        pytest.param(
            f"Hi, {PHRASE} {{# outreach-lint: noqa: OL302 #}}\n", {}, ["OL301"], id="other-code"
        ),
        pytest.param(
            f"{{# outreach-lint: noqa #}}\nHi, {PHRASE}\n", {}, ["OL301"], id="other-line"
        ),
        pytest.param(f"Hi, {PHRASE} {{# noqa #}}\n", {}, ["OL301"], id="needs-the-tool-name"),
        pytest.param(f"---\nignore: [OL301]\n---\nHi, {PHRASE}\n", {}, [], id="front-matter"),
        pytest.param(f"---\nignore: OL3\n---\nHi, {PHRASE}\n", {}, [], id="front-matter-string"),
        pytest.param(f"---\nignore: [ol301]\n---\nHi, {PHRASE}\n", {}, [], id="front-matter-case"),
        pytest.param(
            f"---\nignore: ol302, Ol3O1\n---\nHi, {PHRASE}\n",
            {},
            ["OL902", "OL301"],
            id="front-matter-other-code",
        ),
        pytest.param(
            f"Hi, {PHRASE}\n", {"per-file-ignores": {"*.md": ["OL301"]}}, [], id="per-file"
        ),
        pytest.param(
            f"Hi, {PHRASE}\n",
            {"per-file-ignores": {"*.txt": ["OL301"]}},
            ["OL301"],
            id="per-file-other-glob",
        ),
    ],
)
def test_suppression(lint, text, config, expected):
    findings = lint(text, config={"select": ["OL301"], **config})
    assert [f.code for f in findings] == expected


@pytest.mark.parametrize(
    ("directive", "expected"),
    [
        pytest.param("noqa: ol301", [], id="lower-case-code"),
        pytest.param("noqa OL301", [], id="no-colon"),
        pytest.param("noqa:: OL301", [], id="two-colons"),
        pytest.param("noqa: OL301 approved by legal", [], id="a-note-after-the-codes"),
        pytest.param("noqa because legal approved", [], id="a-note-alone-is-every-code"),
        pytest.param("noqa: ol302", ["OL301"], id="lower-case-other-code"),
        pytest.param("noqa: OL3O1", ["OL301", "OL903"], id="letter-o-for-zero"),
        pytest.param("noqa: approved", ["OL301", "OL903"], id="words-after-the-colon"),
        pytest.param("noqa:", ["OL301", "OL903"], id="nothing-after-the-colon"),
        pytest.param("noqa: OL999", ["OL301", "OL903"], id="no-such-code"),
        pytest.param("noqa: OL301, OL999", ["OL903"], id="one-code-of-two-unknown"),
        pytest.param("noqa: OL302 for all recipients", ["OL301"], id="note-with-all"),
        pytest.param("noqa: OL302 see ol", ["OL301"], id="note-with-a-prefix-word"),
        pytest.param("noqa: OL301 by HR", [], id="short-note"),
        pytest.param("noqa: OL302 ZZZ101", ["OL301", "OL903"], id="codes-in-capitals"),
        pytest.param("noqa ok, approved", [], id="no-colon-note-is-every-code"),
        pytest.param("noqa: same industry is fine here", ["OL301", "OL903"], id="words"),
        pytest.param("noqa: by HR", ["OL301", "OL903"], id="words-in-capitals"),
        pytest.param("noqa: ol301", [], id="one-code-in-lower-case"),
        pytest.param("noqa: ol3", [], id="a-prefix-in-lower-case"),
        pytest.param("noqa: OL302;OL301", [], id="codes-separated-by-a-semicolon"),
    ],
)
def test_a_mistyped_directive_never_suppresses_more_than_asked(lint, directive, expected):
    text = f"Hi, {PHRASE} {{# outreach-lint: {directive} #}}\n"
    findings = lint(text, config={"select": ["OL301", "OL903"]})
    assert [f.code for f in findings] == expected
    for f in findings:
        if f.code == "OL903":
            assert (f.line, f.column) == (1, len(f"Hi, {PHRASE} ") + 1)


def test_what_a_mistyped_directive_says(lint):
    [finding] = lint("Hi {# outreach-lint: noqa: OL3O2 #}\n", config={"select": ["OL9"]})
    assert finding.message == (
        "this suppression comment can't be read after 'noqa:' ('OL3O2'): write rule codes "
        "separated by commas, e.g. 'outreach-lint: noqa: OL302, OL101'; it suppresses nothing"
    )
    [finding] = lint("Hi {# outreach-lint: noqa: OL999 #}\n", config={"select": ["OL9"]})
    assert finding.message == (
        "this suppression comment names OL999, but no rule has that code: check the "
        "spelling ('outreach-lint rules' lists the codes)"
    )
    [finding] = lint(
        "Hi {# outreach-lint: noqa: same industry is fine #}\n", config={"select": ["OL9"]}
    )
    assert finding.message.startswith(
        "this suppression comment can't be read after 'noqa:' ('same industry is fine')"
    )


@pytest.mark.parametrize(
    "comment",
    [
        pytest.param(f"{{# {PHRASE} #}}", id="jinja"),
        pytest.param(f"{{{{! {PHRASE} }}}}", id="handlebars"),
        pytest.param(f"{{{{!-- {PHRASE} --}}}}", id="handlebars-long"),
        pytest.param(f"<!-- {PHRASE} -->", id="html"),
    ],
)
def test_comments_are_not_message_text(lint, comment):
    assert lint(f"Hi {{{{ name }}}}, {comment} see you\n", config={"select": ["OL3"]}) == []


def test_comments_do_not_count_toward_length(lint):
    comment = "{# " + "reviewer note " * 30 + "#}"
    text = f"---\nchannel: linkedin_connection_note\n---\n{comment}\nHi {{{{ first_name }}}}\n"
    assert lint(text, config={"select": ["OL501"]}) == []
    assert [
        f.code for f in lint(text.replace("{#", "").replace("#}", ""), config={"select": ["OL501"]})
    ] == ["OL501"]


def test_noqa_inside_yaml_block_scalar(lint):
    text = (
        "templates:\n  - name: a\n    body: |\n"
        f"      Hi, {PHRASE} {{# outreach-lint: noqa: OL301 #}}\n"
        f"      and {PHRASE}\n"
    )
    findings = lint(text, path="c.yaml", config={"select": ["OL301"]})
    assert [(f.line, f.column) for f in findings] == [(5, 11)]


FRONT_MATTER = """\
---
channel: email
subject: "Charge nurse, Ward 5: a permanent role at St Mary's in Leeds, days only"  # NOQA
variables:
  - first_name
  - unused_thing  # outreach-lint: noqa: OL405
  - also_unused
---
Hi {{ first_name|default('there') }}, since we're in the same industry: a charge nurse role?
"""


def test_a_yaml_comment_in_the_front_matter_suppresses_its_line(lint):
    config = {"select": ["OL405", "OL504", "OL903"]}
    found = lint(FRONT_MATTER.replace("# NOQA", "# outreach-lint: noqa: OL504"), config=config)
    assert [(f.code, f.line) for f in found] == [("OL405", 7)]  # also_unused, not suppressed
    found = lint(FRONT_MATTER.replace("# NOQA", ""), config=config)
    assert [(f.code, f.line) for f in found] == [("OL504", 3), ("OL405", 7)]


def test_an_unreadable_yaml_comment_directive_is_reported_once(lint):
    text = FRONT_MATTER.replace("# NOQA", "# outreach-lint: noqa: OL5O4")
    found = lint(text, config={"select": ["OL504", "OL903"]})
    assert [(f.code, f.line, f.column) for f in found] == [("OL504", 3, 61), ("OL903", 3, 85)]


COLLECTION = """\
templates:
  - name: a
    channel: linkedin_connection_note
    body: Hi {{ first_name|default('there') }}, since we're in the same industry.  # NOQA
  - name: b
    channel: linkedin_connection_note
    body: |
      Hi {{ first_name|default('there') }}, since we're in the same industry.
      # outreach-lint: noqa
"""


def test_a_yaml_comment_in_a_collection_suppresses_its_line_only(lint):
    """The "#" line inside b's block scalar is text of the message, sent as written: it
    suppresses nothing."""
    config = {"select": ["OL301"]}
    found = lint(COLLECTION.replace("# NOQA", "# outreach-lint: noqa: OL301"), "c.yaml", config)
    assert [(f.template, f.line) for f in found] == [("b", 8)]
    found = lint(COLLECTION.replace("# NOQA", ""), "c.yaml", config)
    assert [(f.template, f.line) for f in found] == [("a", 4), ("b", 8)]


@pytest.mark.parametrize(
    "comment",
    [
        "{% # outreach-lint: noqa: OL301 %}",  # Liquid's inline comment
        "{%- # outreach-lint: noqa: OL301 -%}",
        "{% comment %} outreach-lint: noqa: OL301 {% endcomment %}",
    ],
)
def test_liquid_comments_hold_directives(lint, comment):
    text = f"Hi, since we're in the same industry. {comment}\n"
    assert lint(text, path="note.liquid", config={"select": ["OL301", "OL903"]}) == []
    assert lint(text, path="note.md", config={"select": ["OL301", "OL903"]}) == []
