"""A file goes to the first parser whose globs claim its name, as ``fnmatch`` matches them."""

from __future__ import annotations

import fnmatch

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
