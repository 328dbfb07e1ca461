"""Placeholder dialects: what each recognises, with names, fallbacks, tags and comments."""

from __future__ import annotations

import pytest

from outreach_lint.builtin.dialects import BUILTIN_DIALECTS
from outreach_lint.message import MASK, Message
from outreach_lint.model import Field
from outreach_lint.scan import scan
from outreach_lint.source_map import SourceMap

DIALECTS = {d.name: d for d in BUILTIN_DIALECTS}


def scanned(text: str, *names: str) -> Message:
    """``text`` as a body, scanned with the dialects ``names``."""
    return scan(
        Field("body", text, SourceMap.contiguous(0, len(text))), [DIALECTS[n] for n in names]
    )


def placeholders(text: str, *names: str) -> list[tuple[str, str | None, bool]]:
    return [(p.name, p.fallback, p.guarded) for p in scanned(text, *names).placeholders]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{first_name}}", ("first_name", None, False)),
        ("{{ first_name }}", ("first_name", None, False)),
        ("{{ contact.firstname }}", ("contact.firstname", None, False)),
        ("{{Candidate first name}}", ("Candidate first name", None, False)),
        ("{{CANDIDATE_FIRST_NAME}}", ("CANDIDATE_FIRST_NAME", None, False)),
        ("{{ first_name|default('there') }}", ("first_name", "there", False)),
        ('{{ first_name|default:"there" }}', ("first_name", "there", False)),
        ('{{ first_name | default: "there" }}', ("first_name", "there", False)),
        ('{{ first_name | title | default: "you" }}', ("first_name", "you", False)),
        ("{{ first_name or 'there' }}", ("first_name", "there", False)),
        ("{{ (first_name or 'there')|title }}", ("first_name", "there", False)),
        ("{{- name -}}", ("name", None, False)),
        ("{{{ name }}}", ("name", None, False)),
        ("{{#if first_name}}Hi {{first_name}}{{else}}Hi there{{/if}}", ("first_name", None, True)),
        ("{% if company %}at {{ company }}{% endif %}", ("company", None, True)),
        ("{% if title and company %}at {{ company }}{% endif %}", ("company", None, True)),
        ("{% if a and not b %}{{ b }}{% endif %}", ("b", None, True)),
        ("{{^first_name}}there{{/first_name}}{{first_name}}", ("first_name", None, True)),
        # Braze: the attribute inside ${…}, a custom one after custom_attribute.
        ("{{${first_name}}}", ("first_name", None, False)),
        ("{{ ${first_name} }}", ("first_name", None, False)),
        ("{{${first_name} | default: 'there'}}", ("first_name", "there", False)),
        ("{{custom_attribute.${city}}}", ("city", None, False)),
        ("{% if ${first_name} != blank %}{{${first_name}}}{% endif %}", ("first_name", None, True)),
        (
            "{% if custom_attribute.${city} %}in {{custom_attribute.${city}}}{% endif %}",
            ("city", None, True),
        ),
    ],
)
def test_jinja_family(text, expected):
    assert placeholders(text, "jinja") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "{# {{ x }} #}",
        "{{! {{x}} }}",
        "{{!-- a {{x}} --}}",
        "{% for x in y %}",
        "{{/if}}",
        "{{else}}",
        "{{> partial}}",
        "<!-- {{ x }} -->",
        "{% comment %}{{ x }} TODO: add the band{% endcomment %}",
        "{%- comment -%}\n{{ x }}\n{%- endcomment -%}",
        '{% comment "why" %}{{ x }} TODO{% endcomment %}',
    ],
)
def test_jinja_tags_and_comments_are_not_placeholders(text):
    assert placeholders(text, "jinja") == []


@pytest.mark.parametrize(
    "text", ["{{${first_name}}", "{{${first_name}}}}", "{{$first_name}}}", "{{campaign.${name}}}"]
)
def test_braze_attributes_written_wrong_are_no_placeholders(text):
    message = scanned(text, "jinja")
    assert [p.name for p in message.placeholders] in ([], ["first_name"])
    assert message.strays


def test_tags_are_blank_in_prose_and_placeholders_masked():
    text = "Hi {{ name }},{% if x %} yes{% endif %}\n"
    message = scanned(text, "jinja")
    assert len(message.prose) == len(text)
    assert message.prose == "Hi " + MASK * 10 + ",           yes           \n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a block tag shows a blank line, a <br> a line break, an inline tag nothing
        (
            "<p>Hi {{ x }},</p>\n<p>Bye<br/>Jo</p>",
            "\n\n Hi " + MASK * 7 + ",\n\n  \n\n\n Bye\n    Jo\n\n  ",
        ),
        ('<P STYLE="margin:0">Hi</P>', "\n\n                  Hi\n\n  "),
        ("We are <b>hiring</b>.", "We are    hiring    ."),
        ("<style>\np { color: RED }\n</style>Hi", "       \n                \n        Hi"),
        # a link's address stays text, its placeholder too; an image is markup
        ('<a href="https://x.test">x</a>', " " * 9 + "https://x.test" + "  x    "),
        (
            "<a target='_blank' href='{{ cal }}' style=\"color:red\">a slot</a>",
            " " * 25 + MASK * 9 + " " * 20 + "a slot    ",
        ),
        ('<img src="https://x.test/logo.png" alt="Northwind">', " " * 51),
        ("<a href=https://x.test/a>x</a>", " " * 8 + "https://x.test/a" + " x    "),
        ('<a name="top"></a>Hi', " " * 18 + "Hi"),
        # a tag holding a placeholder stays text
        ('<td class="{{ c }}">', '<td class="' + MASK * 7 + '">'),
        ("<company> and <3 and a < b > c", "<company> and <3 and a < b > c"),
    ],
)
def test_html_markup_is_blank_in_prose(text, expected):
    assert scanned(text, "jinja").prose == expected


def test_html_markup_does_not_hide_placeholders_or_count_as_text(lint):
    body = '<p>Hi {{ first_name }},</p>\n<p>Book here: <a href="{{ calendar_link }}">a slot</a></p>'
    findings = lint(
        "---\nchannel: linkedin_connection_note\nvariables: [first_name, calendar_link]\n---\n"
        + body
    )
    assert [(f.code, f.line, f.column) for f in findings if f.code in ("OL406", "OL405")] == [
        ("OL406", 5, 7)
    ]


@pytest.mark.parametrize(
    ("dialect", "text", "expected"),
    [
        ("brace", "{first_name}", [("first_name", None, False)]),
        ("brace", "{first-name there}", [("first-name", "there", False)]),
        ("brace", "{{first_name}}", []),
        (
            "brace",
            "{first_name!s} {salary:,} {city:>10}",
            [("first_name", None, False), ("salary", None, False), ("city", None, False)],
        ),
        (
            "bracket",
            "[First Name] at [Company]",
            [("First Name", None, False), ("Company", None, False)],
        ),
        ("bracket", "[a link](https://x.test)", []),
        (
            "angle",
            "<name> and <<Company Name>>",
            [("name", None, False), ("Company Name", None, False)],
        ),
        ("angle", "<b>bold</b> <br> <a href='x'>", []),
        ("mailchimp", "*|FNAME|*", [("FNAME", None, False)]),
        ("mailchimp", "*|IF:FNAME|*Hi *|FNAME|**|ELSE:|*Hello*|END:IF|*", [("FNAME", None, True)]),
        (
            "mailchimp",
            "*|TITLE:FNAME|* *|UPPER:COMPANY|* *|HTML:LIST_ADDRESS_HTML|*",
            [("FNAME", None, False), ("COMPANY", None, False), ("LIST_ADDRESS_HTML", None, False)],
        ),
        (
            "mailchimp",
            "*|LIST:ADDRESS|* *|MC:SUBJECT|* *|DATE:d/m/y|*",
            [
                ("LIST:ADDRESS", None, False),
                ("MC:SUBJECT", None, False),
                ("DATE:d/m/y", None, False),
            ],
        ),
        (
            "percent",
            "%FIRSTNAME% and %%FirstName%%",
            [("FIRSTNAME", None, False), ("FirstName", None, False)],
        ),
        ("percent", "a 20% raise, 100% remote", []),
        ("percent", "DLL hijacking via %APPDATA% and %Path%", []),
        ("percent", "%%PATH%% and %PATHWAY%", [("PATH", None, False), ("PATHWAY", None, False)]),
        # AMPscript's output of a field or a variable, through functions
        ("percent", "%%=v(@greeting)=%%", [("@greeting", None, False)]),
        ("percent", "%%=ProperCase(FirstName)=%%", [("FirstName", None, False)]),
        ("percent", "%%= ProperCase(Substring(City, 1, 20)) =%%", [("City", None, False)]),
        ("percent", '%%=Format(Now(), "yyyy")=%% %%=FirstName=%% %%=v(@x)%%', []),
        # a condition in a block is no fallback
        (
            "percent",
            "%%[ IF NOT EMPTY(FirstName) THEN ]%%%%FirstName%%",
            [("FirstName", None, False)],
        ),
    ],
)
def test_other_dialects(dialect, text, expected):
    assert placeholders(text, dialect) == expected


AMPSCRIPT = (
    '%%[ IF NOT EMPTY(FirstName) THEN SET @greeting = Concat("Hi ", FirstName)\n'
    'ELSE SET @greeting = "Hi there" ENDIF ]%%\n%%=v(@greeting)=%%, at %%College%%'
)


def test_an_ampscript_block_is_code_never_sent():
    message = scanned(AMPSCRIPT, "percent")
    first, second, rest = message.prose.split("\n")
    assert first.isspace() and second.isspace()
    assert len(first) == AMPSCRIPT.index("\n")
    assert rest == MASK * 18 + ", at " + MASK * 11
    assert message.visible_length == len(", at ")


def test_an_ampscript_block_is_text_where_the_percent_style_is_off():
    assert scanned(AMPSCRIPT, "jinja").prose == AMPSCRIPT


def test_dialects_config_switches_placeholders(lint):
    text = "Hi [First Name], I saw %COMPANY% is hiring.\n"
    assert [f.code for f in lint(text, config={"select": ["OL403"]})] == ["OL403"]
    assert lint(text, config={"select": ["OL403"], "dialects": ["bracket", "percent"]}) == []


def test_a_comment_block_is_not_read(lint):
    text = "Hi {{ name }}, {% comment %}TODO: add the salary band{% endcomment %}a role.\n"
    assert lint(text, config={"select": ["OL403"]}) == []


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("{% raw %}{{ id }}{% endraw %}", "         {{ id }}            "),
        ("{%- raw -%}{x}{%- endraw -%}", "           {x}              "),
        ("{% verbatim %}{{ id }}{% endverbatim %}", "              {{ id }}                 "),
        ("{{{{raw}}}}{{id}}{{{{/raw}}}}", "           {{id}}            "),
    ],
)
def test_a_raw_block_is_text_sent_as_written(text, prose):
    message = scanned(text, "jinja")
    assert message.placeholders == ()
    assert message.strays == ()
    assert message.prose == prose


def test_placeholders_around_a_raw_block_are_read():
    text = "Hi {{ a }}, {% raw %}{{ b }}{% endraw %} {{ c }} {% raw %}no end {{ d }}"
    assert [p.name for p in scanned(text, "jinja").placeholders] == ["a", "c", "d"]


def test_a_placeholder_shown_in_a_raw_block_is_not_undeclared(lint):
    text = (
        "---\nvariables: [first_name]\n---\n"
        "Hi {{ first_name }}, write {% raw %}{{ first_name }} or {{ id }}{% endraw %} "
        "in your template, {{ id }}.\n"
    )
    found = lint(text, config={"select": ["OL401", "OL402"]})
    assert [(f.code, f.line, f.column) for f in found] == [("OL401", 4, 96)]


def test_a_stray_pattern_is_run_only_where_its_first_characters_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``scan`` looks for a dialect's strays only in prose holding a character they start
    with (``literals.may_match``): it must find every stray the pattern finds."""
    import random
    import re

    from outreach_lint import literals
    from outreach_lint.literals import may_match

    monkeypatch.setattr(literals, "_asked", literals.GATE_AFTER)  # past a run's first texts
    assert literals._needs(DIALECTS["jinja"].stray) == ("%", "{", "}")  # type: ignore[arg-type]
    assert literals._needs(DIALECTS["mailchimp"].stray) == ("*|", "|*")  # type: ignore[arg-type]
    assert literals._needs(re.compile(r"\w+")) is None  # a class: not listed
    assert literals._needs(re.compile(r"a*")) is None  # matches the empty string
    rng = random.Random(3)
    pieces = ["{", "}", "%", "*", "|", "a", " ", "{{", "}}", "*|", "|*", "x%", "\n"]
    skipped = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        for d in BUILTIN_DIALECTS:
            if d.stray is not None and not may_match(d.stray, text):
                skipped += 1
                assert d.stray.search(text) is None, (d.name, text)
    assert skipped > 100  # the gate did rule texts out
