"""Paths in, findings out: read → parse → check → filter, for every file. No printing.

``Linter`` holds what is fixed for a run (enabled rules with their options, active dialects,
channels); ``Linter.lint_sources`` is the whole pipeline for a few files (``batch`` gives it
64 at a time, in parallel when asked, with results in the same order as a serial run), and
``Linter.lint_source`` for one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from outreach_lint import parse, prefilter, read
from outreach_lint.check import RuleContext, RuleFailure, Shared, run_rule
from outreach_lint.config import Config
from outreach_lint.config_names import check_plugin_names
from outreach_lint.language import in_english
from outreach_lint.memo import Kept
from outreach_lint.message import Message
from outreach_lint.model import (
    FINDING_ORDER,
    Diagnostic,
    Finding,
    Problem,
    Rule,
    Severity,
    SourceFile,
    Template,
    from_fields,
)
from outreach_lint.noqa import yaml_noqa
from outreach_lint.plugins import Registry
from outreach_lint.rule_settings import rule_options, severity
from outreach_lint.select import ALWAYS, PerFileIgnores, enabled_codes, matches
from outreach_lint.source_map import LineIndex
from outreach_lint.suppression import INVALID_NOQA, noqa_lines, suppressed
from outreach_lint.taxonomy import Taxonomy

_NO_OPTIONS: Mapping[str, Any] = MappingProxyType({})
"""The options of a rule that has none (read-only: every such rule reads the same)."""


class FileResult(NamedTuple):
    path: str
    findings: list[Finding]
    """In report order (``FINDING_ORDER``)."""
    failures: list[str]
    """Rules that raised, described for the user (the run then exits 2)."""


TOGETHER = 64
"""Templates each rule runs over before the next rule starts (``Linter.lint_sources``)."""


class _Checked:
    """A template the rules run on: its context (until they are done), its lines' suppression
    comments, and the results of the rules that found something in it or failed."""

    __slots__ = ("after", "context", "found", "noqa", "template")

    def __init__(self, context: RuleContext, noqa: dict[int, frozenset[str]], after: int) -> None:
        self.template = context.template
        self.context: RuleContext = context
        self.noqa = noqa
        self.after = after
        """How many of the file's other findings come before this template's."""
        self.found: list[tuple[int, Sequence[Diagnostic] | RuleFailure]] = []
        """The rules that found something or failed, by their place in ``Linter.to_run``,
        in that order, with what they found (most find nothing: 5 results in 6)."""

    def done(self) -> None:
        del self.context


class _File(NamedTuple):
    path: str
    lines: LineIndex | None
    """``None`` when the file holds no templates (nothing the parsers read)."""
    findings: list[Finding]
    """About the file itself and its templates' front matter, channels and comments."""
    templates: list[_Checked]


class Linter:
    """The fixed part of a run: which rules, options, dialects and channels."""

    def __init__(self, config: Config, registry: Registry, *, verbose: bool = False) -> None:
        self.config = config
        self.registry = registry
        self.verbose = verbose
        """Whether a rule that fails is reported with its traceback (``check --verbose``)."""
        # (the command line has checked these already, with the lines of the config file)
        check_plugin_names(None, {}, config, registry)
        self.enabled = enabled_codes(config, registry.rules)
        self.options = rule_options(config, registry.rules)
        self.severity = {code: severity(config, rule) for code, rule in registry.rules.items()}
        self.to_run: tuple[tuple[Rule, Mapping[str, Any]], ...] = tuple(
            (r, MappingProxyType(self.options[c]) if self.options[c] else _NO_OPTIONS)
            for c, r in registry.rules.items()
            if c in self.enabled and not c.startswith(ALWAYS)
        )
        """The rules to run, in order; a tuple, as ``_reported`` is read by its places."""
        self._reported = [
            (rule.code, self.severity[rule.code], rule.name, rule.plugin) for rule, _ in self.to_run
        ]
        """The fields of a finding that are its rule's, for each rule of ``to_run``."""
        self.ignored = (*config.ignore, *config.extend_ignore)
        self.per_file = PerFileIgnores(config)
        self.shared = Shared(
            dialects=tuple(registry.dialects[d] for d in config.dialects),
            inactive_dialects=tuple(
                d for n, d in registry.dialects.items() if n not in config.dialects
            ),
            channels=registry.channels,
            taxonomy=Taxonomy(config.placeholder_kinds),
            known_placeholders=config.known_placeholders,
            plugin_options=config.plugin_options,
        )

    def lint_file(self, path: str) -> FileResult:
        source = read.read(path)
        if isinstance(source, Problem):
            return self.lint_unreadable(path, source)
        return self.lint_source(source)

    def lint_unreadable(self, path: str, problem: Problem) -> FileResult:
        lines = LineIndex.of(problem.text) if problem.text is not None else None
        return FileResult(path, self._problems(path, lines, [problem]), [])

    def lint_source(self, src: SourceFile) -> FileResult:
        return self.lint_sources([src])[0]

    def lint_sources(self, sources: Sequence[SourceFile]) -> list[FileResult]:
        """The results of ``sources``, in their order. Each rule runs over a group of their
        templates (``TOGETHER``) before the next rule starts: its patterns (some are hundreds
        of kilobytes of engine code) and RE2's tables stay in the processor's caches from one
        template to the next, where running every rule on one template after the other
        evicts them. The findings are those of one template at a time, in the same order.

        The garbage collector waits meanwhile: what the rules compute for a group lives until
        the group is done, and each collection in between walked all of it again (over 10,000
        templates, 9-14% of a worker's time; the rules make almost no cycles: 400 objects). It
        is back on after each call (64 files in a run over a folder), so that cycles made by
        other rules cannot pile up over a run."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._lint_sources(sources)
        finally:
            if collecting:
                gc.enable()

    def _lint_sources(self, sources: Sequence[SourceFile]) -> list[FileResult]:
        files = [self._prepare(src) for src in sources]
        checked = [t for f in files for t in f.templates]
        for start in range(0, len(checked), TOGETHER):
            group = checked[start : start + TOGETHER]
            prefilter.look_ahead([m.folded for t in group for m in t.context.messages])
            contexts = [(at, t.context) for at, t in enumerate(group)]
            # Those whose body reads as English, asked when the first rule that reads English
            # runs (``Rule.english``): once a template, not once for each such rule, whose
            # loop then reads only those (a run over 1,000 templates: 4,228 M -> 4,217 M
            # instructions).
            english: list[tuple[int, RuleContext]] | None = None
            for i, (rule, options) in enumerate(self.to_run):
                if not rule.english:
                    on = contexts
                elif english is None:
                    on = english = [(at, c) for at, c in contexts if in_english(c.body)]
                else:
                    on = english
                for at, result in run_rule(rule, options, on):
                    group[at].found.append((i, result))
            for t in group:
                t.done()  # (what was computed for the rules can go: a collection may hold
                # thousands of templates)
        return [self._finish(f) for f in files]

    def _prepare(self, src: SourceFile) -> _File:
        """``src`` parsed and its templates scanned, with the findings about its front matter,
        channels and suppression comments: all but the rules' findings."""
        parsed = parse.parse_file(src, self.registry.parsers)
        if parsed is None:
            return _File(src.path, None, [], [])
        lines = LineIndex.of(src.text)
        # (most files have no problem, most templates no comment: no call to say so)
        findings = self._problems(src.path, lines, parsed.problems) if parsed.problems else []
        templates: list[_Checked] = []
        # "# outreach-lint: noqa" in the front matter or a collection's YAML: for every template
        in_yaml, bad_noqa = noqa_lines(
            lines, yaml_noqa(src.text, parsed.templates), self._names_a_rule
        )
        if bad_noqa and INVALID_NOQA in self.enabled:
            findings.extend(self._problems(src.path, lines, bad_noqa))
        for template in parsed.templates:
            template, problems = parse.check_channel(
                template, self.registry.channels, self.config.default_channel
            )
            if problems:
                findings.extend(self._problems(src.path, lines, problems, template))
            template, subject, body = parse.scan_template(template, self.shared.dialects)
            if body.hidden:
                template = _at_first_word(template, body)
            channel = self.registry.channels.get(template.channel or "")
            context = RuleContext(
                template, body, subject, channel, _NO_OPTIONS, self.shared, lines=lines
            )
            directives = [  # (most fields have no comment to read directives from)
                (m.field.source_map.to_file(d.start), d)
                for m in ((body,) if subject is None else (subject, body))
                if m.comments
                for d in m.noqa
            ]
            noqa, bad_noqa = noqa_lines(lines, directives, self._names_a_rule, in_yaml)
            if bad_noqa and INVALID_NOQA in self.enabled:
                findings.extend(self._problems(src.path, lines, bad_noqa, template))
            templates.append(_Checked(context, noqa, len(findings)))
        return _File(src.path, lines, findings, templates)

    def _finish(self, file: _File) -> FileResult:
        """``file``'s findings with its rules', in report order."""
        if file.lines is None:
            return FileResult(file.path, file.findings, [])
        lines, path = file.lines, file.path
        # the findings about a template come after those of the templates before it
        findings = file.findings[: file.templates[0].after] if file.templates else file.findings
        failures: list[str] = []
        ignored_here = self.per_file.codes_for(path)
        for i, checked in enumerate(file.templates):
            template = checked.template
            # (most templates suppress nothing, and no code is ignored for most files)
            suppressing = bool(checked.noqa or template.ignore or ignored_here)
            for at, found in checked.found:
                if isinstance(found, RuleFailure):
                    failures.append(_failure(path, template, found, self.verbose))
                    continue
                reported = self._reported[at]
                for diagnostic in found:
                    finding = self._finding(reported, diagnostic, template, lines)
                    if suppressing and suppressed(
                        finding.code, finding.line, template, checked.noqa, ignored_here
                    ):
                        continue
                    findings.append(finding)
            end = file.templates[i + 1].after if i + 1 < len(file.templates) else None
            findings.extend(file.findings[checked.after : end])
        findings.sort(key=FINDING_ORDER)
        return FileResult(path, findings, failures)

    def _finding(
        self,
        reported: tuple[str, Severity, str, str],
        d: Diagnostic,
        template: Template,
        lines: LineIndex,
    ) -> Finding:
        """The finding of ``d`` about ``template``; ``reported``: its rule's code, severity,
        name and plugin."""
        start, end, message, field_name, key = d
        if key is not None:  # at the key's line; at the template's start when it has none
            start = end = template.key_offsets.get(key, template.offset)
            # ("variables.x": the fingerprint of "variables", as before each name had its line)
            snippet = key.partition(".")[0] if key in template.key_offsets else ""
        else:
            field = template.body if field_name == "body" else template.subject
            if field_name == "" or field is None or start < 0:  # the whole template
                start = end = template.offset
                snippet = ""
            else:
                snippet = field.text[start:end]
                # (one call for both ends, and one for both positions below: a run over
                # 1,000 templates, 5,848 findings, 4,247 M -> 4,227 M instructions)
                if end > start:
                    start, end = field.source_map.span_to_file(start, end)
                else:
                    start = end = field.source_map.to_file(start)
        line, column, end_line, end_column = lines.span(start, end)
        code, level, name, plugin = reported
        # all twelve fields in order, without Finding.__new__'s Python code
        return from_fields(
            Finding,
            (
                template.path,
                line,
                column,
                end_line,
                end_column,
                code,
                _ONE_LINES[message],
                level,
                name,
                plugin,
                template.name,
                snippet,
            ),
        )

    def checks(self, path: str, code: str) -> bool:
        """Does a run look for ``code`` in the file at ``path``? A rule must be enabled and not
        ignored there; a file that cannot be read or parsed (OL901, OL902) is reported unless
        ignored, whatever is selected, as ruff reports syntax errors."""
        if code in _UNPARSED:
            return not matches(code, (*self.ignored, *self.per_file.codes_for(path)))
        return code in self.enabled and not matches(code, self.per_file.codes_for(path))

    def _names_a_rule(self, prefix: str) -> bool:
        return prefix == "ALL" or any(code.startswith(prefix) for code in self.registry.rules)

    def _problems(
        self,
        path: str,
        lines: LineIndex | None,
        problems: Iterable[Problem],
        template: Template | None = None,
    ) -> list[Finding]:
        out = []
        for p in problems:
            if matches(p.code, (*self.ignored, *self.per_file.codes_for(path))):
                continue
            line, column = lines.position(p.offset) if lines is not None else (1, 1)
            rule = self.registry.rules.get(p.code)
            out.append(
                Finding(
                    path,
                    line,
                    column,
                    line,
                    column,
                    p.code,
                    one_line(p.message),
                    self.severity.get(p.code, Severity.ERROR),
                    rule.name if rule else "",
                    rule.plugin if rule else "",
                    template.name if template else None,
                    p.message,
                )
            )
        return out


def _at_first_word(template: Template, body: Message) -> Template:
    """Findings about the whole template point at the body's first visible character: after
    any tags and comments (``<html><body><p>``, ``{# draft #}``) it starts with."""
    prose = body.prose
    lead = len(prose) - len(prose.lstrip())
    if lead == len(prose):
        return template
    return template._replace(offset=body.field.source_map.to_file(lead))


def one_line(message: str) -> str:
    """``message`` on one line, for reports that give each finding a line: white space (line
    breaks in a quoted placeholder, a plugin's "\\n") as single spaces, control characters
    dropped. (Most messages are printable as they are, which is checked in C.)"""
    if message.isprintable():
        return message
    return "".join(c for c in " ".join(message.split()) if c.isprintable() or c == " ")


_ONE_LINES = Kept(one_line, 4096)
"""``one_line``'s answers, by message: a run's findings say far fewer different things than
there are findings (over 10,000 templates, 59,539 findings and 1,963 messages), and looking one
up costs less than reading its every character again; findings then share one string for a
message, which a worker sends once for a group of files (the pickle's memo)."""


_UNPARSED = (read.UNREADABLE, parse.INVALID)
"""Files that cannot be read or parsed: reported whatever is selected (unless ignored)."""


def _failure(path: str, template: Template, failure: RuleFailure, verbose: bool) -> str:
    rule = failure.rule
    where = f"{path}" + (f" (template {template.name})" if template.name else "")
    said = (
        f"{where}: rule {rule.code} ({rule.name}) from plugin {rule.plugin} failed: "
        f"{type(failure.error).__name__}: {failure.error}"
    )
    if not verbose:
        return said
    import traceback  # only for --verbose

    return said + "\n" + "".join(traceback.format_exception(failure.error)).rstrip()
