"""A file goes to the first parser whose globs claim its name, as ``fnmatch`` matches them."""

from __future__ import annotations

import fnmatch
import random
import re

import pytest

from outreach_lint import parse
from outreach_lint.builtin.parsers import collection, text
from outreach_lint.model import Field, ParseResult, SourceFile, Template, TemplateParser
from outreach_lint.source_map import SourceMap

NAMES = [
    "intro.md",
    "INTRO.MD",
    "intro.md.bak",
    "notes.txt",
    "notes.text",
    "pack.yaml",
    "pack.yml",
    "pack.yaml~",
    "mail.jinja2",
    "mail.j2",
    "weird[1].md",
    ".md",
    "md",
    "a.tpl",
    "README",
]


@pytest.mark.parametrize("globs", [text.PATTERNS, collection.PATTERNS, ["[!_]*.md", "x?.txt"]])
def test_a_name_is_claimed_as_fnmatch_matches_it(globs: list[str]) -> None:
    for name in [*NAMES, "_draft.md", "x1.txt", "x12.txt"]:
        expected = any(fnmatch.fnmatch(name, g) for g in globs)
        assert parse._claims(tuple(globs))(name) == expected, (name, globs)


def _claiming(name: str, globs: list[str]) -> TemplateParser:
    def claim(src: SourceFile) -> ParseResult:
        body = Field("body", src.text, SourceMap.contiguous(0, len(src.text)))
        return ParseResult([Template(path=name, body=body)], [])

    return TemplateParser(name, globs, claim)


def test_the_first_parser_claiming_the_name_reads_the_file() -> None:
    parsers = [_claiming("none", []), _claiming("tpl", ["*.tpl.txt"]), text.PARSER]
    src = SourceFile("drafts/a.tpl.txt", "Hi")
    claimed = parse.parse_file(src, parsers)
    assert claimed is not None and claimed.templates[0].path == "tpl"
    plain = parse.parse_file(SourceFile("drafts/a.txt", "Hi"), parsers)
    assert plain is not None and plain.templates[0].path == "drafts/a.txt"
    unclaimed = parse.parse_file(SourceFile("drafts/a.csv", "Hi"), parsers[:2])
    assert unclaimed is None


def _problems(name: str, data: str) -> list[str]:
    parsed = (collection if name.endswith(".yaml") else text).parse(SourceFile(name, data))
    assert parsed is not None
    return [p.message for p in parsed.problems]


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("subject: Re: Charge Nurse role", 'subject: "Re: Charge Nurse role"'),
        ("subject: {{ first_name }}, a question", 'subject: "{{ first_name }}, a question"'),
        ("subject: 'It's about the role'", 'subject: "It\'s about the role"'),
        ("subject: [Urgent] Charge Nurse", 'subject: "[Urgent] Charge Nurse"'),
        ('subject: Re: the "Lead" role', 'subject: "Re: the \\"Lead\\" role"'),
        ("subject: Re: Charge Nurse role  # for the ward", 'subject: "Re: Charge Nurse role"'),
        ("subject: Re: Charge Nurse role #", 'subject: "Re: Charge Nurse role"'),
        (
            "subject: Re: nights {# outreach-lint: noqa: OL301 #}",
            'subject: "Re: nights {# outreach-lint: noqa: OL301 #}"',
        ),
        ("subject: Re: nights #hiring #NHS", 'subject: "Re: nights #hiring #NHS"'),
        (
            "subject: Re: nights {# noqa #}  # for the ward",
            'subject: "Re: nights {# noqa #}"',
        ),
    ],
    ids=[
        "colon",
        "placeholder-first",
        "apostrophe-in-quotes",
        "brackets",
        "inner-quotes",
        "comment-after",
        "empty-comment",
        "template-comment",
        "hashtags",
        "template-comment-then-comment",
    ],
)
def test_invalid_front_matter_says_how_to_quote_the_value(line: str, quoted: str) -> None:
    [message] = _problems("t.md", f"---\nchannel: email\n{line}\n---\nHi\n")
    assert message.startswith("invalid front matter: ")
    assert message.endswith(f"; put the value of 'subject' in double quotes: {quoted}")


def test_the_quoting_hint_keeps_a_template_comment_at_the_end_of_the_line() -> None:
    body = (
        'Hi {{ first_name|default("there") }}, saw your talk: great. Free for a call? '
        "{# outreach-lint: noqa: OL301 #}"
    )
    data = f"templates:\n  - name: x\n    channel: email\n    body: {body}\n"
    [message] = _problems("c.yaml", data)
    escaped = body.replace('"', '\\"')
    assert message.endswith(f"; put the value of 'body' in double quotes: body: \"{escaped}\"")


def test_invalid_collection_says_how_to_quote_the_value() -> None:
    data = "templates:\n  - name: a\n    subject: Re: Charge Nurse\n    body: Hi\n"
    [message] = _problems("c.yaml", data)
    assert message.endswith(
        "; put the value of 'subject' in double quotes: subject: \"Re: Charge Nurse\""
    )


@pytest.mark.parametrize(
    "data",
    [
        'templates:\n  - name: a\n    body: "Hi there,\n      over two lines"\n',
        "templates:\n  - name: a\n    body: 'It''s a role'\n",
        '---\nsubject: "Re: the \\"Lead\\" role"\n---\nHi\n',
    ],
    ids=["two-lines", "doubled-apostrophe", "escaped-quotes"],
)
def test_a_closed_quote_is_no_problem(data: str) -> None:
    assert _problems("c.yaml" if data.startswith("templates") else "t.md", data) == []


def test_a_bad_escape_in_quotes_is_reported_where_it_is() -> None:
    """Only a quote never closed moves the problem to the quote."""
    data = 'templates:\n  - name: a\n    body: "C:\\qa"\n'
    parsed = collection.parse(SourceFile("c.yaml", data))
    assert parsed is not None
    [problem] = parsed.problems
    assert problem.offset == data.index("\\q")
    assert "never closed" not in problem.message


@pytest.mark.parametrize(
    ("data", "at"),
    [
        ("templates:\n  - name: a\n    body: Hi\n  - name: b\n    body: [1, 2\n", "[1, 2"),
        ("templates:\n  - name: a\n    body: [1, 2\n  - name: b\n    body: Hi\n", "[1, 2"),
        ("---\nchannel: [email\n---\nHi\n", "[email"),
        ("---\nchannel: {a: 1\nsubject: x\n---\nHi\n", "{a: 1"),
    ],
    ids=["last-value", "before-a-good-template", "front-matter", "mapping"],
)
def test_a_bracket_never_closed_is_reported_where_it_opens(data: str, at: str) -> None:
    """Not where the YAML reader gives up: the next template's key, the closing ``---``, or
    the line after the last one."""
    parsed = (collection if data.startswith("templates") else text).parse(SourceFile("c", data))
    assert parsed is not None
    [problem] = parsed.problems
    assert problem.offset == data.index(at)


def test_a_problem_found_at_the_end_of_the_file_is_on_its_last_line() -> None:
    data = "templates:\n  - name: a\n    body: Hi\nnotes\n"
    parsed = collection.parse(SourceFile("c.yaml", data))
    assert parsed is not None
    [problem] = parsed.problems
    assert problem.offset == data.index("notes\n") + len("notes")


def test_a_misspelt_key_is_named_and_a_number_is_a_subject() -> None:
    data = "---\nchanel: email\nSubject: 2024 plans\nroles: [a, b]\n---\nHi\n"
    assert _problems("t.md", data) == [
        "'chanel' is not a key outreach-lint reads: did you mean 'channel'? (Your own metadata "
        "may use any other name.)",
        "'Subject' is not a key outreach-lint reads: did you mean 'subject'? (Your own metadata "
        "may use any other name.)",
    ]
    parsed = text.parse(SourceFile("t.md", "---\nsubject: 2024\n---\nHi\n"))
    assert parsed is not None
    [template] = parsed.templates
    assert template.subject is not None and template.subject.text == "2024"


def test_a_key_given_twice_is_a_problem_at_the_second() -> None:
    data = "---\nchannel: linkedin_connection_note\nchannel: email\n---\nHi\n"
    parsed = text.parse(SourceFile("t.md", data))
    assert parsed is not None
    assert [(p.offset, p.message) for p in parsed.problems] == [
        (data.index("channel: email"), "'channel' is given twice (also on line 2)")
    ]


@pytest.mark.parametrize(
    "data",
    [
        "templates: {default: basic}\n",  # another tool's setting
        "templates:\n  - templates/base.html\n  - templates/page.html\n",  # a list of files
        "templates:\n  - {path: a.html, engine: jinja}\n",  # mappings of another tool
    ],
)
def test_another_tools_templates_key_is_not_a_collection(data: str) -> None:
    assert collection.parse(SourceFile("helm.yaml", data)) is None


def test_a_collection_with_a_bad_item_is_still_reported() -> None:
    data = "templates:\n  - name: a\n    body: Hi\n  - just text\n  - name: b\n"
    assert _problems("c.yaml", data) == [
        "template #2 must be a mapping with 'name' and 'body'",
        "template 'b' has no 'body'",
    ]


def test_a_collection_whose_body_key_is_misspelt_is_still_one() -> None:
    data = (
        "templates:\n  - title: Intro note\n    message: |\n"
        "      Hi there, since we are both in the same industry, lets connect!\n"
    )
    assert _problems("c.yaml", data) == [
        "template '#1' has no 'body' (is 'message' meant to be its body?)"
    ]


def test_the_front_matter_closes_at_the_first_line_of_dashes_or_dots() -> None:
    """The closing line is found from the line break before it: where a multiline search for
    a line of ``---`` or ``...`` finds it, in generated files."""
    plain = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
    lines = ["---", "...", "--- ", "...\t", "----", "-- -", " ---", "..", "a: b", "", "x: ---"]
    rng = random.Random(5)
    closed = 0
    for _ in range(3000):
        data = "\n".join(["---", *(rng.choice(lines) for _ in range(rng.randint(0, 4)))])
        expected = plain.search(data, 4)
        found = text._FRONT_END.search(data, 3)
        assert (found and found.start("line")) == (expected and expected.start()), data
        assert (found and found.end()) == (expected and expected.end()), data
        closed += found is not None
    assert closed > 1000
    for empty in ("---\n---\nHi", "---\n...\t\nHi"):  # closed on the line after the opening one
        assert [t.body.text for t in text.parse(SourceFile("a.md", empty)).templates] == ["Hi"]
