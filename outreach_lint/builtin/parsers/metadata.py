"""Template metadata (front matter or a collection item): known keys read and checked.

Known keys are ``channel``, ``subject``, ``variables``, ``role`` and ``ignore`` (plus ``name``
and ``body`` in collections). A known key with a bad value is a ``Problem`` (OL902) at that key,
never an exception; the template is still linted without it. Any other key is the team's own
metadata (id, owner, tags…), kept in ``Template.metadata`` and never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from outreach_lint.model import Field, Problem, Template, Variable, from_fields
from outreach_lint.patterns import compile_regex
from outreach_lint.source_map import LineIndex
from outreach_lint.yaml_field import scalar_field
from outreach_lint.yaml_source import Node, mapping_items, to_python

INVALID = "OL902"
_CODE = compile_regex(r"^[A-Z]{2,5}[0-9]{0,3}$")


class Metadata(NamedTuple):
    channel: str | None
    subject: Field | None
    role: str | None
    variables: dict[str, Variable] | None
    ignore: frozenset[str]
    extra: dict[str, Any]
    key_offsets: dict[str, int]
    problems: list[Problem]
    nodes: dict[str, Node]


def read_metadata(node: Node, lines: LineIndex, skip: Iterable[str] = ()) -> Metadata:
    """Read the keys of a mapping node; keys in ``skip`` are left to the caller."""
    skipped = set(skip)
    extra: dict[str, Any] = {}
    key_offsets: dict[str, int] = {}
    problems: list[Problem] = []
    nodes: dict[str, Node] = {}
    channel = subject = role = None
    variables: dict[str, Variable] | None = None
    ignore: frozenset[str] = frozenset()
    offset = lines.offset
    # (the entries as ``mapping_items`` gives them, without its generator or a list: calling
    # it cost 6.6 M more instructions over 1,000 templates)
    for knode, vnode in node.value:
        key = str(knode.value) if knode.kind == "scalar" else ""
        at = offset(*knode.start)
        if key in key_offsets:  # YAML would keep the last one without a word
            line = lines.position(key_offsets[key])[0]
            problems.append(Problem(INVALID, at, f"'{key}' is given twice (also on line {line})"))
        key_offsets[key] = at
        nodes[key] = vnode
        if key in skipped:
            continue
        if key not in _KEYS:  # the team's own metadata (id, owner, tags...): most keys
            meant = misspelt_key(key)
            if meant is not None:
                problems.append(
                    Problem(
                        INVALID,
                        at,
                        f"'{key}' is not a key outreach-lint reads: did you mean '{meant}'? "
                        "(Your own metadata may use any other name.)",
                    )
                )
            extra[key] = to_python(vnode)
            continue

        if key == "channel":
            if _is_text(vnode) and str(vnode.value).strip():
                channel = str(vnode.value).strip()
            else:
                problems.append(
                    _bad(key, at, "must be a channel name, such as email or linkedin_inmail")
                )
        elif key == "subject":
            if vnode.kind == "scalar" and not _is_null(vnode):  # "subject: 2024" is text too
                subject = scalar_field("subject", vnode, lines)
            elif not _is_null(vnode):
                problems.append(_bad(key, at, "must be text"))
        elif key == "role":
            if _is_text(vnode) or (vnode.kind == "scalar" and not _is_null(vnode)):
                role = str(vnode.value)
            elif not _is_null(vnode):
                problems.append(_bad(key, at, "must be the job title as text"))
        else:  # (a function to report with only for the two keys that take one)

            def bad(message: str, where: int = at, key: str = key) -> None:
                problems.append(_bad(key, where, message))

            if key == "variables":
                variables = declared(vnode, lines, bad, key_offsets)
            else:
                ignore = _codes(vnode, bad)
    # (made once, at the end: making it first and then Metadata._replace cost 1.2 us more;
    # its fields in order, without Metadata.__new__'s Python code)
    return from_fields(
        Metadata,
        (channel, subject, role, variables, ignore, extra, key_offsets, problems, nodes),
    )


def _bad(key: str, where: int, message: str) -> Problem:
    return Problem(INVALID, where, f"'{key}' {message}")


def template_of(
    path: str, body: Field, meta: Metadata | None, blank_offset: int, name: str | None = None
) -> Template:
    """The template of ``body`` with the metadata read for it. Findings about the whole
    template point at the body's first visible character, or at ``blank_offset`` when the body
    is blank."""
    lead = len(body.text) - len(body.text.lstrip())
    offset = body.source_map.to_file(lead) if lead < len(body.text) else blank_offset
    if meta is None:
        return Template(path=path, body=body, name=name, offset=offset)
    # all eleven fields in order, without Template.__new__'s Python code
    return from_fields(
        Template,
        (
            path,
            body,
            meta.subject,
            name,
            meta.channel,
            meta.role,
            meta.variables,
            meta.ignore,
            meta.extra,
            meta.key_offsets,
            offset,
        ),
    )


KEYS = ("channel", "subject", "role", "variables", "ignore")
"""The keys outreach-lint reads from a template's metadata (besides a collection's ``name`` and
``body``)."""
_KEYS = frozenset(KEYS)


@lru_cache(maxsize=256)
def misspelt_key(key: str) -> str | None:
    """The key ``key`` is a misspelling of ("chanel", "Subject", "varaibles"), or ``None``; a
    plural ("roles") may be the team's own."""
    low = key.lower()
    if key in KEYS or not any(
        k[0] == low[:1] and abs(len(k) - len(low)) <= 2 for k in KEYS
    ):  # ("id", "owner", "tags": not worth loading difflib for, in a one-file run)
        return None
    import difflib  # only for a key close to one outreach-lint reads

    close = difflib.get_close_matches(low, KEYS, n=1, cutoff=0.8)
    if not close or low == close[0] + "s":
        return None
    return close[0]


def _is_text(node: Node) -> bool:
    if node.kind != "scalar":
        return False
    if node.style is not None:  # quoted, or a block: text whatever it says
        return True
    return isinstance(to_python(node), str)


def _is_null(node: Node) -> bool:
    return node.kind == "scalar" and to_python(node) is None


def _codes(node: Node, bad: Any) -> frozenset[str]:
    value = to_python(node)
    items = re.split(r"[,\s]+", value.strip()) if isinstance(value, str) else value
    if value is None:
        return frozenset()
    if not isinstance(items, list) or not all(isinstance(c, str) for c in items):
        bad("must be a list of rule codes, such as [OL101, OL304]")
        return frozenset()
    codes = [c.upper() for c in items]  # in any case: ol101 is OL101
    wrong = [c for c, code in zip(items, codes, strict=True) if not _CODE.match(code)]
    if wrong:
        bad(f"has {', '.join(repr(c) for c in wrong)}, which is not a rule code (like OL101)")
    return frozenset(c for c in codes if _CODE.match(c))


def declared(
    node: Node, lines: LineIndex, bad: Any, offsets: dict[str, int]
) -> dict[str, Variable] | None:
    """The variables ``node``, the value of ``variables``, declares: ``[a, b]``, ``[{a:
    {max_length: 20}}, {name: b, sample: x}]`` or ``{a: {...}, b: null}``. Where each name is
    written goes to ``offsets`` as ``variables.NAME``; what is wrong, to ``bad(message,
    offset)``."""
    out: dict[str, Variable] = {}
    entries: list[tuple[Node, Node | None, Node]]
    if _is_null(node):
        return out
    if node.kind == "map":
        entries = [(k, v, k) for _key, k, v in mapping_items(node)]
    elif node.kind == "seq":
        entries = []
        for item in node.value:
            if item.kind == "scalar":
                entries.append((item, None, item))
            elif item.kind == "map" and any(k == "name" for k, _kn, _v in mapping_items(item)):
                name_node = next(v for k, _kn, v in mapping_items(item) if k == "name")
                entries.append((name_node, item, item))
            elif item.kind == "map" and len(item.value) == 1:
                k, v = item.value[0]
                entries.append((k, v, item))
            else:
                bad(
                    "items must be names, or a name with max_length / sample",
                    lines.offset(*item.start),
                )
    else:
        bad("must be a list of placeholder names, such as [first_name, company]")
        return None
    for name_node, opts, where in entries:
        name = to_python(name_node)
        name = name.strip() if isinstance(name, str) else ""
        if not name:
            bad("has an entry that is not a placeholder name", lines.offset(*where.start))
            continue
        # (a name alone, as most are: all its fields, without Variable.__new__'s Python code)
        out[name] = (
            from_fields(Variable, (name, None, None))
            if opts is None
            else _variable(name, opts, lines, bad)
        )
        key = "variables." + name
        if key not in offsets:  # (the first of a name given twice)
            line, column = name_node.start
            offsets[key] = lines.offset(line, column)
    return out


def _variable(name: str, opts: Node | None, lines: LineIndex, bad: Any) -> Variable:
    if opts is None or _is_null(opts):
        return Variable(name)
    if opts.kind != "map":
        bad(f"entry {name!r} must map to max_length / sample", lines.offset(*opts.start))
        return Variable(name)
    max_length: int | None = None
    sample: str | None = None
    for key, knode, vnode in mapping_items(opts):
        value = to_python(vnode)
        where = lines.offset(*knode.start)
        if key == "max_length":
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                max_length = value
            else:
                bad(f"max_length of {name!r} must be a whole number of characters", where)
        elif key == "sample":
            sample = None if value is None else str(value)
        elif key != "name":
            bad(f"entry {name!r} has unknown setting {key!r} (expected max_length, sample)", where)
    return Variable(name, max_length, sample)
