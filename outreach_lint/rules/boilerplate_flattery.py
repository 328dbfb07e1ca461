"""## What it does

Flags stock praise that names nothing: "I came across your impressive profile", "your
background is impressive", "I was really impressed by your experience", "your profile caught
my eye", "you have an amazing background", "your portfolio is stunning", "I've been following
your career with great interest", "I love your work", "you clearly have a wealth of
experience". Praise is fine when the same sentence says what impressed you: a placeholder for
the recipient's company or work (`{{ company }}`, `{{ recent_post }}`), or something named
("your talk on Kafka at Berlin Buzzwords", "your experience scaling payments at Monzo", "I love
your work on the Crick routing project"). After "I love your work" or "a wealth of
experience", the next sentence may name it instead ("I love your work. Your rebrand for Oatly
was…").

## Why is this bad?

Recipients single out empty flattery ("I came across your impressive profile") as the mark of
mail-merge: it is sent to everyone, so it compliments no one. It also makes the reader wonder
whether anybody looked at their profile at all.

## Example

```markdown
Hi {{ first_name }}, I came across your impressive profile and would love to connect.
```

## Use instead

```markdown
Hi {{ first_name|default('there') }}, your talk on {{ talk_topic }} at PASS Summit was the
clearest take on query tuning I've heard, and it's the work our new Lead DBA will own. Open to
a call?
```

## Options

None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span
from outreach_lint.model import Diagnostic, Rule, Severity
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import Prefiltered, prefiltered
from outreach_lint.rules.phrasing import VAGUE_TOPIC, specific_in

_PRAISE = (
    r"(?:impressive|amazing|incredible|outstanding|excellent|fantastic|remarkable|exceptional|"
    r"stellar|brilliant|wonderful|awesome|great|superb|phenomenal|inspiring|interesting|"
    r"unique|top-notch|enviable|stunning|fascinating|strong|solid|extensive|rich|"
    r"very\s+impressive|really\s+impressive)"
)
_PROFILE = (
    r"(?:profile|background|experience|career(?:\s+(?:path|history|journey))?|track\s+record|"
    r"cv|resume|skill\s*-?set|skills|credentials|work\s+history|achievements|accomplishments|"
    r"expertise|journey|portfolio)"
)
_ADVERB = r"(?:(?:really|truly|very|so|quite|most|extremely|particularly|genuinely|immediately|"
_ADVERB += r"instantly|certainly|definitely|just)\s+)*"
_STANDS_OUT = (
    r"(?:caught\s+my\s+(?:eye|attention)|grabbed\s+my\s+attention|stood\s+out|stands\s+out|"
    r"jumped\s+out(?:\s+at\s+me)?|impressed\s+me|blew\s+me\s+away|piqued\s+my\s+interest|"
    r"speaks?\s+for\s+itself|speak\s+for\s+themselves|(?:is|are)\s+second\s+to\s+none|"
    r"(?:is|are|was|were|looks?|seems?)\s+"
    + _ADVERB
    + r"(?:impressive|amazing|incredible|outstanding|"
    r"excellent|fantastic|remarkable|exceptional|stellar|brilliant|wonderful|awesome|great|"
    r"superb|phenomenal|inspiring|interesting|unique|top-notch|enviable|stunning|beautiful|"
    r"gorgeous))"
)

_FLATTERY_ANYWHERE = (
    # "your impressive profile", "you have an amazing background"
    r"\b(?:your|you(?:'ve|\s+have)(?:\s+got)?(?:\s+(?:an?|such\s+an?|some))?|what\s+an?)\s+"
    + _ADVERB
    + _PRAISE
    + r"\s+(?:professional\s+|work\s+|career\s+|linkedin\s+)?"
    + _PROFILE
    + r"\b"
    # "your profile caught my eye", "your background is impressive" (not "the redesign in your
    # portfolio is stunning": that praises the redesign)
    + r"|(?<!\bin\s)(?<!\bfrom\s)(?<!\bof\s)\byour\s+(?:professional\s+|linkedin\s+|work\s+)?"
    + _PROFILE
    + r"(?:\s+(?:and|&)\s+"
    + _PROFILE
    + r")?\s+"
    + _ADVERB
    + _STANDS_OUT
    + r"\b"
    # "impressed by your experience", "blown away by your background"
    + r"|\b(?:impressed|blown\s+away|struck|wowed|amazed|inspired|intrigued)\s+(?:by|with)\s+"
    r"(?:all\s+)?(?:your\s+(?:(?:professional|linkedin|work|whole|overall)\s+)?"
    + _PROFILE
    + r"|what\s+(?:I\s+saw|I\s+read|you(?:'ve|\s+have)\s+(?:done|achieved|built)))\b"
    # "I came across your profile and was really impressed."
    + r"|\b(?:I\s+was|I(?:'m|\s+am)|and\s+(?:was|am))\s+"
    + _ADVERB
    + r"(?:impressed|blown\s+away)(?=\s*(?:[.!,]|$)|\s+and\b)"
    # "I've been following your career with great interest"
    + r"|\bI(?:'ve|\s+have)\s+(?:long\s+)?(?:been\s+following|been\s+watching|been\s+admiring|"
    r"been\s+tracking|followed|watched|admired|tracked)\s+your\s+"
    r"(?:career|progress|journey|work|profile)\s+(?:with\s+(?:great\s+|real\s+|much\s+)?"
    r"(?:interest|admiration)|for\s+(?:a\s+while|some\s+time|years|a\s+long\s+time))\b"
    + r"|\bI\s+(?:really\s+)?(?:love|loved|admire|admired)\s+your\s+"  # "I love your profile"
    + _PROFILE
    + r"\b"
)
_FLATTERY_AT_START = (
    # At a sentence's start, both phrases tried after one test of it (CPython tries it at every
    # character: a test for each phrase took 15% of the search without a prefilter)
    # "Hi Sam, loved your profile!" (its "I" left out)
    r"|(?:^|(?<=[.!?,]\s))[ \t]*(?:(?:really\s+|just\s+)?(?:love|loved)\s+your\s+"
    + _PROFILE
    + r"\b"
    # "Great profile!"
    + r"|(?:really\s+|very\s+|such\s+an?\s+)?(?:"
    + _PRAISE
    + r"|nice|cool|lovely)\s+(?:profile|background|cv|career)(?=\s*[!.]))"
)
"""Phrases that start a sentence: each names a profile, a background, a CV or a career, or
loves it."""
_AT_START_WORDS = ("love", "profile", "background", "cv", "career")
"""One of which every match of ``_FLATTERY_AT_START`` holds."""
_FLATTERY_ANYWHERE_TOO = (
    # "I love your work.", "you clearly have a wealth of experience": the work they praise may
    # be named in the next sentence ("I love your work. Your Crick routing project…")
    r"|\bI\s+(?:really\s+|just\s+)?(?:love|loved|admire|admired)\s+your\s+(?P<work>work)\b"
    r"|\byou(?:'ve|\s+(?:clearly\s+|obviously\s+|certainly\s+|evidently\s+)?have)(?:\s+got)?\s+"
    r"(?:such\s+)?an?\s+(?:real\s+|huge\s+|great\s+|genuine\s+)?(?P<wealth>wealth|breadth|depth)"
    r"\s+of\s+(?:[\w-]+\s+)?"
    + _PROFILE
    + r"\b"
    # "saw your profile and it looks great"
    + r"|\byour\s+"
    + _PROFILE
    + r"\s*(?:,|and)\s+(?:it|which)\s+"
    + _STANDS_OUT
)
_FLATTERY_NEEDS = (
    "accomplishments",
    "achievements",
    "amazed",
    "background",
    "blown",
    "career",
    "credentials",
    "cv",
    "experience",
    "expertise",
    "impressed",
    "inspired",
    "intrigued",
    "journey",
    "portfolio",
    "profile",
    "progress",
    "resume",
    "skill",
    "struck",
    "track",
    "work",
    "wowed",
)
"""Each phrase names what it praises, or the praise; the analysis finds "you", in every text."""
_FLATTERY = prefiltered(
    _FLATTERY_ANYWHERE + _FLATTERY_AT_START + _FLATTERY_ANYWHERE_TOO,
    re.MULTILINE,
    locate=True,
    needs=_FLATTERY_NEEDS,
)
_FLATTERY_ELSEWHERE = Prefiltered(
    _FLATTERY_ANYWHERE + _FLATTERY_ANYWHERE_TOO, re.MULTILINE, in_set=False, needs=_FLATTERY_NEEDS
)
"""``_FLATTERY`` for a text with none of ``_AT_START_WORDS``, where no sentence-start phrase can
match, when RE2 does not locate its phrases: CPython tries these at every character, and six
texts in ten hold none of the words (over 10,000 generated templates, its search on the texts
it ran on took 0.28 s instead of 1.9 s)."""

_CONCRETE_TAIL = compile_folded(
    r"\s*[—–:]\s*\S|\s+-\s+\S"
    r"|\s+(?:on|about|in|with|at|building|leading|running|scaling|managing|as|from|around|"
    r"across|during|of|designing|developing|delivering|growing|shipping|selling|migrating|"
    r"turning|creating|launching|setting\s+up)\s+(?!" + VAGUE_TOPIC.pattern + r")"
    r"(?!(?:success|achievement|excellence|results|growth|delivering\s+results|your\s+own)\b)"
    r"(?!(?:the|this|that|a)\s+(?:role|position|job|opportunity)\b)"
    r"(?!(?:your|my)\s+(?:linkedin\s+)?(?:profile|page|cv|resume|background)\b)\S"
)


def check(ctx: RuleContext) -> Iterator[Diagnostic]:
    for message in ctx.messages:
        prose = message.folded
        flagged: set[int] = set()
        found = _FLATTERY
        if _FLATTERY.locator is None and not any(w in prose for w in _AT_START_WORDS):
            found = _FLATTERY_ELSEWHERE
        for m in found.finditer(prose):
            sentence = message.sentence_at(m.start())
            if sentence.start in flagged or _CONCRETE_TAIL.match(prose, m.end()):
                continue
            if specific_in(ctx, message, Span(m.start(), m.end())):
                continue
            if (m["work"] or m["wealth"]) and _named_next(ctx, message, sentence.end):
                continue
            flagged.add(sentence.start)
            yield Diagnostic(
                m.start(),
                m.end(),
                "this praise could be sent to anyone: say what impressed you, e.g. a "
                "project, a post or a result of theirs",
                field=message.field.name,
            )


_THEIRS_NAMED = compile_regex(r"\b[Yy]our\s+(?:[\w'-]+\s+){0,4}?(?:[A-Z]|" + MASK + r")")
"""Something of theirs with a name or a placeholder: "Your rebrand for Oatly", "your ten years
at {{ company }}"."""


def _named_next(ctx: RuleContext, message: Message, end: int) -> bool:
    """Does the sentence after the one ending at ``end`` name something specific of theirs
    ("I love your work. Your rebrand for Oatly was…")?"""
    prose = message.prose
    start = end + len(prose[end:]) - len(prose[end:].lstrip())
    following = message.sentence_at(start)
    if following.end <= following.start:
        return False
    named = _THEIRS_NAMED.search(prose, following.start, following.end)
    return named is not None or specific_in(ctx, message, following)


RULE = Rule(
    code="OL104",
    name="boilerplate-flattery",
    docs=__doc__ or "",
    check=check,
    severity=Severity.WARNING,
)
