"""The faster regular expressions match exactly what ``re.compile`` matches.

``compile_regex`` rewrites patterns so the engine can skip ahead (``first_chars``), and
``compile_folded`` matches case-insensitive patterns against lower-cased text (``fold``). A
rule that missed a phrase because of either would be a silent false negative, so every
pattern of the built-in rules is checked against ``re`` on real templates, with every span of
every group compared, and so are a few thousand generated patterns.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from generated_patterns import random_pattern

import outreach_lint
from outreach_lint import first_chars, hoist, sre
from outreach_lint.fold import fold_char, fold_text
from outreach_lint.patterns import _Deferred, built, compile_folded, compile_regex
from outreach_lint.prefilter import Prefiltered

TESTS = Path(__file__).parent


def _sampled(paths: list[Path], every: int) -> list[Path]:
    """One file in ``every``, chosen by its name: adding a file leaves the others' choice."""
    return [p for p in sorted(paths) if zlib.crc32(p.name.encode()) % every == 0]


def _texts() -> list[str]:
    files = _sampled(list(TESTS.glob("corpus/**/*.md")), 4)
    files += _sampled(list(TESTS.glob("holdout/*.md")), 6)
    texts = [p.read_text(encoding="utf-8") for p in files]
    texts.append(
        "İstanbul KELVIN \u212a ſtart ıdea Straße ÉCOLE naïve\tTABS\r\nCRLF 🙂 emoji — dash"
    )
    # The same texts in other cases, and with the letters IGNORECASE treats specially.
    special = str.maketrans({"i": "\u0130", "k": "\u212a", "s": "\u017f"})
    return texts + [t.upper() for t in texts[::3]] + [t.translate(special) for t in texts[1::3]]


TEXTS = _texts()
FOLDED = [fold_text(t) for t in TEXTS]


def _builtin_patterns() -> Iterator[re.Pattern[str]]:
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(outreach_lint.__path__, "outreach_lint."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            candidates = value if isinstance(value, tuple) else (value,)
            for item in candidates:
                item = getattr(item, "pattern", item) if isinstance(item, tuple) else item
                item = item.pattern if isinstance(item, Prefiltered) else item
                item = built(item) if isinstance(item, _Deferred) else item
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    key = (item.pattern, item.flags & ~re.UNICODE)
                    if key not in seen:
                        seen.add(key)
                        yield item


BUILTIN = list(_builtin_patterns())


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


def _same(source: str, flags: int, texts: list[str] = TEXTS) -> int:
    """``compile_regex`` finds what ``re.compile`` finds; returns on how many texts (what was
    really compared: finding nothing on both sides checks nothing)."""
    ours, stock = compile_regex(source, flags), re.compile(source, flags)
    matched = 0
    for text in texts:
        expected = _matches(stock, text)
        assert _matches(ours, text) == expected, (source, text[:80])
        matched += bool(expected)
    return matched


def _same_folded(source: str, flags: int, texts: list[str] = TEXTS) -> int:
    """``compile_folded`` on folded text finds what ``re.IGNORECASE`` finds on the text."""
    try:
        ours = compile_folded(source, flags)
    except ValueError:  # back-references, case-sensitive parts: compile_folded refuses them
        return 0
    stock = re.compile(source, flags | re.IGNORECASE)
    matched = 0
    for text in texts:
        expected = _matches(stock, text)
        assert _matches(ours, fold_text(text)) == expected, (source, text[:80])
        matched += bool(expected)
    return matched


def test_the_rules_have_patterns_to_check() -> None:
    assert len(BUILTIN) > 100


# Texts for the patterns the templates above never match: whole values (codes, numbers, YAML
# scalars), pieces the rules search in windows, and phrases the labelled templates avoid.
SAMPLES = [
    "OL101",
    "(?i:dear) sir",
    "We need a coding wizard.",
    "Your interview for the Staff Nurse role is confirmed. Before your first shift, as discussed: "
    "thanks for accepting the offer; you applied for it. Thanks for the call! You're booked for "
    "Monday. Your slot is now 2pm.",
    "Dear {{ first_name|default('there', true) }}, Hi {{ first_name|d(\"Candidate\", true) }},",
    "ALL",
    "C:/templates",
    "templates:\n  - id: a",
    "[tool.outreach-lint]\n",
    "[tool.outreach_lint]\n",
    "insert rate here, Insert the benefits details here, insert your availability here",
    "Thanks,\nTom\n\nP.S. Not interested?\nPS: and\np.s. more\nP.P.S. last",
    "Insert your full name and mobile here, insert hourly rate, plus mileage, here",
    "[Job]: Job Title, Location",
    "[Role] - Locum People Ltd, Acme Group",
    "you'd love to join my network, be part of my community",
    "Name: outreach-lint\nVersion: 1.0\n",
    "Hi <!-- internal note --> there {# a comment #} and {{!-- another --}} {{! one more }}",
    "Hi\x07there\x00",
    "<!-- outreach-lint: noqa: OL101, OL204 -->",
    "*|LIST:ADDRESS|* *|HTML:LIST_ADDRESS_HTML|*",
    "Привет Ана, 你好 안녕하세요 مرحبا שלום Γεια σου こんにちは ｶﾀｶﾅ",
    "*|TITLE:FNAME|* *|DATE:d/m/y|* {first_name!s} {salary:,} {city:>10}",
    "{% for a, b in skills %}{{ a }}{% endfor %}{% set c = x %}{{#each jobs}}{{title}}{{/each}}",
    "- ",
    "  1. ",
    "Book here: https://cal.example.com/jo or www.example.org, or mail jo@example.com.",
    "Thanks,\nJo\n\nKind regards,\nSam",
    "I'm a recruiter at Acme, as a recent graduate myself",
    "We need someone to lead our payroll team.",
    "Are you open to",
    "Thanks for your interview about Kafka.",
    "If you don't send your payslips, that's fine.",
    "If you can't send your payslips today, that's fine, Monday works too.",
    "Your payslips should be sent to you and to us every Friday.",
    "new role",
    "Acme, is",
    "Northwind is",
    "a rockstar, a jedi, a superstar, an A-player, a unicorn and a go-getter",
    "I hope this email finds you well. We work hard and play hard and wear many hats.",
    "I trust this email finds you well: it's a once-in-a-lifetime opportunity.",
    "In the role you'll get the chance to ",
    "I'm not pitching you ",
    "Our clients in Kent are after two HCAs.",
    "We want a self-starter for a fast-paced environment: top talent, a best-in-class perfect "
    "fit who can think outside the box.",
    "Our fast\u2013paced & friendly team wants a self\u2011starter, 9\u20135, "
    "best\u2013in\u2013class.",
    "Tell me what you currently earn.",
    "They'd like to see your last three payslips too.",
    "A young, dynamic team of digital natives wants someone who qualified in 2020 or 2021.",
    "Ideally between 25 and 35 years old, or someone who is 25-35.",
    "Reply with 'YES'",
    "Your really impressive profile",
    "Thanks for your work on ",
    "Let's stay in touch.",
    '<html><head><style>p { color: red }</style></head><p class="x">Hi</p><br/></html>',
    "Just following up on my note: a gentle reminder, a bump, a follow-up. Re: follow_up",
    "Just following up on my note about the flatbed spots. Want me to hold one for you?",
    "Hi {!Contact.FirstName}, {!Contact.FirstName, there} and {!User.Name}",
    "Let's touch base and circle back: we're like a family, one of the leading firms.",
    'subject: "caf\\xe9 \\u00e9 \\U0001F600 \\n"',
    "You've run nights on the ward for three years at ",
    "lately",
    "If so, just reply with '",
    "kebab-case-name",
    "42",
    "-3.5e2",
    "''",
    '"quoted"',
    "'single'",
    "congratulations on ",
    "Would you know anyone? Your lab has given you the kind of work this role needs.",
    "Your post about it. Acme is hiring a Team Lead to do the same thing.",
    "and that",
    "Vector{Float64}",
    "{{#if first_name}}Hi {{first_name}}{{else}}Hello{{/if}}",
    "since ",
    "Hi {{ first_name|default('') }}, {{ name or \" \" }}",
    "one\u2028two\x85three",
    "one\ue028two\ue085three",
    "a _rockstar_ and a __ninja__ for first_name",
    "With two years coaching new starters at Acme, you'd suit it: your two years coaching are "
    "exactly the patch a manufacturer wants covered and the skill the board has prioritised.",
    "Thank you so much for interviewing, and thanks for coming in for the interview.",
    "Thanks for coming in for the trial shift and interview.",
    "Congratulations again on accepting our training contract; thanks for registering with us. "
    "I'm sorry to say they've offered the job to a chef. You covered ED nights for us, and your "
    "contract with Halden Bank ends on Friday: they'd like to extend you.",
    "Before we can book you into schools, I need your passport.",
    "Shout if you'd like more info, shout me when you're free, or just shout.",
    "Re: the role {# noqa #} #hiring  # for the ward",
    "I'm not trying to ",
    "I'd love for you to meet people in my network through me.",
    "singles",
    "d'Souza",
    "fine",
    "outreach_lint-1.2.dist-info",
    "Great to welcome you to my network; I hope you'll be part of my circle, and to count you "
    "among my connections.",
    "Thanks for the referral of Sam for the Site Manager job.",
    "I hear your ward is after two Band 5 nurses for nights.",
    "Thank you for interviewing our candidate Sam for the Site Engineer role.",
    "I see you've been at \x1a\x1a\x1a for a few years now.",
    "I noticed \x1a\x1a\x1a has had a maths teacher vacancy advertised since October.",
    "I see you're in the CVICU at \x1a\x1a\x1a. I have a nights CVICU role and a post on the NICU.",
    "We have two qualified maths teachers available. We've staffed kitchen brigades for three "
    "openings; a matter that size usually needs extra paralegals. Could I send you their CVs?",
    "A Birmingham firm has opened a paid returner programme for audit managers.",
    "The residents say it feels like a family, and our team agrees.",
    "Guests say the carers on Ward 7 are like a family, in a fast-paced, though supportive, "
    "environment.",
    "We're hiring a Careers Adviser to work with recent design graduates, and want to train a "
    "recent graduate; a coach supporting the recent graduates.",
    "We're hiring a Careers Adviser to work with ",
    "a coach supporting the ",
    "The client requires an enhanced DBS, and your payslips are issued every Friday; it asks to "
    "see proof of address and will issue your P60.",
    "If you don't provide your payslips, your P60 is needed, but just the last one; it will also "
    "be required.",
    "if you ",
    "don't send",
    "a Sous Chef role that suits him, and a Head Chef role at their Leeds site",
    "where the engineering manager wants to meet him next week, to support her through it",
    "a role as a Staff Nurse on Ward 7, a post for a Site Engineer",
    " the client insists on seeing, if a trust ever needs them, some agencies insist",
    "I saw you've done home care with ",
    "You came second in the Swedish Barista Championship.",
    "Could ",
    "We've just filled our ",
    "Your years in small animal practice at \x1a\x1a\x1a are why I'm writing.",
    "Your years in general practice at Westway are why I'm writing.",
    "They want an HR Business Partner who has done it before.",
    "That is exactly the first project for our new Senior Backend Engineer.",
    "Because you already know cardiology terms in both languages, you would start well ahead.",
    "I came across your work on sales at \x1a\x1a\x1a. We're hiring.",
    "I came across your work on sales at ",
    "We spoke when you were looking to move from nights into a day-time supervisor role.",
    "I saw you did three years as Third Engineer on the Skandi Acergy.",
    "{% if ${last_name} != blank %}Hi {{${first_name} | default: 'there'}}{% endif %} in "
    "{{custom_attribute.${city}}}",
    '%%[ IF NOT EMPTY(FirstName) THEN SET @greeting = "Hi" ENDIF ]%%\n%%=v(@greeting)=%% at '
    "%%=ProperCase(Employer)=%%, %%College%%, %FIRSTNAME%",
    "Lots of you told us, and maybe ",
    "Lots of you told us, and if ",
    "<p>R&amp;D&nbsp;team &mdash; we&#8217;re &#x2014; &SHY;&foo; &#60;</p>",
    "A mental health nurse who has just moved to Canterbury and wants ",
    "Your post about the Management Accountant role at Acme",
    "That's why I'm writing, and it is the reason I am reaching out.",
    "This role is mostly that, and the job is largely the same.",
]


@pytest.mark.parametrize("pattern", BUILTIN, ids=lambda p: p.pattern[:40])
def test_builtin_pattern_matches_as_re_does(pattern: re.Pattern[str]) -> None:
    flags = pattern.flags & ~re.UNICODE
    texts = TEXTS + SAMPLES
    matched = _same(pattern.pattern, flags, texts) + _same_folded(pattern.pattern, flags, texts)
    assert matched, "no text matches this pattern, so nothing was compared: add a sample"


@pytest.mark.parametrize(
    "source",
    [
        r"\bfoo\b",
        r"\b(?:cat|car|dog|cow)s?\b",
        r"\b(?:a|ab|abc)",  # order of alternatives decides the match
        r"(?:ab|[ab]c|a)",  # "a" may not move up past "[ab]c"
        r"\b(?:co|\w\w\w|c)",
        r"(?:abc|ab|a)c?",
        r"(?<!big\s)\b(?:deal|data)\b|\bdata(base)?\b",
        r"\B(?:ing|ed)\b",
        r"(?:^|(?<=[.!?]\s))(?:still\s+)?looking\b",
        r"\b(?P<word>kit|ski|ice)\w*",
        r"(?:x|\d+|[A-F]{2})\b",
        r"\s*(?:the\s+)?(?:industry|sector)",
        r"(?=\w)\bstart",
        r"\b(?:İ|ı)",
        # groups of alternatives at the start of an alternative, spread into it
        r"\b(?:(?:sales|account)\s+lead|data\s+lead|(?:ab|a)c|abd|s\w+)s?\b",
        r"(?:(?:a|ab)|(?:b|ba))c",
        r"(?:(?:x|y)(?:1|2)|x3|y)",
        r"(?:(?P<g>a|b)c|ad)",  # a capturing group stays whole
        r"(?:(?i:a|b)c|ad)",  # so does a group with flags
        r"(?:(?:a|b)*c|ac)",
        r"(?:(?:ab|a)(?=b)|a)\w",
        # a boundary test after lookarounds, moved before them to be shared
        r"(?<!sell\sto\s)\bdigital|\byoung\b|(?<=with\s)(?<!even\swith\s)\b(?:under|less)",
        r"(?=[\db])(?<!a\s)\b\d+|\bwho\b|(?<=(?P<w>x))\Bx|(?!ab)\ba\w",
    ],
)
def test_handwritten_patterns_match_as_re_does(source: str) -> None:
    for flags in (0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE):
        _same(source, flags)
    _same_folded(source, 0)


ATOMS = ["a", "b", "c", "ab", "ba", "K", "s", "i", r"\s", r"\w", r"\d", "[a-c]", "[^b]", "."]
REPEATS = ["", "", "", "?", "*", "+", "{1,2}"]


def test_generated_patterns_match_as_re_does() -> None:
    rng = random.Random(20261125)
    texts = [
        "".join(rng.choice("abcKSsiI \u0130\u212a\u017f\n1_.") for _ in range(rng.randint(0, 40)))
        for _ in range(60)
    ]
    folded = [fold_text(t) for t in texts]
    for _ in range(600):
        source = random_pattern(rng, ATOMS, REPEATS)
        try:
            stock = re.compile(source)
        except re.error:
            continue
        for flags in (0, re.IGNORECASE):
            _same(source, flags, texts)
        ours = compile_folded(source)
        stock = re.compile(source, re.IGNORECASE)
        for text, fold in zip(texts, folded, strict=True):
            assert _matches(ours, fold) == _matches(stock, text), (source, text)


def test_a_bad_pattern_raises_re_error() -> None:
    with pytest.raises(re.error):
        compile_regex(r"(unclosed")
    with pytest.raises(re.error):
        compile_folded(r"[z-a]")


def test_case_sensitive_parts_cannot_be_folded() -> None:
    with pytest.raises(ValueError):
        compile_folded(r"\b(?-i:NHS)\b")


def test_folding_keeps_length_and_offsets() -> None:
    for text, folded in zip(TEXTS, FOLDED, strict=True):
        assert len(folded) == len(text)
    assert fold_text("İstanbul ſtraße K") == "istanbul straße k"


def test_fold_char_is_what_ignorecase_compares() -> None:
    for code in range(0x3000):
        char = chr(code)
        assert re.fullmatch(re.escape(chr(fold_char(code))), char, re.IGNORECASE), hex(code)


def test_fold_text_folds_every_character_as_fold_char_does() -> None:
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and c != 0x130]
    for start in range(0, len(chars), 4096):
        chunk = "".join(chars[start : start + 4096])
        assert fold_text(chunk) == "".join(chr(fold_char(ord(c))) for c in chunk), start
    assert fold_text("İ is dotted") == "i is dotted"
    assert fold_text("ΟΔΟΣ ΟΔΟΣ") == fold_text("οδοσ οδος")  # final sigma


def test_ascii_letters_match_the_listed_characters_only() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    listed = {c: first_chars.variants(ord(c), re.IGNORECASE) for c in "abcdefghijklmnopqrstuvwxyz"}
    for code in range(0x110000):
        char = chr(code)
        if letter.fullmatch(char):
            owners = [c for c, chars in listed.items() if code in chars]
            assert len(owners) == 1, hex(code)
            assert re.fullmatch(owners[0], char, re.IGNORECASE), hex(code)


@pytest.mark.parametrize(
    ("source", "flags", "kind"),
    [
        (r"\b(?:rock|star)s?\b", re.IGNORECASE, "charset"),
        (r"(?<!big\s)\bdeal", 0, "prefix"),
        (r"\bdeal", re.IGNORECASE, "charset"),
        (r"^deal", 0, "none"),  # tried at the start only
        (r"\w+", 0, "charset"),
        (r"(?:a|)b?", 0, "none"),  # can match the empty string
    ],
)
def test_the_engine_is_told_where_matches_can_start(source: str, flags: int, kind: str) -> None:
    """What makes the difference in speed: the info block names a literal prefix or a set of
    first characters where the stock compiler names none."""
    _compiler, _constants, _parser = sre.compiler, sre.constants, sre.parser

    parsed = _parser.parse(source, flags)
    code = first_chars.with_first_chars(_compiler._code(parsed, flags), parsed, flags)
    mask = code[2]
    found = (
        "prefix"
        if mask & _constants.SRE_INFO_PREFIX
        else "charset"
        if mask & _constants.SRE_INFO_CHARSET
        else "none"
    )
    assert found == kind


def test_ascii_word_pattern_finds_the_words_the_unicode_one_finds() -> None:
    """``text_stats`` counts words with ASCII classes when the text is ASCII and placeholder
    masks (a third faster); it must find exactly the words the Unicode pattern finds there."""
    from outreach_lint.message import MASK
    from outreach_lint.rules import text_stats

    rng = random.Random(7)
    alphabet = "aZ9_'-%.,:/ \n\t!?;" + MASK
    texts = [t.encode("ascii", "replace").decode() for t in TEXTS]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(500)]
    for text in texts:
        assert text_stats._words_pattern(text) is text_stats._ASCII_WORD
        ours = [m.span() for m in text_stats._ASCII_WORD.finditer(text)]
        assert ours == [m.span() for m in text_stats._WORD.finditer(text)], text
    assert text_stats._words_pattern("café " + MASK) is text_stats._WORD


SENTENCE_REFERENCE = re.compile(
    r"((?:[^.!?;:\n]+|\n(?=[ \t]*[a-z])(?<=[^\n]{50}\n)|[.!?;:](?=[^\s.!?;:]))+[.!?;:]*)"
)
"""``text_stats``' sentences written plainly: one repeat of "a run of plain characters, or a
line break that wraps a paragraph, or a mark inside a word", then the marks that end it. The
faster forms must split every text exactly as this one."""

LINE = "x" * 50
"""A line long enough for the line break after it to wrap a paragraph."""

SENTENCE_SPLITS = {
    "": [""],
    "Hi.": ["", "Hi.", ""],
    "Call 1.:2 tomorrow, or email me.": ["", "Call 1.:", "", "2 tomorrow, or email me.", ""],
    "e.g. this": ["", "e.g.", "", " this", ""],
    "37.5 hours at example.com": ["", "37.5 hours at example.com", ""],
    "Wait... what?! Yes.": ["", "Wait...", "", " what?!", "", " Yes.", ""],
    "a.?b": ["", "a.?", "", "b", ""],
    "\n.x": ["\n", ".x", ""],
    ". .": [".", " .", ""],
    "End.\n": ["", "End.", "\n"],
    "\n\nHi\n\n- one\n- two\n": ["\n\n", "Hi", "\n\n", "- one", "\n", "- two", "\n"],
    LINE + "\nnext": ["", LINE + "\nnext", ""],
    LINE + "\n \tnext": ["", LINE + "\n \tnext", ""],
    LINE[1:] + "\nnext": ["", LINE[1:], "\n", "next", ""],
    LINE + "\nNext": ["", LINE, "\n", "Next", ""],
    LINE + "\n\nnext": ["", LINE, "\n\n", "next", ""],
    LINE + "\n.next": ["", LINE, "\n", ".next", ""],
    LINE + ".\nnext": ["", LINE + ".", "", "\nnext", ""],
    "Café. Résumé\u00a0x.\u00a0y": ["", "Café.", "", " Résumé\u00a0x.", "", "\u00a0y", ""],
    "第一。第二. é.é": ["", "第一。第二.", "", " é.é", ""],
    "a.\u2028b;\u3000c:é": ["", "a.", "", "\u2028b;", "", "\u3000c:é", ""],
    "See:\x0bnow!\x7f.\x1a": ["", "See:", "", "\x0bnow!\x7f.\x1a", ""],
    "déjà " * 10 + "vu\nsuite": ["", "déjà " * 10 + "vu\nsuite", ""],
}
"""Texts and their splits by ``SENTENCE_REFERENCE``: marks inside and after words, runs of
marks, line breaks after lines of 49 and 50 characters before a lower-case word or not,
Unicode spaces, full-width marks and ASCII control characters."""


def _sentence_texts(count: int) -> list[str]:
    """Random texts thick with what sentences turn on: the marks, line breaks, spaces and tabs,
    Unicode spaces, lines of about 50 characters before a break, every ASCII character."""
    rng = random.Random(12)
    marks = list(".!?;:\n \t") * 3
    plain = list("abzAZ09'\",)-\x1a\x0b\r")
    unicode = ["\x85", "\xa0", "\u2028", "\u3000", "é", "。", "🙂"]
    every_ascii = [chr(c) for c in range(128)]
    texts = []
    for _ in range(count):
        roll = rng.random()
        alphabet = every_ascii if roll < 0.2 else marks + plain + unicode * (roll > 0.6)
        text = "".join(rng.choices(alphabet, k=rng.randrange(60)))
        for _ in range(rng.randrange(3)):
            i = rng.randrange(len(text) + 1)
            line = "".join(rng.choices("ab ., :", k=rng.randrange(46, 54)))
            after = rng.choice(("", " ", "\t", " \t")) + rng.choice("azZ.\n é")
            text = text[:i] + line + "\n" + after + text[i:]
        texts.append(text)
    return texts


def test_sentence_patterns_split_as_their_reference() -> None:
    """``text_stats`` splits sentences with a pattern of its own for ASCII text and one for any
    text; each must split as ``SENTENCE_REFERENCE``, on the texts above and on generated ones
    (the ASCII one on ASCII text only: it is used on nothing else)."""
    from outreach_lint.rules import text_stats

    for text, expected in SENTENCE_SPLITS.items():
        assert SENTENCE_REFERENCE.split(text) == expected, text
    texts = [*SENTENCE_SPLITS, *TEXTS, *_sentence_texts(20_000)]
    ascii_texts = 0
    for text in texts:
        expected = SENTENCE_REFERENCE.split(text)
        assert text_stats._SENTENCE.split(text) == expected, text
        if text.isascii():
            assert text_stats._sentence_pattern(text) is text_stats._ASCII_SENTENCE
            assert text_stats._ASCII_SENTENCE.split(text) == expected, text
            ascii_texts += 1
    assert text_stats._sentence_pattern("café") is text_stats._SENTENCE
    assert 5_000 < ascii_texts < len(texts) - 5_000


def test_bang_runs_are_the_plain_patterns_matches() -> None:
    """``shouting.bang_runs`` finds runs from their first "!" without a pattern; it must find
    exactly the runs that ``[!?]*![!?]*![!?]*`` finds."""
    from outreach_lint.rules import shouting

    plain = re.compile(r"[!?]*![!?]*![!?]*")
    rng = random.Random(9)
    texts = TEXTS + ["".join(rng.choice("!!??a .") for _ in range(30)) for _ in range(500)]
    found = 0
    for text in texts:
        ours = [tuple(span) for span in shouting.bang_runs(text)]
        assert ours == [m.span() for m in plain.finditer(text)], text
        found += len(ours)
    assert found > 500


def _alternatives_after_hoisting(source: str) -> int:
    _constants, _parser = sre.constants, sre.parser

    parsed = _parser.parse(source, 0)
    hoist.hoist(parsed, 0)
    return max(len(av[1]) for op, av in parsed.data if op is _constants.BRANCH)


def test_alternatives_spread_from_a_leading_group_join_the_others() -> None:
    # Spread, the eight alternatives start with "s", "a" or "d": three tries instead of five.
    source = r"(?:sales|account)\s+lead|data\s+lead|(?:support|admin)\s+lead|(?:sre|ae)"
    assert _alternatives_after_hoisting(source) == 3


def test_a_boundary_test_after_lookarounds_is_shared_with_the_neighbours() -> None:
    # Each alternative starts with "\\b" once it is moved before the lookarounds: one test.
    source = r"(?<!x\s)\bfoo|\bbar|(?<=y\s)(?!bazz)\bbaz|\bqux"
    assert _alternatives_after_hoisting(source) == 1


def test_only_short_rests_are_copied_into_spread_alternatives() -> None:
    rest = r"\s+" + r"\s+".join(f"word{i}" for i in range(40))
    long_rest = "(?:" + "|".join(f"{chr(97 + i)}1" for i in range(20)) + ")" + rest + "|z"
    assert _alternatives_after_hoisting(long_rest) == 2  # left as it was


def _hoisted_code(pattern: re.Pattern[str]) -> list[int]:
    _compiler, _parser = sre.compiler, sre.parser

    flags = pattern.flags & ~re.UNICODE
    parsed = _parser.parse(pattern.pattern, flags)
    hoist.hoist(parsed, flags | parsed.state.flags)
    code: list[int] = _compiler._code(parsed, flags)
    return code


def test_rests_of_merged_alternatives_are_hoisted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rests of merged alternatives (``c(?:at|ow)``) have only their starts rewritten:
    what they hold was hoisted with their alternative. Hoisting them again whole, as before,
    gives the same code for every built-in pattern."""
    once = [_hoisted_code(p) for p in BUILTIN]
    plain = hoist.hoist

    def whole(sequence: object, flags: int, alternative: bool = False, inside: bool = True) -> None:
        plain(sequence, flags, alternative, inside=True)

    monkeypatch.setattr(hoist, "hoist", whole)  # (hoist's own calls go through it too)
    again = [_hoisted_code(p) for p in BUILTIN]
    assert len(once) > 200
    assert once == again
