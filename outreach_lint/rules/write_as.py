"""What a finding tells a recruiter to write instead of a placeholder in a style that is off:
the same name in the style these templates use ("%FIRSTNAME%", "*|FNAME|*" and "[First Name]"
are ``{{ first_name }}``), and the setup step for whoever set up outreach-lint, if the sending
tool fills in that style after all."""

from __future__ import annotations

from collections.abc import Callable

from outreach_lint.builtin.dialects import MAILCHIMP_OWN, whole_while_off
from outreach_lint.check import RuleContext
from outreach_lint.config import Config
from outreach_lint.model import Dialect
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_regex
from outreach_lint.taxonomy_words import GIVEN

CONFIG_FILE = ".outreach-lint.yaml"
"""The config file findings name: the one ``outreach-lint`` looks for first."""

_DEFAULT_DIALECTS: tuple[str, ...] = Config._field_defaults["dialects"]
_VERBS = frozenset(["insert", "add", "enter", "put"])
"""Words before the field's name in a fill-in, not part of it: "[insert role]"."""
_POSSESSIVE = compile_regex(r"['’]s\b")
MAILCHIMP_NAMES = {"FNAME": "first_name", "LNAME": "last_name"}
"""Mailchimp's own merge tags for the fields every audience has, and the names they stand for."""
_MAILCHIMP_OWN = {tuple(name.split("_")): tag for tag, name in MAILCHIMP_NAMES.items()}
_EXPANDED = {tag.lower(): tuple(name.split("_")) for tag, name in MAILCHIMP_NAMES.items()}
_MOST_WORDS = 4
_IDENTIFIER = compile_regex(r"[A-Za-z_][\w.]*")
"""A declared name that braces can hold as it is: "firstName", "contact.first_name"."""


def _jinja(ws: tuple[str, ...], name: str | None, fallback: str | None) -> str:
    default = f"|default('{fallback}')" if fallback and "'" not in fallback else ""
    return "{{ " + (name or "_".join(ws)) + default + " }}"


_WRITERS: dict[str, Callable[[tuple[str, ...], str | None, str | None], str]] = {
    "jinja": _jinja,
    "brace": lambda ws, name, _fallback: "{" + (name or "_".join(ws)) + "}",
    "mailchimp": lambda ws, _name, _fallback: (
        "*|" + _MAILCHIMP_OWN.get(ws, "_".join(ws).upper()) + "|*"
    ),
    "percent": lambda ws, _name, _fallback: "%" + "".join(ws).upper() + "%",
    "bracket": lambda ws, _name, _fallback: "[" + " ".join(w.capitalize() for w in ws) + "]",
    "angle": lambda ws, _name, _fallback: "<" + " ".join(w.capitalize() for w in ws) + ">",
}
"""How each built-in style writes a placeholder of the name's words (or of a declared name,
kept as it is declared, in the styles that name it as written)."""
IDENTIFIER_STYLES = ("jinja", "brace", "mailchimp", "percent")
"""The built-in styles whose placeholders hold an identifier (not a label, "[First Name]")."""


def _name_words(name: str) -> tuple[str, ...]:
    """The words of a placeholder's or fill-in's name, without a verb before it ("[insert
    role]") or a possessive ("[Candidate's name]"); Mailchimp's FNAME and LNAME spelt out."""
    ws = words(_POSSESSIVE.sub("", name))
    if ws and ws[0] in _VERBS:
        ws = ws[1:]
    return tuple(part for w in ws for part in _EXPANDED.get(w, (w,)))


def _declared(ctx: RuleContext, ws: tuple[str, ...]) -> str | None:
    """The template's declared variable of the same words ("firstName" for "[First Name]"),
    or of the same but a last "name" ("company" for "[Company Name]", not "first" for "[First
    Name]"). Only a name without spaces: "First Name", declared for "[First Name]", is written
    "first_name" in braces."""
    declared = {
        _name_words(name): name
        for name in ctx.template.variables or {}
        if _IDENTIFIER.fullmatch(name)
    }
    if ws in declared:
        return declared[ws]
    if len(ws) > 1 and ws[-1] == "name" and ws[-2] not in GIVEN:
        return declared.get(ws[:-1])
    return None


def _target(ctx: RuleContext) -> Dialect | None:
    """The style to write in: the first that is on, a placeholder style before a fill-in one."""
    on = sorted(ctx.shared.dialects, key=lambda d: d.fill_in)
    return on[0] if on else None


def rewritten(ctx: RuleContext, written: str, style: Dialect) -> str | None:
    """``written``, a placeholder or fill-in of the style ``style`` (which is off), in the
    style these templates use: "{{ first_name }}" for "%FIRSTNAME%" or "[First Name]". None
    if that style is not one this knows how to write, or the name does not make one: a field
    of an object ("{!Contact.FirstName}") or one the sending tool fills in itself
    ("*|UNSUB|*", "*|LIST:ADDRESS|*"), which only the tool's own syntax writes."""
    target = _target(ctx)
    m = whole_while_off(style, written)
    if target is None or target.name not in _WRITERS or m is None:
        return None
    name = m.group("name")
    if any(c in name for c in ".:") or name in MAILCHIMP_OWN:
        return None  # "{!Contact.FirstName}", "*|LIST:ADDRESS|*", "*|UNSUB|*": the tool's own
    ws = _name_words(name)
    if not ws or len(ws) > _MOST_WORDS:
        return None
    fallback = m.groupdict().get("fallback")
    out = _WRITERS[target.name](ws, _declared(ctx, ws), fallback.strip() if fallback else None)
    return out if target.placeholder.fullmatch(out) else None


def written(ctx: RuleContext, name: str) -> str:
    """``name``, a declared or known identifier (``current_company``, ``first_name``), as the
    style these templates use writes it: ``{{ current_company }}``, ``*|FNAME|*``,
    ``%CURRENTCOMPANY%``; as it is in double braces when that style writes no names."""
    target = _target(ctx)
    ws = _name_words(name)
    if target is not None and target.name in _WRITERS and ws:
        out = _WRITERS[target.name](ws, name if _IDENTIFIER.fullmatch(name) else None, None)
        if target.placeholder.fullmatch(out):
            return out
    return _jinja(ws, name, None)


def _by_default(ctx: RuleContext) -> bool:
    return tuple(d.name for d in ctx.shared.dialects) == _DEFAULT_DIALECTS


def turn_on(ctx: RuleContext, style: str) -> str:
    """The setup step that makes ``style`` a placeholder style of these templates, for
    whoever set up outreach-lint: "set 'dialects' to [jinja, percent] in .outreach-lint.yaml"."""
    if _by_default(ctx):
        names = ", ".join((*_DEFAULT_DIALECTS, style))
        return f"set 'dialects' to [{names}] in {CONFIG_FILE}"
    return f"add '{style}' to the 'dialects' setting in {CONFIG_FILE}"
