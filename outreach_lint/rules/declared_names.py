"""How a placeholder's name matches a declared variable, and which declared name a slip of the
keyboard was meant for (OL401, OL405, OL101, OL102).

A name in a dialect whose placeholders are labels a person writes (the fill-in styles,
``[First Name]``, ``<Company>``: ``Dialect.fill_in``) matches a declared name case, spaces,
``_`` and ``-`` aside: ``[First Name]`` is ``first_name``. Any other dialect's names are
identifiers, matched exactly: Jinja's ``{{ First_Name }}`` is not ``first_name`` (Jinja tells
case apart, and sends it blank).
"""

from __future__ import annotations

from collections.abc import Iterable

from outreach_lint.check import RuleContext
from outreach_lint.model import Placeholder
from outreach_lint.patterns import compile_regex

_SEPARATORS = compile_regex(r"[\s_\-]+")

_ALIKE = 0.8
"""How alike (``difflib`` ratio, case aside) a placeholder's name and a declared one must be to
be the same name mistyped: ``compnay`` and ``company`` are 0.86, ``frist_name`` and
``first_name`` 0.9, ``skill`` and ``skills`` 0.91; ``last_name`` and ``first_name`` (0.74),
``company`` and ``company_name`` (0.74) are two names."""


def label_key(name: str) -> str:
    """``name`` as a label: case, spaces, ``_`` and ``-`` aside ("First Name": "firstname")."""
    return _SEPARATORS.sub("", name).casefold()


def labelled(ctx: RuleContext) -> frozenset[str]:
    """The active dialects whose names are labels a person writes (``[First Name]``)."""
    return frozenset(d.name for d in ctx.shared.dialects if d.fill_in)


def as_label(p: Placeholder, labels: frozenset[str]) -> bool:
    """Is ``p`` of a dialect whose names are labels (one of ``labels``)?"""
    return p.dialect in labels


def same_label(name: str, choices: Iterable[str]) -> str | None:
    """The first of ``choices`` that is ``name`` as a label, case and separators aside
    ("CURRENTCOMPANY" and "Current Company" are ``current_company``)."""
    key = label_key(name)
    return next((c for c in choices if label_key(c) == key), None)


def meant_for(name: str, choices: Iterable[str]) -> str | None:
    """The one of ``choices`` that ``name`` is a slip for: the same but for case or separators
    (``First_Name`` for ``first_name``), or spelt nearly alike (``compnay`` for ``company``);
    None when none is, or when ``name`` is one of them."""
    options = list(choices)
    if name in options:
        return None
    same = same_label(name, options)
    if same is not None:
        return same
    import difflib  # (here: most runs never ask, and a one-file run then does without it)

    folded = {o.casefold(): o for o in options}
    close = difflib.get_close_matches(name.casefold(), list(folded), n=1, cutoff=_ALIKE)
    return folded[close[0]] if close else None


def corrected(written: str, name: str, meant: str) -> str:
    """The placeholder ``written`` with the name ``meant`` for ``name``: "{{ compnay }}" for
    ``company`` is "{{ company }}"."""
    return written.replace(name, meant, 1) if name in written else written
