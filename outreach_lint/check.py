"""Run a rule on templates.

A rule's ``check`` function receives a ``RuleContext``: the template, its scanned subject and
body, its channel, the rule's options and the run's shared helpers. Everything in it is
computed once per template and shared by all rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from outreach_lint.addresses import addresses, may_hold_address
from outreach_lint.message import Message
from outreach_lint.model import Channel, Diagnostic, Dialect, Placeholder, Rule, Template
from outreach_lint.name_words import words
from outreach_lint.patterns import compile_folded
from outreach_lint.source_map import LineIndex
from outreach_lint.taxonomy import Taxonomy, a_job, an_agency, maybe_someone_elses
from outreach_lint.theirs import a_place, their_agency, theirs


class Shared(NamedTuple):
    """Per-run state every rule may read."""

    dialects: tuple[Dialect, ...]
    """The active dialects."""
    inactive_dialects: tuple[Dialect, ...]
    channels: Mapping[str, Channel]
    taxonomy: Taxonomy
    known_placeholders: frozenset[str]
    plugin_options: Mapping[str, Any]


_TITLE = frozenset(["title", "Title", "TITLE"])
"""A placeholder named so may be an honorific ("Dear {{ title }} {{ last_name }}")."""
_OURS = compile_folded(r"\b(?:our|my)\s+$")
"""Just before a placeholder: the sender's ("our {{ last_role }} vacancy")."""


class RuleContext:
    """What a rule sees of one template (one context for each template, that its rules read in
    turn, each with its own ``options``).

    ``template``, ``body`` and ``subject`` (``Message`` values, ``subject`` may be ``None``),
    ``channel`` (``None`` when the template names none), ``options`` (the rule's options, with
    config applied), ``shared`` (per-run state), ``messages`` (subject, if any, and body),
    ``placeholders`` (of subject and body) and ``lines`` (the file's line index, for a message
    that names the line of something else; ``None`` when the context was made without one).
    """

    __slots__ = (
        "_kinds",
        "body",
        "channel",
        "lines",
        "messages",
        "options",
        "placeholders",
        "shared",
        "subject",
        "template",
    )

    def __init__(
        self,
        template: Template,
        body: Message,
        subject: Message | None,
        channel: Channel | None,
        options: Mapping[str, Any],
        shared: Shared,
        placeholders: tuple[Placeholder, ...] | None = None,
        lines: LineIndex | None = None,
    ) -> None:
        self.template = template
        self.lines = lines
        self.body = body
        self.subject = subject
        self.channel = channel
        self.options = options
        self.shared = shared
        if placeholders is None:  # (its messages' tuples joined: no generator to run)
            placeholders = (
                body.placeholders if subject is None else subject.placeholders + body.placeholders
            )
        self.placeholders = placeholders
        self.messages: tuple[Message, ...] = (body,) if subject is None else (subject, body)
        """The subject, if there is one, then the body (rules read it about 20 times a
        template: a tuple made once)."""
        self._kinds: dict[Placeholder, str] = {}
        """``kind``'s answers for this template's placeholders (for all its rules: they ask
        about each placeholder two times on average)."""

    def line(self, field: str, offset: int) -> int | None:
        """The file line of ``offset`` in the field named ``field``, when the file's lines are
        known."""
        found = self.template.subject if field == "subject" else self.template.body
        if self.lines is None or found is None:
            return None
        return self.lines.position(found.source_map.to_file(offset))[0]

    @property
    def may_hold_address(self) -> bool:
        """Can a web or e-mail address be in the subject or body? (Most templates: no.)"""
        return may_hold_address(self.body) or (
            self.subject is not None and may_hold_address(self.subject)
        )

    def kind(self, placeholder: Placeholder | str) -> str:
        """What a placeholder is about (``taxonomy``), from its name; for a placeholder found
        in this template whose name says nothing known, from the text before it too: "your
        {{ x }}" is about the recipient (``profile``); a candidate's name beside the reader's
        own ("Hi {{ first_name }}, thanks for recommending {{ candidate_name }}") is someone
        else's (``other``); an agency after what they did there ("you've done home care with
        {{ agency }}") is theirs (``org``); a job of theirs after "our" ("our {{ last_role }}
        vacancy") is the sender's (``job``)."""
        if isinstance(placeholder, str):
            return self.shared.taxonomy.kind(placeholder)
        found = self._kinds.get(placeholder)
        if found is None:
            found = self._kinds[placeholder] = self._kind(placeholder)
        return found

    def _kind(self, placeholder: Placeholder) -> str:
        taxonomy = self.shared.taxonomy
        found = taxonomy.kind(placeholder.name)
        if found == "profile" and placeholder.name in _TITLE:
            return "name" if self._honorific(placeholder) else found
        # (placeholder-kinds, when it names them, beats the text around them)
        name = placeholder.name
        if found == "profile" and a_job(name) and not taxonomy.configured(name):
            return "job" if self._ours(placeholder) else found
        if found == "name" and maybe_someone_elses(name) and not taxonomy.configured(name):
            return "other" if self._beside_the_readers_name() else found
        if found == "sender" and an_agency(name) and not taxonomy.configured(name):
            return "org" if self._their_agency(placeholder) else found
        if found == "profile" and "industry" in words(name) and not taxonomy.configured(name):
            return "other" if self._after_work_on(placeholder) else found
        if found != "other":
            return found
        message = self._message_of(placeholder)
        if message is None:
            return found  # not one of this template's
        sentence = message.sentence_at(placeholder.start)
        before = message.prose[sentence.start : placeholder.start]
        if a_place(words(name), before):
            return found  # "your work on sales at {{ region }}": where, not theirs
        return "profile" if theirs(before) else found

    def _after_work_on(self, placeholder: Placeholder) -> bool:
        """Does the text put an industry where the reader did their work on something: "your
        work on your career at {{ industry }}" (anyone's on a list, not theirs)?"""
        message = self._message_of(placeholder)
        if message is None:
            return False
        sentence = message.sentence_at(placeholder.start)
        before = message.prose[sentence.start : placeholder.start]
        return a_place(words(placeholder.name), before)

    def _ours(self, placeholder: Placeholder) -> bool:
        """Does the text make this job of the reader's the sender's: "our {{ last_role }}
        vacancy got 200 applicants", "we've just filled our {{ previous_role }} vacancy"?"""
        message = self._message_of(placeholder)
        if message is None:
            return False
        start = max(0, placeholder.start - 8)
        return _OURS.search(message.folded, start, placeholder.start) is not None

    def _their_agency(self, placeholder: Placeholder) -> bool:
        """Does the text say this agency is where the recipient works or worked ("you've done
        home care with {{ agency }}")?"""
        message = self._message_of(placeholder)
        if message is None:
            return False
        sentence = message.sentence_at(placeholder.start)
        before = message.prose[sentence.start : placeholder.start]
        after = message.prose[placeholder.end : max(sentence.end, placeholder.end)]
        return their_agency(before, after)

    def _beside_the_readers_name(self) -> bool:
        """Does the template have a name placeholder that is no one else's (``first_name``),
        so that a candidate's (``candidate_name``) is someone else's than the reader's?"""
        taxonomy = self.shared.taxonomy
        return any(
            taxonomy.kind(p.name) == "name" and not maybe_someone_elses(p.name)
            for p in self.placeholders
        )

    def _message_of(self, placeholder: Placeholder) -> Message | None:
        message = self.subject if placeholder.field == "subject" else self.body
        return message if message is not None and placeholder in message.placeholders else None

    def _honorific(self, placeholder: Placeholder) -> bool:
        """Is this ``title`` just before the recipient's name ("Dear {{ title }}
        {{ last_name }}")? Then it holds "Dr" or "Ms", not their job title."""
        message = self._message_of(placeholder)
        if message is None:
            return False
        after = message.placeholders.index(placeholder) + 1
        if after == len(message.placeholders):
            return False
        following = message.placeholders[after]
        between = message.prose[placeholder.end : following.start]
        return not between.strip() and self.shared.taxonomy.kind(following.name) == "name"


class RuleFailure(NamedTuple):
    """A rule raised an exception while checking a template."""

    rule: Rule
    error: BaseException


def run_rule(
    rule: Rule, options: Mapping[str, Any], templates: Sequence[tuple[int, RuleContext]]
) -> list[tuple[int, Sequence[Diagnostic] | RuleFailure]]:
    """``rule``, with ``options``, on each of ``templates`` (a template's place, and its
    context): for each template where it found something, its place and the diagnostics;
    where it raised, a ``RuleFailure``. (One call for a group of templates: most rules find
    nothing in most templates, and a call per template was a good part of their cost. The
    caller leaves out, for a rule that reads English, the templates that are not.)"""
    found: list[tuple[int, Sequence[Diagnostic] | RuleFailure]] = []
    check, wording = rule.check, rule.wording
    built_in = rule.plugin == BUILT_IN  # (the built-in rules' diagnostics are tested)
    for i, context in templates:
        # The rule's options on the template's one context, read by the rules one after the
        # other: a copy of the context for each rule that has options (9 of 29 by default) cost
        # more (measured over 1,000 templates: 4,577 M -> 4,552 M instructions).
        context.options = options
        try:
            # (most find nothing: an empty tuple is the one made once, not a list to free)
            diagnostics = tuple(check(context)) if built_in else _checked(check(context), context)
            if diagnostics and wording and context.may_hold_address:
                diagnostics = tuple(d for d in diagnostics if not _in_an_address(d, context))
        except Exception as error:  # noqa: BLE001 - a plugin's bug must not stop the run
            found.append((i, RuleFailure(rule, error)))
            continue
        if diagnostics:
            found.append((i, diagnostics))
    return found


def _checked(found: Iterable[Diagnostic], context: RuleContext) -> tuple[Diagnostic, ...]:
    """What a plugin's rule gave, each checked to be a ``Diagnostic`` inside its template."""
    if isinstance(found, Diagnostic):
        raise BadDiagnostic("check returned a Diagnostic: yield it instead")
    diagnostics = tuple(found)
    for d in diagnostics:
        _check_diagnostic(d, context)
    return diagnostics


def _in_an_address(d: Diagnostic, ctx: RuleContext) -> bool:
    """Does ``d`` lie inside a web or e-mail address of its field?"""
    message = ctx.subject if d.field == "subject" else ctx.body if d.field == "body" else None
    if message is None or d.start < 0 or d.key is not None:
        return False
    return any(start <= d.start and d.end <= end for start, end in addresses(message))


BUILT_IN = "outreach-lint"
"""The plugin name of outreach-lint's own rules."""


class BadDiagnostic(Exception):
    """A rule reported something that is not a ``Diagnostic`` inside its template."""


def _check_diagnostic(d: object, ctx: RuleContext) -> None:
    if not isinstance(d, Diagnostic):
        raise BadDiagnostic(f"yielded {d!r}, not a Diagnostic")
    if not isinstance(d.message, str) or not d.message.strip():
        raise BadDiagnostic(f"yielded a Diagnostic whose message is {d.message!r}, not a text")
    if d.key is not None and (not isinstance(d.key, str) or not d.key.strip()):
        raise BadDiagnostic(
            f"yielded a Diagnostic whose key is {d.key!r}, not the name of a front-matter key"
        )
    if d.key is not None:
        return  # about a front-matter key (at the template's start when it has no such key)
    if not isinstance(d.start, int) or not isinstance(d.end, int):
        raise BadDiagnostic(
            f"yielded a Diagnostic with start={d.start!r} and end={d.end!r}: they must be "
            "offsets (whole numbers)"
        )
    if d.field == "":
        return  # about the whole template: its offsets are not read (start=-1 by convention)
    fields = {m.field.name: m for m in ctx.messages}
    message = fields.get(d.field)
    if message is None:
        raise BadDiagnostic(
            f"yielded a Diagnostic in field {d.field!r}, which this template does not have "
            f"(it has {', '.join(map(repr, fields))}; use field='' for the whole template)"
        )
    if d.start > d.end:
        raise BadDiagnostic(
            f"yielded a Diagnostic at offsets {d.start} to {d.end}: it ends before it starts"
        )
    if d.start < 0 or d.end > len(message.text):
        raise BadDiagnostic(
            f"yielded a Diagnostic at offsets {d.start} to {d.end}, outside the {d.field} "
            f"(offsets 0 to {len(message.text)})"
        )
