"""YAML rule packs: phrase rules written by recruiters, read into ``Rule`` values.

A pack is a YAML file with a ``rules:`` list; ``docs/plugins.md`` is the reference for every
field. Four kinds of rule cover what agencies ask for without Python:

- ``existence``: flag any of ``phrases`` (a client's name, a banned word);
- ``substitution``: flag each key of ``swap`` and suggest its value;
- ``required``: flag a template with none of ``any-of`` (a phrase, or a placeholder in any
  dialect's syntax, which matches a placeholder of the same name in any active dialect);
- ``limit``: flag a count of ``metric`` (words, characters, sentences, questions,
  placeholders) below ``min`` or above ``max``.

Matching is that of the built-in phrase rules (``phrases.compile_phrases``): case-insensitive,
whole words, on ``Message.prose``. A pack is read with positions, so every error is a
``PackError`` naming the pack, the line and the field; the rules it yields carry generated
documentation under the same headings as Python rules.

The modules: ``schema`` (kinds, fields, ``PackRule``, ``PackError``), ``fields`` and ``read``
(checking a pack's text, with line numbers), ``kinds`` (each kind's check), ``docs`` (generated
documentation) and ``load`` (a pack file into rules).
"""

from __future__ import annotations

from outreach_lint.packs.docs import rule_docs
from outreach_lint.packs.load import load_pack, to_rule
from outreach_lint.packs.read import read_pack
from outreach_lint.packs.schema import (
    COMMON_FIELDS,
    KIND_FIELDS,
    KINDS,
    METRICS,
    REQUIRED_FIELDS,
    SCOPES,
    PackError,
    PackRule,
)

__all__ = [
    "COMMON_FIELDS",
    "KINDS",
    "KIND_FIELDS",
    "METRICS",
    "REQUIRED_FIELDS",
    "SCOPES",
    "PackError",
    "PackRule",
    "load_pack",
    "read_pack",
    "rule_docs",
    "to_rule",
]
