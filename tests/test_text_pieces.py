"""Texts computed once per message, from pieces, are what their plain definitions give.

``Message.prose``, ``Message.sentences``, ``text_stats.sentence_words`` and the line starts of
``LineIndex`` are built by splitting a text and adding up the lengths of the pieces, not one
character or one match at a time; ``text_stats.sentence_words`` finds the words of each
sentence without a match object for each; ``addresses.addresses`` searches only the lines
that can hold one. Every rule reads them, so each is compared here with the
plain form on the labelled templates and on generated texts full of placeholders, tags,
comments, blank lines, tabs, CRLF, non-breaking spaces, emoji and addresses.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from conftest import body, scanned

from outreach_lint import addresses as addresses_module
from outreach_lint import scan as scan_module
from outreach_lint.builtin.dialects import BUILTIN_DIALECTS
from outreach_lint.message import _QUOTES, MASK, Message, Span
from outreach_lint.model import Dialect, Placeholder
from outreach_lint.rules import sign_off, text_stats
from outreach_lint.source_map import LineIndex, Segment, SourceMap

TESTS = Path(__file__).parent
PIECES = [
    "Hi {{ first_name }},",
    "{% if company %}at {{ company }}{% endif %}",
    "<!-- note -->",
    "{# hidden #}",
    "Your talk on Kafka.",
    "We're hiring!",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "- a list item",
    "1) step one",
    "37.5 hours",
    "e.g. this",
    "Really?!",
    "café",
    "🙂",
    "[Company Name]",
    "(see: www.example.com/jobs).",
    "jo@example.com",
    "a@b.com+x@y.org",
    "WWW.Example.ORG",
    "-https://z.de/a(b)",
    "mailto:jo@x.co.uk,",
    "x@y",
    "\u2003",
    "5..b",
    MASK,  # a stray control character, not a placeholder
    "“quoted”",
    "fast\u2013paced",
    "9\u20135",
    "self\u2011starter",
    " \u2013 ",
    "Wait...",
    "Done.)",
    '"Yes!" ',
    "Why?\n",
    ". ",
    "?!?",
    "\n- ",
    "\n\n2. ",
    "Best,",
    "\nKind regards,\n",
    "\n  Thanks so much!",
    "\ncheers",
    "<p>",
    "</p>",
    "<br>",
    "<li>",
    '<div class="x">',
    "&rsquo;",
    "&amp;",
]


def _texts() -> list[str]:
    files = sorted(TESTS.glob("corpus/**/*.md"))[::3] + sorted(TESTS.glob("holdout/*.md"))
    rng = random.Random(20261125)
    generated = [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(GENERATED)
    ]
    return [p.read_text(encoding="utf-8") for p in files] + generated


GENERATED = 400
TEXTS = _texts()
LABELLED = TEXTS[:-GENERATED]


# A sentence ends after ".", "!" or "?" and the space after it, at a blank line, or before a
# list item: the definition, written as a lookbehind.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")


def _plain_sentences(prose: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(prose):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(prose)))
    out = []
    for s, e in spans:
        chunk = prose[s:e]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Span(s + lead, s + lead + len(chunk.strip())))
    return tuple(out)


def _straightened(text: str) -> str:
    """Curly quotes straight, and an en dash between two letters a hyphen."""
    return re.sub(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])", "-", text.translate(_QUOTES))


def test_prose_is_what_replacing_one_character_at_a_time_gives() -> None:
    masked = blanked = 0
    for text in TEXTS:
        message = scanned(text)
        plain = message._prose_by_char(_straightened(message.text).replace(MASK, " "))
        assert message.prose == plain, text
        assert message.prose.isascii() == _straightened(message.text).isascii(), text
        masked += bool(message.placeholders)
        blanked += bool(message.hidden)
    assert masked > 200 and blanked > 100


def test_prose_of_overlapping_spans_is_still_one_character_at_a_time() -> None:
    text = "Hi {{ name }} there"
    inside = Placeholder("name", "jinja", "body", 3, 13)
    message = Message(body(text), [inside], [], [], [])
    message.hidden = (Span(0, 8),)  # overlaps the placeholder: not something scan makes
    assert message.prose == "   " + MASK * 10 + " there"


def test_prose_of_placeholders_in_any_order_is_the_same() -> None:
    """``scan`` gives a message's placeholders in order, and ``prose`` sorts them only with
    hidden spans: placeholders given in another order are masked one character at a time."""
    shuffled = 0
    for i, text in enumerate(TEXTS):
        message = scanned(text)
        if len(message.placeholders) < 2 or message.hidden:
            continue
        others = list(message.placeholders)
        random.Random(i).shuffle(others)
        if others == list(message.placeholders):
            others.reverse()
        shuffled += 1
        assert Message(message.field, others, [], [], []).prose == message.prose, text
    assert shuffled > 50


def test_sentences_are_the_trimmed_texts_between_sentence_ends() -> None:
    count = 0
    for text in TEXTS:
        message = scanned(text)
        assert message.sentences == _plain_sentences(message.prose), text
        count += len(message.sentences)
    assert count > 2000


def test_sentence_words_are_the_words_of_each_sentence_alone() -> None:
    skipped = 0
    for text in TEXTS:
        message = scanned(text)
        prose = message.prose
        pattern = text_stats._words_pattern(prose)
        urls = text_stats.addresses(message)
        found = text_stats.sentence_words(message)
        starts, ends = found.starts, found.ends
        expected: list[list[tuple[int, int]]] = []
        for start, end in zip(starts, ends, strict=True):
            spans = [(start + a, start + b) for a, b in _spans(pattern, prose[start:end])]
            expected.append([(a, b) for a, b in spans if not any(s <= a < e for s, e in urls)])
            skipped += len(spans) - len(expected[-1])
        assert found.words == [tuple(prose[a:b] for a, b in spans) for spans in expected], text
        flat = [span for spans in expected for span in spans]
        assert text_stats.word_count(message) == len(flat)
        assert text_stats.word_spans(message) == flat, text
        for n, span in enumerate(flat):
            assert text_stats.word_span(message, n) == span, text
        if text in LABELLED:  # real templates: the words of the whole text, none cut in two
            everywhere = [m.span() for m in pattern.finditer(prose)]
            assert [(a, b) for a, b in everywhere if not any(s <= a < e for s, e in urls)] == flat
    assert skipped > 10  # web and e-mail addresses were in the texts


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_a_word_ends_with_its_sentence() -> None:
    message = scanned("Call 1.:2 tomorrow, or email me.")
    found = text_stats.sentence_words(message)
    assert found.words == [("Call", "1.:"), ("2", "tomorrow", "or", "email", "me")]
    assert text_stats.word_span(message, 2) == Span(8, 9)
    with pytest.raises(IndexError):
        text_stats.word_span(message, 7)


def test_addresses_are_the_matches_of_the_address_pattern() -> None:
    found = 0
    for text in TEXTS:
        message = scanned(text)
        expected = [m.span() for m in addresses_module.URL_OR_EMAIL.finditer(message.prose)]
        assert list(text_stats.addresses(message)) == expected, text
        found += len(expected)
    assert found > 300


def test_sentences_for_readability_are_the_matches_of_the_sentence_pattern() -> None:
    for text in TEXTS:
        message = scanned(text)
        found = text_stats.sentence_words(message)
        starts, ends = found.starts, found.ends
        expected = [m.span() for m in text_stats._SENTENCE.finditer(message.prose)]
        assert list(zip(starts, ends, strict=True)) == expected, text


@pytest.mark.parametrize("dialect", BUILTIN_DIALECTS, ids=lambda d: d.name)
def test_a_field_of_placeholders_alone_is_scanned_as_any_other(
    dialect: Dialect, monkeypatch: pytest.MonkeyPatch
) -> None:
    def found(text: str) -> tuple[object, ...]:
        m = scanned(text, [dialect])
        return (m.placeholders, m.hidden, m.comments, m.strays, m.prose)

    short = scan_module._placeholders_only
    taken = []
    monkeypatch.setattr(
        scan_module, "_placeholders_only", lambda f, d: taken.append(short(f, d)) or taken[-1]
    )
    fast = [found(text) for text in TEXTS]
    monkeypatch.setattr(scan_module, "_placeholders_only", lambda f, d: None)
    assert [found(text) for text in TEXTS] == fast
    if dialect.name == "jinja":
        assert sum(bool(t) for t in taken) > 150  # the short way was taken


def test_the_mask_in_a_text_is_a_space_in_its_prose() -> None:
    message = scanned("Hi" + MASK + "{{ name }}, at " + MASK + MASK + "!")
    assert message.prose == "Hi " + MASK * 10 + ", at   !"
    assert [p.name for p in message.placeholders] == ["name"]


def test_quotes_are_straightened_and_tags_blanked_in_prose() -> None:
    text = "“Hi” it’s\u00a0me{% if x %}\n{{ x }}{% endif %}"
    assert scanned(text).prose == '"Hi" it\'s me' + " " * 10 + "\n" + MASK * 7 + " " * 11


def test_the_dashes_word_puts_in_a_word_are_hyphens_in_prose() -> None:
    text = (
        "A fast\u2013paced, best\u2013in\u2013class self\u2011starter: 9\u20135, Leeds \u2013 York"
    )
    assert (
        scanned(text).prose
        == "A fast-paced, best-in-class self-starter: 9\u20135, Leeds \u2013 York"
    )


def test_line_starts_are_one_past_each_line_break() -> None:
    for text in TEXTS:
        index = LineIndex(text)
        breaks = [i for i, c in enumerate(text) if c == "\n"]
        assert [index.offset(line, 0) for line in range(len(breaks) + 1)] == [0] + [
            i + 1 for i in breaks
        ], text
        for i in breaks[:5]:
            assert index.position(i + 1) == (text.count("\n", 0, i + 1) + 1, 1)


def test_a_span_is_placed_as_its_two_ends_are() -> None:
    """``LineIndex.span`` looks for the end on the start's line first; it gives what
    ``position`` gives for each end, the ends past the text and before it included."""
    rng = random.Random(7)
    checked = 0
    for text in TEXTS:
        index = LineIndex(text)
        for _ in range(40):
            start = rng.randint(-3, len(text) + 3)
            end = start + rng.choice([0, 1, 2, 5, 40, len(text) + 5])
            assert index.span(start, end) == index.position(start) + index.position(end), text
            checked += index.position(start)[0] != index.position(end)[0]
    assert checked > 100  # spans over several lines among them


def test_both_ends_are_mapped_to_the_file_as_each_alone() -> None:
    """``SourceMap.span_to_file`` (one segment: no search) maps as ``to_file`` does."""
    maps = [
        SourceMap.contiguous(17, 30),
        SourceMap([Segment(0, 5, 10)]),
        SourceMap([Segment(0, 4, 6), Segment(6, 14, 3), Segment(9, 20, 8)]),
    ]
    for source_map in maps:
        for start in range(-3, 40):
            for end in range(start, 42):
                expected = (source_map.to_file(start), source_map.to_file(end))
                assert source_map.span_to_file(start, end) == expected, (start, end)


def test_the_index_of_a_text_is_made_once_for_that_text() -> None:
    first, second = "a\nb", "".join(["a\n", "c"])
    index = LineIndex.of(first)
    assert LineIndex.of(first) is index
    other = LineIndex.of(second)
    assert other is not index and other.position(3) == (2, 2)
    assert LineIndex.of(first) is not index  # only the last one is kept
    assert LineIndex.of(first).position(3) == (2, 2)


def test_the_text_ends_at_the_first_line_that_signs_off() -> None:
    signed = 0
    for text in TEXTS:
        message = scanned(text)
        m = sign_off.SIGN_OFF.search(message.folded)
        expected = m.start() if m is not None else len(message.prose)
        assert sign_off.text_end(message) == expected, text
        signed += m is not None
    assert signed > 100


def test_the_sentence_at_an_offset_is_the_one_holding_it() -> None:
    between = 0
    for text in TEXTS[::4]:
        # (one message split whole, the other only in the paragraphs it is asked about)
        message, alone = scanned(text), scanned(text)
        for offset in range(-1, len(text) + 2):
            holding = [s for s in message.sentences if s.start <= offset < s.end]
            expected = holding[0] if holding else Span(offset, offset)
            assert message.sentence_at(offset) == expected, (text, offset)
            assert alone.sentence_at(offset) == expected, (text, offset)
            between += not holding
    assert between > 1000
