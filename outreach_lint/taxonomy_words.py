"""The words the placeholder taxonomy reads names by (``taxonomy``): which words make a name
the sender's, the job's, the recipient's organisation, profile or name, a workplace, a date or
a line written for each reader. ``placeholder-kinds`` in the config adds names; these lists
are what every installation knows.
"""

from __future__ import annotations

SENDER = frozenset(
    [
        "recruiter",
        "sender",
        "my",
        "me",
        "our",
        "ours",
        "signature",
        "sig",
        "calendar",
        "calendly",
        "booking",
        "unsubscribe",
        "optout",
        "opt",
        "agency",
        "owner",
        "user",
        "from",
        "rep",
        "mailbox",
    ]
)
JOB = frozenset(
    [
        "role",
        "job",
        "position",
        "opening",
        "vacancy",
        "vacancies",
        "requisition",
        "req",
        "salary",
        "compensation",
        "comp",
        "pay",
        "band",
        "range",
        "rate",
        "hiring",
        "manager",
        "client",
        "posting",
        "jd",
        "benefits",
        "equity",
        "bonus",
        "openings",
        "team",
        "req_id",
        "location_of_job",
    ]
)
ORG = frozenset(
    [
        "company",
        "employer",
        "organization",
        "organisation",
        "org",
        "firm",
        "account",
        "business",
        "employers",
        "companyname",
        "startup",
    ]
)
PROFILE = frozenset(
    [
        "skill",
        "skills",
        "project",
        "projects",
        "post",
        "posts",
        "article",
        "articles",
        "talk",
        "talks",
        "school",
        "university",
        "college",
        "alma",
        "mater",
        "degree",
        "mutual",
        "connection",
        "connections",
        "referrer",
        "referral",
        "referred",
        "title",
        "headline",
        "jobtitle",
        "experience",
        "repo",
        "repository",
        "github",
        "publication",
        "publications",
        "paper",
        "achievement",
        "achievements",
        "interest",
        "interests",
        "specialty",
        "speciality",
        "expertise",
        "tech",
        "stack",
        "language",
        "certification",
        "award",
        "icebreaker",
        "personalization",
        "personalisation",
        "personal",
        "custom",
        "compliment",
        "hook",
        "reason",
        "why",
        "recent",
        "podcast",
        "book",
        "blog",
        "open",
        "source",
        "contribution",
        "contributions",
        "product",
        "launch",
        "promotion",
        "anniversary",
        "event",
        "conference",
        "portfolio",
        "industry",
        "field",
        "background",
        "accomplishment",
        "thesis",
        "dissertation",
        "topic",
        "accomplishments",
        "plugin",
        "library",
        "package",
        "crate",
        "gem",
        "extension",
        "yoe",
        "tenure",
    ]
)
NAME = frozenset(
    [
        "name",
        "first",
        "last",
        "full",
        "firstname",
        "lastname",
        "fullname",
        "fname",
        "lname",
        "surname",
        "given",
        "nickname",
        "preferred",
        "salutation",
        "honorific",
    ]
)
GIVEN = frozenset(
    ["first", "last", "full", "given", "nickname", "surname", "fname", "lname", "preferred"]
)
RECIPIENT_SIDE = frozenset(
    [
        "candidate",
        "contact",
        "recipient",
        "prospect",
        "their",
        "your",
        "current",
        "previous",
        "past",
        "lead",
    ]
)
BEFORE_NOW = frozenset(["last", "previous", "prev", "past", "former", "prior"])
HELD = frozenset(["role", "title", "job", "jobtitle", "position", "employer", "company"])
"""``last_role``, ``previous_position``, ``former_employer``: a job or employer the reader had,
theirs as ``current_role`` is (not ``last_contacted`` nor ``last_salary``, nor ``last_name``)."""
HELD_IN = frozenset(["team", "department", "dept"])
"""``former_team``, ``last_department``: the team or department the reader worked in, theirs
as ``current_team`` is, when nothing but ``name`` follows (not ``last_team_update``)."""
WORKPLACE = frozenset(
    [
        "store",
        "shop",
        "branch",
        "site",
        "pharmacy",
        "hospital",
        "trust",
        "clinic",
        "practice",
        "surgery",
        "hotel",
        "restaurant",
        "kitchen",
        "venue",
        "home",
        "school",
        "lab",
        "studio",
        "depot",
        "warehouse",
        "office",
        "plant",
        "factory",
        "station",
        "salon",
        "agency",
        "brand",
        "bank",
        "fund",
    ]
)
"""Places someone works: with a recipient-side word (``current_store``, ``previous_trust``) the
name is their employer, ``org``."""
WORKPLACE_ALONE = frozenset(
    [
        "hospital",
        "trust",
        "practice",
        "clinic",
        "surgery",
        "pharmacy",
        "ward",
        "unit",
        "venue",
        "restaurant",
        "hotel",
        "pub",
        "salon",
        "depot",
        "warehouse",
        "site",
        "store",
        "shop",
        "branch",
        "academy",
        "nursery",
        "club",
        "council",
        "authority",
        "chambers",
        "studio",
        "lab",
        "laboratory",
    ]
)
"""A name that ends in one of these, or in one of these and ``name`` (``hospital``,
``practice_name``, ``dental_practice``), is where the recipient works, as ``company`` is their
company: a merge field holds the reader's details. Not ``store_location`` nor ``site_url``, whose
last word is something else; ``home`` only after care, nursing or residential (``care_home``),
``centre`` only after a kind of work done there (``call_centre``, not ``assessment_centre`` nor
``town_centre``)."""
CARE = frozenset(["care", "nursing", "residential"])
CENTRE_WORK = frozenset(["call", "contact", "distribution", "fulfilment", "fulfillment"])
SIGNATURE = frozenset(["signature", "sig"])
SIGNATURE_PARTS = SIGNATURE | {"email", "e", "mail", "block", "line", "html", "text", "image"}
"""``email_signature``, ``signature_block``: the sender's; ``signature_dish`` is not."""
PERSON = RECIPIENT_SIDE | NAME | {"display", "nick", "middle", "legal", "person", "member"}
"""Words that may stand before ``name`` in the name of a person's name (``contact_name``)."""
NAME_ONLY = NAME - GIVEN
"""``name``, ``salutation``… (a given-name word alone is one too: ``last`` in ``last_post``)"""
SOMEONE_ELSE = frozenset(["candidate", "candidates"])
"""Words for a person the reader may not be: ``candidate_name`` is the reader's name in a note to
a candidate, but the name of someone else in one that also names the reader by ``first_name``
(the candidate they put forward, or who named them as a referee)."""

WHEN = frozenset(["date", "time", "dt", "datetime", "day", "weekday", "slot", "timeslot"])
LINE_WRITTEN = frozenset(
    ["icebreaker", "personalization", "personalisation", "personalized", "personalised"]
)
LINE_OWN = frozenset(["custom", "personal"])
LINE = frozenset(["line", "note", "sentence", "intro", "opener", "paragraph", "message", "text"])
