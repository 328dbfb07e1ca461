"""When OL403's fill-in words are ordinary text: a tag that opens a subject line ("[Job] - Ward
Manager, Leeds"), and "insert … here" as a sentence, where "here" is the workplace ("you'll
insert PICC lines here and at the Royal").

Both are decided by grammar a recruiter would recognise, not by lists of jobs or firms:

- a bracketed tag at the start of a subject, followed by a title, is a tag; what follows is no
  title when it starts in lower case or with another fill-in, when its first part is only a
  field's name ("Job Title", "Company Name", "Location", "Name of role") or the tag's own
  word ("[Job] - Job, Location"), or when it is a firm's name, which a legal form ends
  ("Locum People Ltd"; not after one job: "Automation Engineer PLC");
- "insert … here" is a fill-in when the writer or nobody (an instruction) does the inserting,
  unless what goes there is the reader's ("insert your availability here"; not "your Calendly
  link" nor "your company address", the sender's, nor what a signature holds in the sign-off:
  "Kind regards, insert your mobile number here."); when someone else inserts ("you'll", "our
  nurses"), only when "here" ends the sentence ("you will insert duties here.").

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.common import OCCUPATION
from outreach_lint.rules.phrasing import SIGN_OFF_OPENING, text_end

JOB_TAGS = frozenset(
    "job role position vacancy poste stelle puesto cargo ruolo functie vacature stanowisko rol "
    "vaga oferta empleo".split()
)
"""Words that tag a subject line as a job: "[Job] Senior Data Engineer", "[Poste] ..."."""

_SEPARATOR = compile_regex(r"\s*(?:[,;:()/|\u2013\u2014]|\s-\s|\s(?:in|at|for)\s)")
"""What ends the first part of a subject's title: "Job Title, Location", "Role Title at
Company Name", "Site Manager (Hybrid)"."""
VALUE_KINDS = frozenset(
    "title name date rate salary range location town city company client employer postcode "
    "pattern specialty speciality".split()
)
"""The kinds of value a field's name ends in: a field's name is one of these, with words of
fields before it ("Job Title", "Company Name", "Start Date", "Hourly Rate", "Shift Pattern")."""
FIELD_WORDS = frozenset(
    "job role position hiring start end closing hourly daily day annual".split()
)
"""Words that say which value a field holds, besides the fields' own words ("Start Date",
"Hiring Manager Name")."""
_LEGAL_FORMS = frozenset("ltd limited llp plc inc llc gmbh corp pty".split())
"""What ends a firm's name, and no job's: "Locum People Ltd", "Acme Care LLP"."""
_A_JOB = compile_regex(r"\b(?:" + OCCUPATION + r")\b")


def a_subject_tag(subject: str, m: re.Match[str], fill_words: frozenset[str]) -> bool:
    """Is ``m`` (a bracketed fill-in, its label in group ``name``) a tag that opens a subject
    line before a title ("[Job] Senior Data Engineer", "[Role] - Ward Manager, Leeds", "[Job]
    {{ job_title }}"), rather than a field left to fill in ("[Role] at [Company]", "[Job] - Job
    Title, Location", "[Role] - Locum People Ltd")? ``fill_words`` are the fields' words."""
    if subject[: m.start()].strip() or m.group("name").strip().lower() not in JOB_TAGS:
        return False
    title = subject[m.end() :].lstrip(" \t").lstrip("-\u2013\u2014|:").lstrip(" \t")
    first = title[:1]
    # a title starts with a capital, a number or a placeholder (not "at [Company]")
    if not (first.isupper() or first.isdigit() or first == MASK):
        return False
    part = words(_SEPARATOR.split(title, maxsplit=1)[0])
    return not (_a_field_name(part, fill_words) or _a_firms_name(part))


def _a_field_name(ws: tuple[str, ...], fill_words: frozenset[str]) -> bool:
    """Are ``ws`` a field's name: a kind of value and the words saying which, before it or
    after "of" ("Salary", "Job Title", "Hiring Manager Name", "Name of role"), or the tag's own
    word where the title goes ("Job"), not a job ("Site Manager", "Recruiter", "Head of
    Nursing")? ``fill_words`` are the fields' words."""
    if len(ws) == 1 and ws[0] in JOB_TAGS:
        return True  # "[Job] - Job, Location"
    if "of" in ws:
        kind, which = ws[: ws.index("of")], ws[ws.index("of") + 1 :]
        if not (which and _a_field_name(kind, fill_words)):
            return False
    else:
        kind, which = ws[-1:], ws[:-1]
        if not (kind and kind[0] in VALUE_KINDS):
            return False
    return all(w in fill_words or w in FIELD_WORDS for w in which)


def _a_firms_name(ws: tuple[str, ...]) -> bool:
    """Do ``ws`` end in a legal form, the end of a firm's name ("Locum People Ltd", "Hays plc",
    "Smith Solicitors LLP"), not after one job in the singular, whose kit it names ("Automation
    Engineer PLC": a programmable logic controller)?"""
    if not ws or ws[-1] not in _LEGAL_FORMS:
        return False
    return len(ws) < 2 or ws[-2].endswith("s") or _A_JOB.fullmatch(ws[-2]) is None


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


_WORD_BEFORE = compile_regex(r"([\w']+)[ \t]*$")
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
    r"|P?P[ \t]?S(?:[.:,]|[ \t]+(?:[a-z]|[^\n?]*\?|(?=[^\n]*[ \t](?!(?:and|of|the|for|plc|ltd|llp|"
    r"de|van|von)[ \t])[a-z]+[ \t]))))|^[ \t]*p\.(?:p\.)?s\."
)
"""A postscript's opening, at a line's start ("P.S.", "PS:", "PS.", "P.P.S.", "p.s.", or "PS"
before a sentence: "PS not interested?", "PS To stop hearing from me, insert ...", "PS To stop
hearing from Harper Healthcare insert ..."): after the signature, the P.S. is addressed to the
reader again. A "PS" line with no word in lower case but "and" or "of" ("PS Legal", "PS
Healthcare Ltd, 12 Park Row, Leeds LS1 5HD", "PS Smith and Sons Recruitment Ltd") is a firm's
name, still the signature."""


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
        postscript = _POSTSCRIPT.search(prose, signature)
        if postscript is None or postscript.start() >= start:
            return True
    sentence = max(prose.rfind(c, 0, start) for c in ".!?\n") + 1
    return (
        SIGN_OFF_OPENING.match(message.folded, sentence, start) is not None
        and _ENDS_THE_SENTENCE.match(prose, m.end()) is not None
    )


def _someone_else_inserts(prose: str, start: int) -> bool:
    """Does someone other than the writer do the inserting at ``start``: the reader ("you'll
    insert", "you would insert") or others ("our nurses insert"), not the writer ("I'll
    insert") nor nobody (an instruction: "please insert", "…, or insert")?"""
    end = start
    modal = False
    while True:
        m = _WORD_BEFORE.search(prose, max(0, end - 20), end)
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
