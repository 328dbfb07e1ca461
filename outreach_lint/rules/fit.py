"""Does the text say why the reader fits the job it pitches?

The signals: a phrase that says so by itself (``fit_phrases``), a claim that something of the
reader's matches the job (``fit_claims``, with the words that make it theirs in
``readers_work``), a job in the hospital unit they work in, or of the kind they held, told the
sender they wanted, or placed in an event named for (below), and placeholders written for each
reader. The patterns run on ``Message.folded``, but for a name written out after a job they held
(``YEARS_AS``) or a placing (``PLACED``).
"""

from __future__ import annotations

import re

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded, compile_regex
from outreach_lint.prefilter import Prefiltered, prefiltered
from outreach_lint.rules.common import (
    OCCUPATION,
    PH,
    ROLE_WORD,
    found_before_in_sentence,
    in_one_sentence,
    sentence_ceiling,
    sentence_floor,
)
from outreach_lint.rules.fit_claims import claims_fit
from outreach_lint.rules.fit_phrases import FIT_PHRASE
from outreach_lint.rules.readers_work import (
    PLACED,
    YEARS_AS,
    not_the_reader,
    search_readers,
    work_elsewhere,
)
from outreach_lint.taxonomy import a_personal_line
from outreach_lint.theirs import a_place

_UNIT = (
    r"(?:cvicu|cticu|neuro\s+icu|ccu|cicu|sicu|micu|nicu|picu|icu|itu|hdu|ed|er|pacu|l&d|"
    r"emergency\s+department|labou?r\s+and\s+delivery|cath\s+lab|med-surg|telemetry|"
    r"step-?down|pcu|oncology|dialysis|postpartum|mother-baby|burns?\s+unit)"
)
"""A hospital unit or specialty a nurse works in: "the CVICU", "L&D", "med-surg"."""
_IN_A_UNIT = compile_folded(
    r"(?<!\bif\s)(?<!\bwhen\s)(?<!\bdo\s)\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been|"
    r"\s+work)\s+(?:currently\s+|now\s+|still\s+)?(?:in|on)\s+(?:the\s+)?(?P<unit>"
    + _UNIT
    + r")\s+(?:at|for|with)\s+"
    + PH
)
"""Their unit where they work: "you're in the CVICU at {{ current_hospital }}" (not "you're at
{{ current_hospital }}", nor "you're in Seattle at …", a place)."""
_A_JOB_IN = compile_folded(
    r"\b(?P<unit>"
    + _UNIT
    + r")\s+(?:[\w'-]+\s+){0,2}?(?:"
    + ROLE_WORD
    + r"|nurses?)\b|\b"
    + ROLE_WORD
    + r"\s+(?:in|on)\s+(?:the\s+|our\s+|their\s+|an?\s+)?(?P<in>"
    + _UNIT
    + r")\b"
)
"""A job in a unit: "a nights CVICU role", "an ICU travel contract", "a post on the NICU"."""


def _in_the_jobs_unit(folded: str) -> bool:
    """Does the text say the reader works in a unit, and then offer a job in that same unit ("I
    see you're in the CVICU at {{ current_hospital }}. I … have a nights CVICU role"; not a job
    in another unit)?"""
    for m in _IN_A_UNIT.finditer(folded):
        for job in _A_JOB_IN.finditer(folded, m.end(), m.end() + 300):
            if (job["unit"] or job["in"]) == m["unit"]:
                return True
    return False


_YEARS_AS = compile_regex(YEARS_AS, re.IGNORECASE)
_MAY_HAVE_SERVED = compile_folded(r"you(?:'ve|\s+have)?\s+(?:did|done|spent|served)\s")
"""The words ``YEARS_AS`` starts with, without its lookbehinds: where it can match. Its own search
tries every "you" of the text (20 us a text where it runs), this one finds "you did" and the like
as a literal search does."""
_WANTED = prefiltered(
    r"\b(?:we\s+(?:spoke|talked|chatted|met)|you\s+(?:told|said|mentioned))\b[^.!?\n]{0,60}?"
    r"\byou\s+were\s+(?:looking|hoping|keen|wanting|trying)\s+to\s+(?:move|step\s+up|get)\s+"
    r"(?:from\s+[^.!?\n]{1,60}?\s+)?(?:into|to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?P<job>"
    + OCCUPATION
    + r")\b"
)
"""The job they told the sender they wanted: "We spoke last spring when you were looking to move
from nights on reception into a day-time supervisor role" (not asked: "are you looking to move
into a supervisor role?")."""
_JOB = compile_folded(r"\b(?:" + OCCUPATION + r")\b")


def _same_job_after(
    message: Message, pattern: re.Pattern[str] | Prefiltered, text: str, start: int = 0
) -> bool:
    """Does ``pattern`` find a job the reader held or wanted (``job``), and the text go on to pitch
    the same kind of job: "you did three years as Third Engineer on the Skandi Acergy. My client
    is hiring a Second Engineer"; "you were looking to move … into a day-time supervisor role. A
    hotel … has asked me for a Front Desk Supervisor" (not a job of another kind)?"""
    folded = message.folded
    for m in pattern.finditer(text, start):
        if not_the_reader(text, m.start()):
            continue  # "lots of you told us when you were looking to move into …"
        kind = _kind_of_job(m["job"])
        for job in _JOB.finditer(folded, m.end(), m.end() + 300):
            if _kind_of_job(job.group()) == kind:
                return True
    return False


def _kind_of_job(noun: str) -> str:
    """A job noun without its plural or case: "Engineers" and "engineer" are one kind."""
    return " ".join(noun.lower().split()).removesuffix("s")


_PLACED = compile_regex(PLACED, re.IGNORECASE)
_MAY_HAVE_PLACED = compile_folded(r"you(?:'ve|\s+have)?\s+(?:came|come|finished|placed|were)\s")
"""The words ``PLACED`` starts with, without its lookbehinds (as ``_MAY_HAVE_SERVED``)."""


def _placed_then_same_job(message: Message) -> bool:
    """Does the text give their placing in an event named for a job, and go on to pitch the same
    kind of job: "You came second in the Swedish Barista Championship, and Kaffebaren is hiring a
    Barista Trainer" (not a job of another kind)?"""
    first = _MAY_HAVE_PLACED.search(message.folded)
    if first is None:
        return False
    # (no match starts before the first place its first words are: searched from there)
    for m in _PLACED.finditer(message.prose, first.start()):
        if not_the_reader(message.prose, m.start()):
            continue  # "some of you came second in …"
        event = _JOB.search(m["event"].lower())
        if event is None:
            continue
        kind = _kind_of_job(event.group())
        for job in _JOB.finditer(message.folded, m.end(), m.end() + 300):
            if _kind_of_job(job.group()) == kind:
                return True
    return False


_YOU = compile_folded(r"\byou(?:r|'ve|'re|\s+have)?\b")


def _fit_phrase(ctx: RuleContext, message: Message) -> bool:
    """Does a phrase say by itself why the reader fits (``FIT_PHRASE``), said of the reader
    (``search_readers``), and not of their work at a place, an industry or the sender's ("your
    work on sales at {{ region }}", ``work_elsewhere``)?"""
    m = search_readers(FIT_PHRASE, message.folded)
    while m is not None and work_elsewhere(ctx, message, m.start()):
        m = search_readers(FIT_PHRASE, message.folded, m.start() + 1)
    return m is not None


def states_fit(ctx: RuleContext) -> bool:
    """Does the text say why the recipient's own background fits?"""
    body = ctx.body
    # (its placeholders first: most texts that say it say it there, and the phrases cost more)
    if _placeholder_for_them(ctx, body):
        return True
    if _fit_phrase(ctx, body) or claims_fit(ctx, body):
        return True
    if _in_the_jobs_unit(body.folded):
        return True
    years = "years" in body.folded or "seasons" in body.folded or "tours" in body.folded
    served = _MAY_HAVE_SERVED.search(body.folded) if years else None
    if (
        served is not None and _same_job_after(body, _YEARS_AS, body.prose, served.start())
    ) or _same_job_after(body, _WANTED, body.folded):
        return True  # the same kind of job they held, or told the sender they wanted
    return _placed_then_same_job(body)  # the kind of job the event they placed in is named for


def _placeholder_for_them(ctx: RuleContext, body: Message) -> bool:
    """A placeholder written for each reader, which can say why they fit, or one for their
    profile in a sentence that speaks to them (not "your work on claims at {{ industry }}")."""
    for p in body.placeholders:
        if a_personal_line(p.name):  # written for each reader: it can say why they fit
            return True
        if ctx.kind(p) == "profile":
            you = _you_around(body, p.start)
            if you is False:
                continue
            # (the text from before its sentence's start holds any place the sentence names,
            # "your work on claims at", and more)
            if you and not a_place(
                words(p.name), body.prose[sentence_floor(body, p.start) : p.start]
            ):
                return True
            s = body.sentence_at(p.start)
            if a_place(words(p.name), body.prose[s.start : p.start]):
                continue  # "your work on claims at {{ industry }}": anyone's
            if _YOU.search(body.folded, s.start, s.end):
                return True
    return False


def _you_around(body: Message, at: int) -> bool | None:
    """Does the sentence of the placeholder at ``at`` hold a "you" (``_YOU``): mostly found
    without splitting the text into sentences, ``None`` when not. One before it there, or after
    it with no break between, is in it; none before it there and none after it up to past the
    sentence's end is none, as no "you" runs across a placeholder."""
    if not body.prose.startswith(MASK, at):
        return None  # (an empty placeholder: a "you" may run across where it is)
    if found_before_in_sentence(body, _YOU, at):
        return True
    later = _YOU.search(body.folded, at, sentence_ceiling(body, at))
    if later is None:
        return False
    return True if in_one_sentence(body, at, later.start()) else None
