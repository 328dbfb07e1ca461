"""Generated documentation for pack rules, under the headings every Python rule documents."""

from __future__ import annotations

from outreach_lint.packs.schema import PackRule, base_message


def rule_docs(spec: PackRule) -> str:
    """Markdown under the headings every rule documents, from the pack's fields."""
    example, use_instead = _default_examples(spec)
    why = spec.docs or "The rule pack gives no reason; ask the pack's owners."
    return (
        f"## What it does\n\n{base_message(spec)}.\n\n{_what(spec)}\n\n"
        f"## Why is this bad?\n\n{why}\n\n"
        f"## Example\n\n{spec.example or example}\n\n"
        f"## Use instead\n\n{spec.use_instead or use_instead}\n\n"
        "## Options\n\nNone: set the severity with `rules: {"
        f"{spec.code}: {{severity: error}}}}`.\n\n"
        f"Defined in the rule pack `{spec.pack}`, line {spec.line}.\n"
    )


def _where(spec: PackRule) -> str:
    # a limit counts the fields together; the other kinds look at each
    both = "the subject and body" if spec.kind == "limit" else "the subject or body"
    fields = {"all": both, "body": "the body", "subject": "the subject"}
    channels = (
        " of " + ", ".join(f"`{c}`" for c in spec.channels) + " templates" if spec.channels else ""
    )
    return f"{fields[spec.scope]}{channels}"


def _what(spec: PackRule) -> str:
    where = _where(spec)
    if spec.kind == "existence":
        listed = ", ".join(f"`{p}`" for p in spec.phrases)
        return f"An `{spec.kind}` rule: flags any of these phrases in {where}: {listed}."
    if spec.kind == "substitution":
        listed = ", ".join(f"`{a}` (write `{b}`)" for a, b in spec.swap)
        return f"A `{spec.kind}` rule: flags these words in {where}, with a better one: {listed}."
    if spec.kind == "required":
        listed = ", ".join(f"`{p}`" for p in spec.any_of)
        return f"A `{spec.kind}` rule: flags {where} when it has none of: {listed}."
    bounds = " and ".join(
        f"{word} {n}"
        for word, n in (("at least", spec.minimum), ("at most", spec.maximum))
        if n is not None
    )
    together = " together" if spec.scope == "all" else ""
    return f"A `{spec.kind}` rule: {where}{together} must have {bounds} {spec.metric}."


def _default_examples(spec: PackRule) -> tuple[str, str]:
    where = _where(spec)
    if spec.kind == "substitution":
        first, better = spec.swap[0]
        return f"`{first}` in {where}.", f"`{better}`."
    if spec.kind == "existence":
        return f"Any of the phrases above in {where}.", "Leave them out or rephrase."
    if spec.kind == "required":
        return f"{where.capitalize()} without any of them.", f"Write `{spec.any_of[0]}`."
    between = " between them" if spec.scope == "all" else ""
    if spec.maximum is not None:
        return (
            f"{where.capitalize()} with {spec.maximum + 1} {spec.metric}{between}.",
            f"At most {spec.maximum} {spec.metric}.",
        )
    return (
        f"{where.capitalize()} with {(spec.minimum or 1) - 1} {spec.metric}{between}.",
        f"At least {spec.minimum} {spec.metric}.",
    )
