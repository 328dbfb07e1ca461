"""What a placeholder is about, from its name: the recipient, their organisation, the job…

Rules ask ``Taxonomy.kind(name)`` rather than matching names themselves. A name is split into
lower-case words (module ``name_words``) whatever its style (``first_name``, ``firstName``,
``FIRST_NAME``, ``Candidate first name``, ``contact.firstname``, ``FNAME``), and the words
decide the kind, in this order of precedence:

========== ======================================================================== ============
kind       what it is                                                               about them
========== ======================================================================== ============
sender     the sender's side: recruiter name, signature, calendar link, unsubscribe  no
job        the job pitched: role, job title, salary range, hiring manager, client    no
org        the recipient's organisation: company, employer, current company,        yes
           current store, previous trust (a workplace after current, previous…),
           a workplace alone: hospital, practice name, care home, depot, venue, ward,
           council, local authority, chambers, studio, lab, call centre
profile    something specific to the recipient: skill, project, post, school, mutual yes
           connection, recent talk, a custom personal line, their current or last
           role (current role, last role, previous position, former job title), or
           team they were in (current team, former team, last department)
name       the recipient's name: first, last, full name, nickname, candidate name    yes (identity)
other      anything else (greeting, date, town, the name of a crate, ...)             unknown
========== ======================================================================== ============

A placeholder whose name says nothing known (kind ``other``) is ``profile`` where the text says
it is the recipient's: right after "your" ("your latest {{ exhibit }}", "your work on
{{ gig }}") or after what they did ("you've run nights on {{ bay }}"); see module ``theirs``.
An agency (``agency``, ``agency_name``), the sender's, is the recipient's organisation (``org``)
after what they did there: "you've done home care with {{ agency }}", "you work for
{{ agency }}" (module ``theirs``). A ``title`` just before a name placeholder ("Dear {{ title }}
{{ last_name }}") is part of the name ("Dr", "Ms"), not their job title (``RuleContext.kind``).
A candidate's name
(``candidate_name``) in a template that also names the reader by a name of their own
(``first_name``, ``name``) is someone else's, kind ``other``: the one they put forward, or who
named them as a referee.

The ``placeholder-kinds`` config key adds names (in any of the styles above) to a kind, and takes
precedence over the word lists and over the text around a candidate's name or an agency, e.g.
``placeholder-kinds: {profile: [hook, why_you]}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from outreach_lint.name_words import normalize, words
from outreach_lint.taxonomy_words import (
    BEFORE_NOW,
    CARE,
    CENTRE_WORK,
    GIVEN,
    HELD,
    HELD_IN,
    JOB,
    LINE,
    LINE_OWN,
    LINE_WRITTEN,
    NAME,
    NAME_ONLY,
    ORG,
    PERSON,
    PROFILE,
    RECIPIENT_SIDE,
    SENDER,
    SIGNATURE,
    SIGNATURE_PARTS,
    SOMEONE_ELSE,
    WHEN,
    WORKPLACE,
    WORKPLACE_ALONE,
)

KINDS = ("name", "org", "profile", "job", "sender", "other")
ABOUT_RECIPIENT = frozenset({"name", "org", "profile"})
SPECIFIC = frozenset({"org", "profile"})


def _workplace(ws: tuple[str, ...]) -> bool:
    """Does the name end in a place someone works (``hospital``, ``store_name``, ``care_home``)?"""
    if len(ws) > 1 and ws[-1] == "name":
        ws = ws[:-1]
    if not ws:
        return False
    if ws[-1] == "home":
        return len(ws) > 1 and ws[-2] in CARE
    if ws[-1] in ("centre", "center"):
        return len(ws) > 1 and ws[-2] in CENTRE_WORK
    return ws[-1] in WORKPLACE_ALONE


def an_agency(name: str) -> bool:
    """Is the placeholder ``name`` an agency's and nothing more (``agency``, ``agency_name``):
    the sender's, unless the text says the recipient works there?"""
    ws = words(name)
    return ws in (("agency",), ("agency", "name"))


def a_time(name: str) -> bool:
    """Is the placeholder ``name`` for a date or a time (``interview_date``, ``start_time``,
    ``slot``, ``interview_dt``), nothing about the recipient whatever its kind?"""
    ws = words(name)
    return bool(ws) and ws[-1] in WHEN


def a_job(name: str) -> bool:
    """Is the placeholder ``name`` for a job, the reader's (``last_role``, ``current_title``) or
    the one pitched (``role``)?"""
    return not JOB.isdisjoint(words(name))


_A_PERSON = frozenset(["manager", "supervisor", "contact", "person", "foreman", "boss"])
"""Words for someone on the job's side whom the reader meets or asks for, last in a name:
``hiring_manager``, ``site_manager``, ``line_manager``, ``contact_person``."""


def a_person(name: str) -> bool:
    """Is the placeholder ``name`` for a person on the job's side (``hiring_manager``,
    ``site_manager``, ``line_manager_name``, ``contact_person``), which holds their name, not
    the job pitched?"""
    ws = words(name)
    if len(ws) > 1 and ws[-1] == "name":
        ws = ws[:-1]
    return bool(ws) and ws[-1] in _A_PERSON


def a_personal_line(name: str) -> bool:
    """Is the placeholder ``name`` a line written for each recipient, by hand or by a tool
    (``custom_line``, ``icebreaker``, ``personal_note``, ``personalization``, ``why_you``): one
    that can say anything about them, why they fit included?"""
    ws = words(name)
    if set(ws) & LINE_WRITTEN or ws == ("why", "you"):
        return True
    return len(ws) > 1 and bool(set(ws) & LINE_OWN) and ws[-1] in LINE


def workplace(name: str) -> bool:
    """Is the placeholder ``name`` for a place someone works ("{{ branch }}", "{{ ward_name }}",
    "{{ care_home }}")?"""
    return _workplace(words(name))


def maybe_someone_elses(name: str) -> bool:
    """Is the placeholder ``name``, a person's name, for someone the reader may not be
    (``candidate_name``, not ``first_name``)?"""
    return not SOMEONE_ELSE.isdisjoint(words(name))


def _held_before(ws: tuple[str, ...]) -> bool:
    """Is this a job, employer, team or department the reader had before (``last_role``,
    ``former_position``, ``prior_job_title``, ``former_team``, ``last_department_name``)?"""
    if len(ws) < 2 or ws[0] not in BEFORE_NOW:
        return False
    return ws[1] in HELD or (ws[1] in HELD_IN and ws[2:] in ((), ("name",)))


def _persons_name(ws: tuple[str, ...], wordset: set[str]) -> bool:
    """Is this the name of the recipient's name: ``name``, ``FNAME``, ``first_name_or_there``,
    ``candidate_name``, but not ``ward_name`` or ``crate_name`` (the names of other things) nor
    ``last_company``?"""
    if len(ws) == 1:
        return ws[0] in NAME
    if wordset & GIVEN and wordset & NAME_ONLY:
        return True
    return bool(ws) and ws[-1] in NAME and all(w in PERSON for w in ws[:-1])


class Taxonomy:
    """Classifies placeholder names; built once per run from config."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self._explicit: dict[str, str] = {}
        for kind, names in (extra or {}).items():
            for n in names:
                self._explicit[normalize(n)] = kind
        self.kind = lru_cache(maxsize=4096)(self._kind)

    def _kind(self, name: str) -> str:
        ws = words(name)
        key = " ".join(ws)
        if key in self._explicit:
            return self._explicit[key]
        wordset = set(ws)
        theirs = bool(wordset & RECIPIENT_SIDE) or _held_before(ws)
        sender = wordset & SENDER
        if sender == {"agency"} and theirs:  # current_agency: where a creative works now
            sender = set()
        if sender and not (sender <= SIGNATURE and not wordset <= SIGNATURE_PARTS):
            return "sender"
        if _persons_name(ws, wordset) and not _held_before(ws):
            return "name"
        if wordset & JOB:
            return "profile" if theirs else "job"
        if wordset & ORG or (theirs and wordset & WORKPLACE):
            return "org"
        if wordset & PROFILE or (theirs and len(ws) > 1 and ws[-1] not in NAME):
            return "profile"
        if _workplace(ws):
            return "org"
        return "other"

    def configured(self, name: str) -> bool:
        """Is ``name`` given a kind by ``placeholder-kinds``? (Then the text does not change it.)"""
        return " ".join(words(name)) in self._explicit

    def about_recipient(self, name: str) -> bool:
        return self.kind(name) in ABOUT_RECIPIENT
