"""A placeholder's name as lower-case words, whatever its style: ``first_name``, ``firstName``,
``FIRST_NAME``, ``Candidate first name``, ``contact.firstname``, ``FNAME`` all read alike."""

from __future__ import annotations

from functools import lru_cache

from outreach_lint.patterns import compile_regex

_PREFIXES = (
    "first",
    "last",
    "full",
    "company",
    "job",
    "sender",
    "recruiter",
    "candidate",
    "contact",
    "recipient",
    "current",
    "my",
    "your",
    "their",
    "mutual",
    "school",
)

_CAMEL = compile_regex(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = compile_regex(r"[\W_]+")  # letters of any language stay whole: "prénom"


@lru_cache(maxsize=4096)
def words(name: str) -> tuple[str, ...]:
    """``contact.firstName`` -> ``('contact', 'first', 'name')``."""
    out: list[str] = []
    for part in _SPLIT.split(_CAMEL.sub(" ", name)):
        if not part:
            continue
        low = part.lower()
        out.extend(_split_glued(low))
    return tuple(out)


def _split_glued(word: str) -> list[str]:
    """``firstname`` -> ``first name``; ``companyname`` -> ``company name`` (one level)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix) :]
            return [prefix, rest]
    return [word]


def normalize(name: str) -> str:
    return " ".join(words(name))
