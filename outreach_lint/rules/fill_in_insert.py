"""Fill-ins that say "insert" (or "add", "enter", "put"), for OL403: an identifier
(``insert_company_name``, ``add-salary-band``), "Insert name", "INSERT salary", a ``____``
blank, and "insert … here" with however many words between ("please insert the agreed hourly
rate for nights here", "insert hourly rate, plus enhancements and mileage, here"), quoted up to
"here" unless a new clause comes first ("Insert the rate and we'll talk it through here").

"Insert" is also a verb in a sentence, and that is decided by grammar a recruiter would
recognise, not by lists of what is inserted:

- "insert" after a pronoun or a modal verb is a verb ("I'll insert the rate into your
  contract", "we can insert your name on the rota"), and an identifier that names no field is a
  word (``add-on``, ``put-together``);
- "insert … here" is a fill-in when the writer or nobody (an instruction) does the inserting,
  unless what goes there is the reader's ("insert your availability here"; not "your Calendly
  link" nor "your company address", the sender's, nor what a signature holds in the sign-off:
  "Kind regards, insert your mobile number here."); when someone else inserts ("you'll", "our
  nurses"), only when "here" ends the sentence ("you will insert duties here.", not "you'll
  insert PICC lines here and at the Royal", where "here" is the workplace).

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from outreach_lint.check import RuleContext
from outreach_lint.message import Message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.prefilter import prefiltered
from outreach_lint.rules.fill_in_tags import LEGAL_FORMS
from outreach_lint.rules.fill_in_words import (
    FIELD_WORDS,
    FILL_WORDS,
    LINE_WORD_BEFORE,
    names_a_field,
)
from outreach_lint.rules.sign_off import SIGN_OFF_OPENING, text_end

_CLAUSE_WORD = r"(?:and|or|but|then|so|if|when|once|while|until|because|[Ii]|we|you|they)"


def insert_here(fields: Iterable[str]) -> str:
    """The pattern of what follows "insert" up to "here", one phrase ("insert the agreed hourly
    rate for nights here"), with an aside between commas ("insert the hourly rate, plus
    enhancements, here") and "and" or "or" before another of the ``fields``' words ("insert
    rate and shift pattern here"), not across a new clause ("insert the card and we'll talk
    here") nor up to "here's"."""
    another_field = "|".join(sorted((w for w in fields if w.isalpha()), key=lambda w: (-len(w), w)))
    return (
        r"(?P<phrase>(?:(?!(?!(?:and|or)\s+(?:"
        + another_field
        + r")\b)"
        + _CLAUSE_WORD
        + r"(?:'\w+)?\b)[\w'-]+,?\s+){0,8}?)here\b(?!')"
    )


_PRONOUN_OR_MODAL = frozenset(
    "i we you they he she it i'll we'll you'll they'll he'll she'll i'd we'd you'd they'd will "
    "would can could shall should may might must to please just simply then and also kindly "
    "or first".split()
)
"""Words before "insert" that make it a verb in a sentence: "I'll insert the rate…", "please
insert the vacancy number in the form"."""
_WORD_BEFORE = compile_regex(r"([\w']+)\s*$")
_INSERT_SOURCE = (
    r"(?P<id>\b(?:insert|add|enter|put)[_-][a-z_-]+\b)"
    # "Insert the hospital name here", "please insert the agreed hourly rate for nights here"
    # (``insert_here_is_a_fill_in`` tells the sentences: "you'll insert PICC lines here and at
    # the Royal"), "Insert name", "INSERT salary" (not "insert a link to your portfolio", a verb
    # in a sentence; "I'll insert the rate" is left by its subject)
    r"|\b(?P<verb>INSERT|Insert|insert)\s+(?:"
    + insert_here((FILL_WORDS | FIELD_WORDS) - {"insert", "here"})
    + r"|(?:\w+\s+){0,3}?(?:name|"
    r"company|role|title|job|link|date|details|location|salary|skill|url|number|rate)\b"
    r"(?!\s+(?:is|was|for|to\s+your)\b))"
    r"|(?<![\w_])_{3,}(?![\w_])"
)
_INSERT = compile_regex(_INSERT_SOURCE)
_MAY_INSERT = prefiltered(_INSERT_SOURCE)
"""``_INSERT`` ignoring case, on folded text: where it finds nothing, ``_INSERT`` cannot match.
Most templates hold no such phrase, and the prefilter skips it there at no cost (``_INSERT``
itself is case-sensitive, which the prefilter's one pass over folded text cannot tell)."""


def insert_fill_ins(ctx: RuleContext, message: Message) -> list[tuple[int, int]]:
    """The spans of ``_INSERT``'s fill-ins in ``message``: ``insert_rate``, "Insert name",
    "please insert rate here", "____"."""
    if not _MAY_INSERT.search(message.folded):
        return []
    prose = message.prose
    return [
        _to_here(prose, m)
        for m in _INSERT.finditer(prose)
        # not "add-on", "put-together", "insert_node()", "we'll insert your name"
        if _an_insert_fill_in(ctx, message, m)
    ]


def _an_insert_fill_in(ctx: RuleContext, message: Message, m: re.Match[str]) -> bool:
    """Is ``_INSERT``'s match ``m`` a fill-in: ``insert_rate`` but not ``add-on``, "please insert
    rate here" but not "you'll insert PICC lines here and at the Royal", "Insert name" but not
    "we can insert your name on the rota"?"""
    if m["id"] is not None:
        return names_a_field(m["id"], after=1)
    if m["phrase"] is not None:
        return insert_here_is_a_fill_in(ctx, message, m)
    return m["verb"] is None or not _after_a_subject(message.prose, m.start())


_TO_HERE = compile_regex(
    r"(?:,?(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:but|then|so|if|when|once|while|until|because|I|we|"
    r"you|they|here)(?:'\w+)?\b)[\w'-]+){0,8}?,?[ \t]+here\b(?!')"
)
"""From the end of "insert" and a field's word, the rest of its phrase up to "here", with "and"
or an aside between commas but no new clause ("Insert your full name and mobile here", "insert
hourly rate, plus enhancements and mileage, here"; not "Insert the rate and we'll talk it
through here")."""


def _to_here(prose: str, m: re.Match[str]) -> tuple[int, int]:
    """The span of the fill-in ``m``, "Insert your full name" up to the "here" that ends its
    phrase ("Insert your full name and mobile here"), quoted whole."""
    if m["verb"] is not None and m["phrase"] is None:
        rest = _TO_HERE.match(prose, m.end())
        if rest is not None:
            return m.start(), rest.end()
    return m.span()


def _after_a_subject(prose: str, start: int) -> bool:
    """Is the word before ``start`` a pronoun or a modal verb, making the "insert" there a verb
    in a sentence ("I'll insert your rate", "we can insert your name"), not a fill-in?"""
    m = _WORD_BEFORE.search(prose, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _PRONOUN_OR_MODAL


_LEADING = frozenset("please just simply kindly also first now then and or but so".split())
"""Words before "insert" that say nothing of who inserts: "please insert", "…, or insert"."""
_MODALS = frozenset("will would can could shall should may might must to".split())
_WRITER = frozenset(["i", "i'll", "i'd"])
_ENDS_THE_SENTENCE = compile_regex(r"[ \t]*(?:[.!?;:)\]\u2026]|$)", re.MULTILINE)


def insert_here_is_a_fill_in(ctx: RuleContext, message: Message, m: re.Match[str]) -> bool:
    """Is the "insert … here" matched by ``m`` (from "insert", with group ``phrase``) a
    fill-in ("please insert the hourly rate here", "I'll insert the job spec link here once…"),
    not the reader's to do ("insert your availability here") nor a sentence about the job
    ("you'll insert PICC lines here and at the Royal")?"""
    prose = message.prose
    inserted = words(m.group("phrase"))
    if "your" in inserted and not _the_senders(ctx, message, m, inserted):
        return False  # "please insert your availability here": the reader's to do
    if _someone_else_inserts(prose, m.start()):
        # "you'll insert PICC lines here and at the Royal": "here" is the workplace, unless
        # it ends the sentence ("In this role you will insert duties here.")
        return _ENDS_THE_SENTENCE.match(prose, m.end()) is not None
    return True  # "please insert rate here", "or insert rate here", "I'll insert date here"


_SIGNATURE_HOLDS = frozenset("name title phone mobile number email address".split())
"""The words of what a signature holds: a name, a job title, a phone number, an e-mail address."""
_A_FIRMS = frozenset("company business office".split())
"""Whose address a footer gives, the sender's: "your company address"."""
_POSTSCRIPT = compile_regex(
    r"(?m)^[ \t]*(?:(?:P\.?[ \t]?)?P\.[ \t]?S\b|P\.[ \t]?P\.?[ \t]?S\b"
    r"|P?P[ \t]?S(?:[.:,\u2013\u2014]|-(?=[a-z])|[ \t]+(?:[a-z]|[^\n?]*\?|(?=[^\n]*[ \t]"
    r"(?!(?:and|of|the|for|plc|ltd|llp|de|van|von)[ \t])[a-z]+[ \t]))))|^[ \t]*p\.(?:p\.)?s\."
)
"""A postscript's opening, at a line's start ("P.S.", "PS:", "PS.", "PS—to ...", "PS–to ..."
(a hyphen in the prose, before a word in lower case), "P.P.S.", "p.s.", or "PS" before a
sentence: "PS not interested?", "PS To stop hearing from me, insert ...", "PS To stop hearing
from Harper Healthcare insert ..."): after the signature, the P.S. is addressed to the reader
again. A "PS" line with no word in lower case but "and" or "of" ("PS
Legal", "PS Healthcare Ltd, 12 Park Row, Leeds LS1 5HD", "PS Smith and Sons Recruitment Ltd") is
a firm's name, still the signature."""


def _the_senders(
    ctx: RuleContext, message: Message, m: re.Match[str], inserted: tuple[str, ...]
) -> bool:
    """Is what "insert your …" (``m``) asks for the sender's: what a placeholder so named would
    be ("your Calendly link"), a firm's address, which a footer gives ("your company address"),
    or what a signature holds in the signature ("Insert your job title here" after "Kind
    regards,", up to a P.S.: "P.S. Not interested? Insert your email address here to
    unsubscribe" is the reader's) or in a sentence that opens with a sign-off and ends at
    "here" ("Kind regards, insert your mobile number here.")?"""
    if ctx.shared.taxonomy.kind(" ".join(inserted)) == "sender":
        return True
    if "address" in inserted and not _A_FIRMS.isdisjoint(inserted):
        return True
    if _SIGNATURE_HOLDS.isdisjoint(inserted):
        return False  # "your availability", "your salary expectations"
    start = m.start()
    prose = message.prose
    signature = text_end(message)
    if start >= signature:
        # (searched to the end: a P.S. line is read whole, not cut off at the "insert" in it)
        postscript = _postscript(prose, signature, start)
        if postscript is None or postscript >= start:
            return True
    sentence = max(prose.rfind(c, 0, start) for c in ".!?\n") + 1
    return (
        SIGN_OFF_OPENING.match(message.folded, sentence, start) is not None
        and _ENDS_THE_SENTENCE.match(prose, m.end()) is not None
    )


def _postscript(prose: str, pos: int, start: int) -> int | None:
    """Where the first P.S. after ``pos`` opens, passing over a line above the "insert" at
    ``start`` that only reads like one: a firm's name ending in its legal form, with no full stop
    ("PS Care at Home Ltd" above "Insert your mobile number here" is still the signature; "PS I
    work at Care at Home Ltd." and "P.S. We're now part of Bluebird Care Ltd" are P.S.s)."""
    while (m := _POSTSCRIPT.search(prose, pos)) is not None:
        end = prose.find("\n", m.start())
        if end == -1 or end >= start or not _a_firms_line(prose[m.start() : end].split()):
            return m.start()
        pos = end
    return None


_NAME_LINKS = frozenset(
    "a an the and or & of at in on by to for with from into upon over under without within de du"
    " la le as via per off up out about above across after against along alongside amid among"
    " around before behind below beneath beside besides between beyond during inside near onto"
    " outside since through throughout toward towards until versus vs".split()
)
"""The words a name in title case leaves in lower case: articles, "and", prepositions ("Care at
Home Ltd", "Care with Dignity Ltd", "Care as Family Ltd", "Care across Yorkshire Ltd")."""


def _a_firms_line(ws: list[str]) -> bool:
    """Is a "PS" line (its words ``ws``) a firm's name: ending in its legal form, and in title
    case, with only linking words (articles, "and", prepositions: "at", "of", "with") in lower
    case ("PS Care at Home Ltd", "PS Care with Dignity Ltd"), or all in lower case ("PS care at
    home ltd"), not a sentence ("PS I've just joined Bluebird Care Ltd": "just", "joined"), nor
    opened with a dotted "P.S.", which no firm's name is?"""
    if not ws or "." in ws[0] or ws[-1].lower() not in LEGAL_FORMS:
        return False
    rest = ws[1:]
    return all(w in _NAME_LINKS or not w[0].islower() for w in rest) or all(
        w == w.lower() for w in rest
    )


def _someone_else_inserts(prose: str, start: int) -> bool:
    """Does someone other than the writer do the inserting at ``start``: the reader ("you'll
    insert", "you would insert") or others ("our nurses insert"), not the writer ("I'll
    insert") nor nobody (an instruction: "please insert", "…, or insert")?"""
    end = start
    modal = False
    while True:
        m = LINE_WORD_BEFORE.search(prose, max(0, end - 20), end)
        if m is None:
            return False  # an instruction: "Pay: please insert…"
        word = m.group(1).lower()
        if word in _WRITER:
            return False
        if word in _LEADING or (word in _MODALS and not modal):
            modal = modal or word in _MODALS
            end = m.start()
            continue
        return True
