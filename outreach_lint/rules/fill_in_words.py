"""The words that name a field left to fill in, for OL403 and the modules that find its
fill-ins: a field's words (``FILL_WORDS``: "name", "company", "rate", "ward", "Vorname"…), the
kinds of value a field's name ends in (``VALUE_KINDS``: "Start Date", "Hourly Rate") and the
words saying which value (``FIELD_WORDS``), and whether a label names a field
(``names_a_field``: "[First Name]", ``insert-link``, but not "[Full-time]").

A fill-in is told from ordinary text by naming what goes there, whatever its style: brackets
("[Company Name]"), capitals ("CLIENT NAME"), an identifier (``insert_rate``) or "insert …
here"; these words are what it names.
"""

from __future__ import annotations

from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex

FILL_WORDS = frozenset(
    [
        "name",
        "names",
        "first",
        "last",
        "company",
        "companies",
        "firm",
        "employer",
        "client",
        "role",
        "title",
        "position",
        "vacancy",
        "job",
        "link",
        "url",
        "date",
        "time",
        "day",
        "location",
        "city",
        "country",
        "salary",
        "range",
        "rate",
        "skill",
        "skills",
        "school",
        "team",
        "recruiter",
        "candidate",
        "insert",
        "here",
        "your",
        "their",
        "his",
        "her",
        "number",
        "phone",
        "email",
        "address",
        "manager",
        "department",
        "industry",
        "project",
        "field",
        "topic",
        "detail",
        "details",
        "specific",
        "something",
        "x",
        "xx",
        "xxx",
        "placeholder",
        "blank",
        "personal",
        "personalize",
        "personalise",
        "reason",
        "value",
        "benefit",
        "recipient",
        "contact",
        # where and what in health, care, hospitality and logistics: [ward], [hospital],
        # [specialty], [shift pattern], [area], [town], [agency]
        "specialty",
        "speciality",
        "ward",
        "hospital",
        "trust",
        "practice",
        "clinic",
        "site",
        "depot",
        "venue",
        "branch",
        "area",
        "region",
        "town",
        "postcode",
        "shift",
        "shifts",
        "hours",
        "pay",
        "band",
        "grade",
        "agency",
        # the places and things of theirs a personalised line names: [Restaurant], [Hotel],
        # [University], [Post], [Article], [Product], [Award], [Mutual Connection]
        "restaurant",
        "hotel",
        "store",
        "university",
        "college",
        "degree",
        "post",
        "article",
        "product",
        "achievement",
        "award",
        "connection",
        "technology",
        # the same in the other languages agencies write in (French, German, Spanish,
        # Portuguese, Italian, Dutch, Polish): [Prénom], [Vorname], [Empresa], <bedrijf>
        "prénom",
        "prenom",
        "nom",
        "entreprise",
        "société",
        "societe",
        "poste",
        "intitulé",
        "vorname",
        "nachname",
        "firma",
        "unternehmen",
        "stelle",
        "stellentitel",
        "nombre",
        "apellido",
        "empresa",
        "puesto",
        "cargo",
        "nome",
        "cognome",
        "azienda",
        "ruolo",
        "naam",
        "voornaam",
        "bedrijf",
        "functie",
        "imię",
        "imie",
        "nazwisko",
        "stanowisko",
        "titel",
        "titre",
        "título",
        "titolo",
        "tytuł",
        "datum",
        "fecha",
        "uhrzeit",
        "heure",
        "hora",
        "ort",
        "stad",
        "ville",
        "ciudad",
        "città",
        "cidade",
        "miasto",
        "rol",
    ]
)
_NOT_A_FIELD_FIRST = frozenset(
    ["full", "part", "half", "one", "real", "over", "any", "all", "same", "next", "long", "short"]
)
"""Two words that start so are a word, not a field ([Full-time], [Part time], [Real-time]),
whatever the second says."""

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


def names_a_field(label: str, after: int = 0) -> bool:
    """Does ``label`` name what goes there ("First Name", "insert-link"), in its words from
    ``after`` on (after "insert", "add"…)? Not a hyphenated word like "Full-time"."""
    ws = words(label)
    if len(ws) == 2 and ws[0] in _NOT_A_FIELD_FIRST:  # [Full-time], [Part time]
        return False
    return 0 < len(ws) <= 5 and any(w in FILL_WORDS for w in ws[after:])


LINE_WORD_BEFORE = compile_regex(r"([\w']+)[ \t]*$")
"""The word just before a place on its line (searched in a window ending there)."""
