"""Reading a pack's text: check every rule and field, and name the line of any problem."""

from __future__ import annotations

from collections.abc import Mapping

from outreach_lint.config import did_you_mean
from outreach_lint.model import CODE_RE, NAME_RE, Channel, Severity
from outreach_lint.packs.fields import Fields, line_of
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
from outreach_lint.phrases import phrase_problem
from outreach_lint.yaml_source import Node, YamlError, compose, mapping_items, to_python


def read_pack(
    text: str, pack: str, channels: Mapping[str, Channel] | None = None
) -> list[PackRule]:
    """Check the text of a pack and return its rules as written."""
    try:
        root = compose(text)
    except YamlError as e:
        raise PackError(f"invalid YAML: {e}", pack, e.line + 1) from None
    if root is None or root.kind != "map":
        line = root.start[0] + 1 if root is not None else 1
        raise PackError("a rule pack must be a mapping with a 'rules:' list", pack, line)
    rules_node = None
    for key, knode, vnode in mapping_items(root):
        if key != "rules":
            raise PackError(
                f"field {key!r} is not a rule-pack field; a pack has only 'rules'",
                pack,
                line_of(knode),
            )
        rules_node = vnode
    if rules_node is None or rules_node.kind != "seq":
        line = line_of(rules_node) if rules_node is not None else 1
        raise PackError("field 'rules' must be a list of rules", pack, line)
    out: list[PackRule] = []
    seen: dict[str, int] = {}
    for index, node in enumerate(rules_node.value, start=1):
        spec = _read_rule(node, index, pack, channels)
        for key in (spec.code, spec.name):
            if key in seen:
                raise PackError(
                    f"rule {spec.code}: {key!r} is already used by the rule on line {seen[key]}",
                    pack,
                    spec.line,
                )
            seen[key] = spec.line
        out.append(spec)
    return out


def _read_rule(
    node: Node, index: int, pack: str, channels: Mapping[str, Channel] | None
) -> PackRule:
    if node.kind != "map":
        raise PackError(
            f"rule {index} must be a mapping of fields (code, name, kind, message...)",
            pack,
            line_of(node),
        )
    fields = Fields(node, str(index), pack)
    if "code" in fields.nodes:
        code = fields.value("code")
        if not isinstance(code, str) or not CODE_RE.match(code):
            raise fields.error(
                "code", f"must be 2-5 capital letters and 3 digits, like ACME101, not {code!r}"
            )
        fields.label = code
    kind = fields.choice("kind", KINDS, "") if "kind" in fields.nodes else ""
    _check_field_names(fields, kind)
    for key in ("code", "name", "kind", "message", *REQUIRED_FIELDS.get(kind, ())):
        if key not in fields.nodes:
            of_kind = f" ({kind} rule)" if kind else ""
            raise PackError(
                f"rule {fields.label}{of_kind} is missing the field {key!r}",
                pack,
                line_of(node),
            )
    name = fields.text("name", required=True)
    if not NAME_RE.match(name):
        raise fields.error("name", f"must be kebab-case, like client-named-too-early, not {name!r}")
    minimum, maximum = _bounds(fields) if kind == "limit" else (None, None)
    return PackRule(
        code=fields.label,
        name=name,
        kind=kind,
        message=fields.text("message", required=True),
        severity=Severity(fields.choice("severity", ("error", "warning", "info"), "warning")),
        channels=_channels(fields, channels) if "channels" in fields.nodes else None,
        scope=fields.choice("scope", SCOPES, "all"),
        docs=fields.text("docs"),
        example=fields.text("example"),
        use_instead=fields.text("use-instead"),
        phrases=_patterns(fields, "phrases") if kind == "existence" else (),
        swap=_swap(fields) if kind == "substitution" else (),
        any_of=_patterns(fields, "any-of") if kind == "required" else (),
        metric=fields.choice("metric", METRICS, "") if kind == "limit" else "",
        minimum=minimum,
        maximum=maximum,
        pack=pack,
        line=line_of(node),
    )


def _check_field_names(fields: Fields, kind: str) -> None:
    own = (*COMMON_FIELDS, *KIND_FIELDS.get(kind, ()))
    every = (*COMMON_FIELDS, *(f for fs in KIND_FIELDS.values() for f in fs))
    for key, (knode, _vnode) in fields.nodes.items():
        if key in own:
            continue
        if key in every:
            owner = next(k for k, fs in KIND_FIELDS.items() if key in fs)
            problem = f"belongs to {owner} rules, not to {kind or 'rules without a kind'}"
        else:
            problem = f"is not a rule-pack field{did_you_mean(key, every)}"
        raise fields.error(key, problem, knode)


def _channels(fields: Fields, known: Mapping[str, Channel] | None) -> tuple[str, ...]:
    names = fields.items("channels")
    for name, node in names:
        if known is not None and name not in known:
            raise fields.error(
                "channels",
                f"names the unknown channel {name!r}{did_you_mean(name, known)}; "
                f"known channels: {', '.join(known)}",
                node,
            )
    return tuple(name for name, _node in names)


def _patterns(fields: Fields, key: str) -> tuple[str, ...]:
    out = []
    for text, node in fields.items(key):
        if key == "phrases" or text.startswith("re:"):
            _compile(fields, key, text, node)
        out.append(text)
    return tuple(out)


def _swap(fields: Fields) -> tuple[tuple[str, str], ...]:
    node = fields.nodes["swap"][1]
    if node.kind != "map" or not node.value:
        raise fields.error("swap", "must map each word or phrase to flag to what to write instead")
    out = []
    for key, knode, vnode in mapping_items(node):
        value = to_python(vnode)
        if not key.strip() or not isinstance(value, str) or not value.strip():
            raise fields.error("swap", f"must map texts to texts, not {key!r}: {value!r}", knode)
        _compile(fields, "swap", key.strip(), knode)
        out.append((key.strip(), value.strip()))
    return tuple(out)


def _compile(fields: Fields, key: str, phrase: str, node: Node) -> None:
    problem = phrase_problem(phrase)
    if problem is not None:
        raise fields.error(key, problem, node)


def _bounds(fields: Fields) -> tuple[int | None, int | None]:
    values = []
    for key in ("min", "max"):
        value = fields.value(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise fields.error(key, f"must be a whole number, not {value!r}")
        if value is not None and value < 0:
            raise fields.error(key, f"must not be negative, not {value}")
        values.append(value)
    minimum, maximum = values
    if minimum is None and maximum is None:
        raise PackError(
            f"rule {fields.label} (limit rule) needs the field 'min' or 'max'",
            fields.pack,
            line_of(fields.node),
        )
    if minimum is not None and maximum is not None and minimum > maximum:
        raise fields.error("min", f"({minimum}) is more than 'max' ({maximum})")
    return minimum, maximum
