"""Character references in HTML e-mails: decoded to what the recipient reads, every offset of
the decoded text still pointing at the file."""

from __future__ import annotations

import pytest

from outreach_lint.model import Field
from outreach_lint.references import decoded
from outreach_lint.source_map import Segment, SourceMap


def field(text: str, at: int = 0) -> Field:
    return Field("body", text, SourceMap.contiguous(at, len(text)))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("we&rsquo;re", "we\u2019re"),
        ("R&amp;D", "R&D"),
        ("a &mdash; b &#8212; c &#x2014; d &#X2014;", "a \u2014 b \u2014 c \u2014 d \u2014"),
        ("&eacute;t&eacute;", "\u00e9t\u00e9"),
        ("&quot;hi&quot;", '"hi"'),
        ("&amp;amp; &amp;nbsp;", "&amp; &nbsp;"),  # one pass: what the recipient reads
    ],
)
def test_references_read_as_the_characters_they_show(text, shown):
    new = decoded(field(text))
    assert new is not None
    assert new.text == shown
    assert new.name == "body"


@pytest.mark.parametrize(
    "text",
    [
        "no reference at all",
        "&nbsp;&NBSP;&ensp;&emsp;&thinsp;&zwnj;&zwj;&shy;&#160;&#xa0;&#8203;&#x200B;",  # spaces
        "&lt;p&gt; &#60; &#x3e; &#x003C;",  # they would read as a tag
        "&foo; &bogus123; & amp; &amp &#; &#x;",  # no such reference, or not one
    ],
)
def test_spaces_brackets_and_non_references_are_left_as_written(text):
    assert decoded(field(text)) is None


def test_every_offset_maps_to_the_file_the_decoded_characters_to_their_reference():
    text = "&ldquo;Hi&rdquo; we&rsquo;re R&amp;D&hellip;"
    at = 100  # the body starts at offset 100 of its file
    new = decoded(field(text, at))
    assert new is not None
    assert new.text == "\u201cHi\u201d we\u2019re R&D\u2026"
    to_file = new.source_map.to_file
    for i, char in enumerate(new.text):
        where = to_file(i) - at
        if char in "\u201c\u201d\u2019&\u2026":  # a decoded character: its reference's "&"
            assert text[where] == "&"
        else:  # text copied as written: the same character
            assert text[where] == char
    # a span's end after a decoded character is past its reference; the text's end, the field's
    assert new.source_map.span_to_file(0, 1) == (at, at + len("&ldquo;"))
    assert to_file(len(new.text)) == at + len(text)
    assert new.source_map.file_start == at
    assert new.source_map.file_end == at + len(text)


def test_a_field_of_several_runs_keeps_its_gaps():
    # a YAML block scalar: "ab&amp;c" then, on the next line of the file, "d&lt;e"
    text = "ab&amp;c\nd&lt;e"
    runs = SourceMap([Segment(0, 10, 9), Segment(9, 30, 6)])
    new = decoded(Field("body", text, runs))
    assert new is not None
    assert new.text == "ab&c\nd&lt;e"
    to_file = new.source_map.to_file
    assert [to_file(i) for i in range(len(new.text) + 1)] == [
        10, 11, 12, 17, 18,  # a, b, "&" at its reference, c, the line break
        30, 31, 32, 33, 34, 35,  # the second run, as it was
        36,
    ]  # fmt: skip
