"""When OL403's bracketed fill-in is ordinary text: a tag that opens a subject line ("[Job] -
Ward Manager, Leeds"), not a field left to fill in ("[Role] at [Company]").

It is decided by grammar a recruiter would recognise, not by lists of jobs or firms: a bracketed
tag at the start of a subject, followed by a title, is a tag; what follows is no title when it
starts in lower case or with another fill-in, when its first part is only a field's name ("Job
Title", "Company Name", "Location", "Name of role") or the tag's own word ("[Job] - Job,
Location"), or when it is a firm's name, which a legal form ends ("Locum People Ltd"; not after
one job: "Automation Engineer PLC").

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re

from outreach_lint.message import MASK
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.rules.common import OCCUPATION
from outreach_lint.rules.fill_in_words import FIELD_WORDS, VALUE_KINDS

JOB_TAGS = frozenset(
    "job role position vacancy poste stelle puesto cargo ruolo functie vacature stanowisko rol "
    "vaga oferta empleo".split()
)
"""Words that tag a subject line as a job: "[Job] Senior Data Engineer", "[Poste] ..."."""

_SEPARATOR = compile_regex(r"\s*(?:[,;:()/|\u2013\u2014]|\s-\s|\s(?:in|at|for)\s)")
"""What ends the first part of a subject's title: "Job Title, Location", "Role Title at
Company Name", "Site Manager (Hybrid)"."""
LEGAL_FORMS = frozenset("ltd limited llp plc inc llc gmbh corp pty".split())
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
    if not ws or ws[-1] not in LEGAL_FORMS:
        return False
    return len(ws) < 2 or ws[-2].endswith("s") or _A_JOB.fullmatch(ws[-2]) is None
