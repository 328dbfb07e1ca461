"""The fields of one rule mapping, with their YAML nodes, so every error names its line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from outreach_lint.config import did_you_mean
from outreach_lint.packs.schema import PackError
from outreach_lint.yaml_source import Node, mapping_items, to_python


class Fields:
    """The fields of one rule mapping, with their nodes, for checks that name a line."""

    def __init__(self, node: Node, label: str, pack: str) -> None:
        self.node, self.label, self.pack = node, label, pack
        self.nodes: dict[str, tuple[Node, Node]] = {}
        for key, knode, vnode in mapping_items(node):
            if key in self.nodes:
                raise self.error(key, "is given twice", knode)
            self.nodes[key] = (knode, vnode)

    def error(self, key: str, problem: str, node: Node | None = None) -> PackError:
        at = node or (self.nodes[key][1] if key in self.nodes else self.node)
        return PackError(f"field {key!r} of rule {self.label} {problem}", self.pack, line_of(at))

    def value(self, key: str) -> Any:
        return to_python(self.nodes[key][1]) if key in self.nodes else None

    def text(self, key: str, default: str = "", *, required: bool = False) -> str:
        value = self.value(key)
        if value is None and not required:
            return default
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"must be text, not {value!r}")
        return value.strip()

    def choice(self, key: str, choices: Sequence[str], default: str) -> str:
        value = self.value(key)
        if value is None:
            return default
        if value not in choices:
            raise self.error(
                key,
                f"must be {_either(choices)}, not {value!r}{did_you_mean(str(value), choices)}",
            )
        return str(value)

    def items(self, key: str) -> list[tuple[str, Node]]:
        """A non-empty list of texts, each with its node."""
        node = self.nodes[key][1]
        if node.kind != "seq" or not node.value:
            raise self.error(key, "must be a list of one or more texts")
        out = []
        for item in node.value:
            value = to_python(item)
            if not isinstance(value, str) or not value.strip():
                raise self.error(key, f"must hold texts, not {value!r}", item)
            out.append((value.strip(), item))
        return out


def line_of(node: Node) -> int:
    """The 1-based line a node starts on."""
    return node.start[0] + 1


def _either(choices: Sequence[str]) -> str:
    return ", ".join(choices[:-1]) + f" or {choices[-1]}"
