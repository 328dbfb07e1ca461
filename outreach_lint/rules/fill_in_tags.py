"""When OL403's fill-in words are ordinary text: a tag that opens a subject line ("[Job] - Ward
Manager, Leeds").

Decided by grammar a recruiter would recognise, not by lists of jobs or firms: a bracketed tag
at the start of a subject, followed by a title, is a tag; what follows is no title when it
starts in lower case or with another fill-in, when its first part is only a field's name ("Job
Title", "Company Name", "Location") or when it is a firm's name, which a legal form ends
("Locum People Ltd").

All patterns run on ``Message.prose`` (quotes straightened, placeholders masked with ``MASK``).
"""

from __future__ import annotations

import re

from outreach_lint.message import MASK
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex

JOB_TAGS = frozenset(
    "job role position vacancy poste stelle puesto cargo ruolo functie vacature stanowisko rol "
    "vaga oferta empleo".split()
)
"""Words that tag a subject line as a job: "[Job] Senior Data Engineer", "[Poste] ..."."""

_SEPARATOR = compile_regex(r"\s*(?:[,;:()/|\u2013\u2014]|\s-\s|\s(?:in|at|for)\s)")
"""What ends the first part of a subject's title: "Job Title, Location", "Role Title at
Company Name", "Site Manager (Hybrid)"."""
_VALUE_KINDS = frozenset(
    "title name date rate salary range location town city company client employer postcode".split()
)
"""The kinds of value a field's name ends in: a field's name is one of these, with words of
fields before it ("Job Title", "Company Name", "Start Date", "Hourly Rate")."""
_FIELD_WORDS = frozenset("job role position start end closing hourly daily day annual".split())
"""Words that say which value a field holds, besides the fields' own words ("Start Date")."""
_LEGAL_FORMS = frozenset("ltd limited llp plc inc llc gmbh corp pty".split())
"""What ends a firm's name, and no job's: "Locum People Ltd", "Acme Care LLP"."""


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
    return not (_a_field_name(part, fill_words) or (part and part[-1] in _LEGAL_FORMS))


def _a_field_name(ws: tuple[str, ...], fill_words: frozenset[str]) -> bool:
    """Are ``ws`` a field's name, a kind of value and the words saying which ("Salary", "Job
    Title", "Company Name"), not a job ("Site Manager", "Recruiter", "Project Manager")?"""
    return (
        bool(ws)
        and ws[-1] in _VALUE_KINDS
        and all(w in fill_words or w in _FIELD_WORDS for w in ws[:-1])
    )
