"""What each kind of pack rule checks: ``existence``, ``substitution``, ``required``, ``limit``.

Every check takes the ``PackRule`` (bound with ``functools.partial``) and the ``RuleContext``,
like a Python rule's check function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache

from outreach_lint.check import RuleContext
from outreach_lint.message import MASK, Message, Span
from outreach_lint.model import Diagnostic, Dialect, Field
from outreach_lint.name_words import words
from outreach_lint.packs.schema import PackRule, base_message
from outreach_lint.patterns import compile_regex
from outreach_lint.phrases import compile_phrases, phrase_regex
from outreach_lint.rules.text_stats import word_spans
from outreach_lint.scan import scan
from outreach_lint.source_map import SourceMap


def _messages(spec: PackRule, ctx: RuleContext) -> tuple[Message, ...]:
    """The fields of the template the rule looks at: none if its channel is not listed."""
    if spec.channels is not None and (ctx.channel is None or ctx.channel.name not in spec.channels):
        return ()
    if spec.scope == "body":
        return (ctx.body,)
    if spec.scope == "subject":
        return () if ctx.subject is None else (ctx.subject,)
    return ctx.messages


def existence(spec: PackRule, ctx: RuleContext) -> Iterator[Diagnostic]:
    pattern = compile_phrases(spec.phrases)
    for message in _messages(spec, ctx):
        for m in pattern.finditer(message.prose):
            if m.end() > m.start():
                found = " ".join(message.text[m.start() : m.end()].split())
                yield Diagnostic(
                    m.start(),
                    m.end(),
                    f"{base_message(spec)}: '{found}'",
                    field=message.field.name,
                )


def substitution(spec: PackRule, ctx: RuleContext) -> Iterator[Diagnostic]:
    pattern = _swap_pattern(spec.swap)
    for message in _messages(spec, ctx):
        for m in pattern.finditer(message.prose):
            if m.end() == m.start() or m.lastgroup is None:
                continue
            found = " ".join(message.text[m.start() : m.end()].split())
            suggested = spec.swap[int(m.lastgroup[1:])][1]
            if _same_words(found, suggested):
                continue  # "we're" matches "we are" too: the text already says what to write
            yield Diagnostic(
                m.start(),
                m.end(),
                f"{base_message(spec)}: use '{suggested}' instead of '{found}'",
                field=message.field.name,
            )


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> list[str]:
        return text.replace("\u2019", "'").replace("\u2018", "'").casefold().split()

    return words(a) == words(b)


@lru_cache(maxsize=256)
def _swap_pattern(swap: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    order = sorted(range(len(swap)), key=lambda i: len(swap[i][0]), reverse=True)
    return compile_regex(
        "|".join(f"(?P<s{i}>{phrase_regex(swap[i][0])})" for i in order), re.IGNORECASE
    )


def required(spec: PackRule, ctx: RuleContext) -> Iterator[Diagnostic]:
    messages = _messages(spec, ctx)
    if not messages:
        return
    dialects = (*ctx.shared.dialects, *ctx.shared.inactive_dialects)
    names, pattern = _requirements(spec.any_of, dialects)
    for message in messages:
        if pattern is not None and pattern.search(message.prose):
            return
        if any(words(p.name) in names for p in message.placeholders):
            return
    wanted = ", ".join(spec.any_of)
    yield Diagnostic(-1, -1, f"{base_message(spec)} (write one of: {wanted})", field="")


@lru_cache(maxsize=256)
def _requirements(
    any_of: tuple[str, ...], dialects: tuple[Dialect, ...]
) -> tuple[frozenset[tuple[str, ...]], re.Pattern[str] | None]:
    """Placeholder names (as words) and a pattern for the phrases among ``any_of``.

    An entry that is exactly one placeholder in some dialect's syntax is a placeholder; any
    other entry is a phrase.
    """
    names: set[tuple[str, ...]] = set()
    phrases: list[str] = []
    for entry in any_of:
        scanned = scan(Field("any-of", entry, SourceMap.contiguous(0, len(entry))), dialects)
        whole = [p for p in scanned.placeholders if p.start == 0 and p.end == len(entry)]
        if whole and not entry.startswith("re:"):
            names.add(words(whole[0].name))
        else:
            phrases.append(entry)
    return frozenset(names), compile_phrases(phrases) if phrases else None


def limit(spec: PackRule, ctx: RuleContext) -> Iterator[Diagnostic]:
    messages = _messages(spec, ctx)
    if not messages:
        return
    units = [(message, span) for message in messages for span in _units(message, spec.metric)]
    count = len(units)
    noun = spec.metric if count != 1 else spec.metric[:-1]
    if spec.maximum is not None and count > spec.maximum:
        message, first = units[spec.maximum]
        last = [span for m, span in units if m is message][-1]
        yield Diagnostic(
            first.start,
            last.end,
            f"{base_message(spec)} ({count} {noun}; at most {spec.maximum})",
            field=message.field.name,
        )
    elif spec.minimum is not None and count < spec.minimum:
        yield Diagnostic(
            -1, -1, f"{base_message(spec)} ({count} {noun}; at least {spec.minimum})", field=""
        )


def _units(message: Message, metric: str) -> Sequence[Span]:
    """What a ``limit`` rule counts in one field, as spans of ``prose``."""
    if metric == "words":  # as the built-in rules count them (OL502)
        return word_spans(message)
    if metric == "sentences":
        return message.sentences
    if metric == "questions":  # each from its first word, as OL704 points at one
        return [message.question(mark) for mark in message.questions]
    if metric == "placeholders":
        return [Span(p.start, p.end) for p in message.placeholders]
    prose = message.prose  # characters the recipient sees, as Message.visible_length counts
    text = message.text  # (the line breaks a tag holds, not those it shows: ``Message.breaks``)
    hidden = {i for s, e in message.hidden for i in range(s, e) if text[i] != "\n"}
    lo, hi = len(prose) - len(prose.lstrip()), len(prose.rstrip())
    return [Span(i, i + 1) for i in range(lo, hi) if prose[i] != MASK and i not in hidden]


CHECKS: Mapping[str, Callable[[PackRule, RuleContext], Iterator[Diagnostic]]] = {
    "existence": existence,
    "substitution": substitution,
    "required": required,
    "limit": limit,
}
"""The check function of each kind."""
