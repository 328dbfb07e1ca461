"""``outreach-lint check``: from command-line options to the report and the exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

from outreach_lint import __version__, batch, console, discover, lint, report
from outreach_lint.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, load_setup
from outreach_lint.config import Config, ConfigError
from outreach_lint.config_values import STDOUT
from outreach_lint.model import FINDING_ORDER, Finding, Problem, ReportContext

if TYPE_CHECKING:
    from outreach_lint import baseline
    from outreach_lint.plugin_model import Registry

STDIN = "-"


def _given(values: Sequence[str], separator: str = ",") -> str | None:
    """A list option given once or more (``--select OL3 --select OL101``: both), or ``None``."""
    return separator.join(values) if values else None


def check(
    paths: Sequence[str], config_path: str | None, isolated: bool, options: dict[str, Any]
) -> int:
    cli_values = {
        "select": _given(options["select"]),
        "extend-select": _given(options["extend_select"]),
        "ignore": _given(options["ignore"]),
        "extend-ignore": _given(options["extend_ignore"]),
        "per-file-ignores": _given(options["per_file_ignores"], " "),
        "exclude": _given(options["exclude"]),
        "extend-exclude": _given(options["extend_exclude"]),
        "extend-include": _given(options["extend_include"]),
        "force-exclude": options["force_exclude"],
        "dialects": _given(options["dialects"]),
        "format": options["output_format"],
        "output-file": options["output_file"],
        "severity-threshold": options["severity_threshold"],
        "jobs": options["jobs"],
        "baseline": options["baseline"],
    }
    if options["no_cache"]:
        cli_values["cache"] = False
    config, registry = load_setup(
        config_path, isolated, cli_values, options["verbose"], warn=options["quiet"] < 2
    )
    formatter = registry.formatters.get(config.format)
    if formatter is None:
        raise Failure(
            f"unknown format {config.format!r}; available: {', '.join(registry.formatters)}"
        )
    try:
        linter = lint.Linter(config, registry, verbose=options["verbose"])
    except ConfigError as error:
        raise Failure(str(error)) from None
    # "--output-file -" is standard output; "reports/x.json" makes reports/, as in ruff.
    output_file = None if config.output_file == STDOUT else config.output_file
    for path, what in ((output_file, "the report"), (options["write_baseline"], "the baseline")):
        problem = report.unwritable(path, what, make_folders=True) if path else None
        if problem is not None:
            raise Failure(problem)

    # --stdin-filename alone reads standard input, as in ruff; no path at all lints the folder.
    # A folder without templates is worth a warning (a CI job pointed at the wrong one would
    # pass); files named and excluded are not (pre-commit names every changed file).
    default = (STDIN,) if options["stdin_filename"] else (".",)
    notes = options["quiet"] < 2  # -qq: nothing but errors
    human = config.format in report.HUMAN_FORMATS
    color = human and not output_file and report.use_color(options["color"], sys.stdout)
    # The report of a format made file by file is made as the results come in, unless what
    # is reported is not yet known (a baseline takes findings out) or not the report itself.
    shows = not ((options["quiet"] and human) or options["write_baseline"] or config.baseline)
    early = report.early(formatter, _context(registry, {}, (), options, color)) if shows else None
    results, stdin_texts = _lint(
        linter,
        config,
        paths or default,
        options["stdin_filename"],
        output_file,
        early.add if early is not None else None,
    )
    console.keep(results)
    if not results and notes and _searched_folders(config, paths or default):
        patterns = discover.template_globs(linter.registry.parsers, config)
        report.echo(
            f"outreach-lint: warning: no templates found in {', '.join(paths or default)}: "
            f"it reads {', '.join(patterns)} (--extend-include adds more), outside excluded "
            "folders",
            err=True,
        )
    # (the results standard input and files that do not exist gave come first, before those
    # the early report was given)
    head = results[: len(results) - early.files] if early is not None else results
    if early is not None and not report.InOrder(head).followed_by(early.order):
        early = None  # (in another order)
    # The findings one after the other, sorted, for all but a report made early, whose
    # findings are needed only to count them: it was made from the results as they came, in
    # report order (10,000 results' findings, listed, took 4-5 ms of the run's last work).
    listed = early is None or options["statistics"] or options["count"]
    findings: Sequence[Finding] = ()
    if listed:
        findings = [f for r in results for f in r.findings]
        if early is None and not report.InOrder(results).holds:
            findings.sort(key=FINDING_ORDER)
    failures = [msg for r in results if r.failures for msg in r.failures]

    if options["write_baseline"]:
        from outreach_lint import baseline

        try:
            scope = baseline.Scope((r.path for r in results), linter.checks)
            kept = baseline.others(options["write_baseline"], scope)
            baseline.write_baseline(findings, options["write_baseline"], kept)
        except baseline.BaselineError as error:
            raise Failure(str(error)) from None
        if notes:
            report.echo(
                f"outreach-lint: wrote {len(findings)} finding(s) to the baseline "
                f"{options['write_baseline']}"
                + (
                    f", and kept {len(kept)} of files or rules not checked this time"
                    if kept
                    else ""
                ),
                err=True,
            )
        return EXIT_OK
    if config.baseline:
        from outreach_lint import baseline

        scope = baseline.Scope((r.path for r in results), linter.checks)
        findings = _apply_baseline(findings, config, notes, scope)

    context = _context(registry, stdin_texts, tuple(r.path for r in results), options, color)
    extra = []
    if options["statistics"]:
        extra.append(report.statistics(findings, registry.rules))
    if options["count"]:
        extra.append(f"{len(findings)}\n")
    # After the report, as flake8 writes them (into the --output-file too); a machine format's
    # output holds the report only, so that it stays valid: they go to standard error there.
    after = extra if human else []
    try:
        if options["quiet"] and human:
            report.write_text([report.quiet(findings, options["quiet"]), *after], output_file)
        elif early is not None:
            early.write([f for r in head for f in r.findings], context, output_file, after)
        else:
            report.write_report(formatter, findings, context, output_file, after)
    except OSError as error:
        if output_file or not isinstance(error, BrokenPipeError):
            where = output_file or "standard output"
            raise Failure(
                f"cannot write the report to {where}: {error.strerror or error}"
            ) from None
        # Standard output's reader stopped reading ("| head"): as git does, the report stops
        # there without a word, and the exit code still says whether there were findings.
    if extra and not human:
        report.write_stream(sys.stderr, extra)
    for message in failures:
        report.echo(f"outreach-lint: error: {message}", err=True)
    if failures:
        return EXIT_ERROR
    if options["exit_zero"]:
        return EXIT_OK
    threshold = config.severity_threshold.rank
    reported = findings if listed else (f for r in results for f in r.findings)
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in reported) else EXIT_OK


def _context(
    registry: Registry,
    stdin_texts: dict[str, str],
    files: tuple[str, ...],
    options: dict[str, Any],
    color: bool,
) -> ReportContext:
    return ReportContext(
        rules=registry.rules,
        sources=report.Sources(stdin_texts),
        files=files,
        show_source=options["show_source"],
        color=color,
        version=__version__,
    )


def _lint(
    linter: lint.Linter,
    config: Config,
    paths: Sequence[str],
    stdin_filename: str | None,
    output_file: str | None = None,
    arrived: Callable[[lint.FileResult], object] | None = None,
) -> tuple[list[lint.FileResult], dict[str, str]]:
    """The results of the files in ``paths``, but the run's own report (``output_file``): a
    ``.txt`` report in a folder it lints would be a template to it."""
    from outreach_lint.read import decode

    results: list[lint.FileResult] = []
    file_args = [p for p in paths if p != STDIN]
    if len(file_args) > 1:  # "m.md ./m.md": once, as first named
        distinct: dict[str, str] = {}
        for path in file_args:
            distinct.setdefault(discover.same_file(path), path)
        file_args = list(distinct.values())
    stdin_texts: dict[str, str] = {}
    if STDIN in paths:
        name = stdin_filename or "stdin"
        excluded = config.force_exclude and discover.Excluder(config).path_excluded(name)
        if not excluded:
            source = decode(name, sys.stdin.buffer.read())
            if isinstance(source, Problem):
                results.append(linter.lint_unreadable(name, source))
            else:
                stdin_texts[name] = source.text
                results.append(linter.lint_source(source))
    missing = [p for p in file_args if not os.path.exists(p)]
    for path in missing:
        results.append(linter.lint_file(path))
    patterns = discover.template_globs(linter.registry.parsers, config)
    files = list(discover.discover([p for p in file_args if p not in missing], config, patterns))
    if output_file is not None and files:
        files = discover.without(files, output_file)
    cache = None
    if config.cache and len(files) >= batch.CACHE_MIN_FILES:
        from outreach_lint.cache import Cache, settings_key

        cache = Cache(config.resolve(config.cache_dir), settings_key(config, linter.registry))
    try:
        results.extend(batch.lint_files(linter, files, config.jobs, cache, arrived))
    except batch.WorkerDied as error:
        raise Failure(str(error)) from None
    return results, stdin_texts


def _searched_folders(config: Config, paths: Sequence[str]) -> bool:
    """Were folders searched for templates (not only files named, nor folders named but
    excluded with --force-exclude, as a wrapper passing changed folders does)?"""
    excluder = discover.Excluder(config) if config.force_exclude else None
    return any(
        os.path.isdir(p) and not (excluder is not None and excluder.path_excluded(p)) for p in paths
    )


def _apply_baseline(
    findings: Sequence[Finding], config: Config, notes: bool, scope: baseline.Scope
) -> list[Finding]:
    from outreach_lint import baseline

    try:
        known = baseline.load_baseline(config.baseline or "")
    except baseline.BaselineError as error:
        raise Failure(str(error)) from None
    result = baseline.apply_baseline(findings, known, scope)
    if notes:
        click.echo(
            f"outreach-lint: {result.matched} finding(s) in the baseline were not reported; "
            f"{result.stale} baseline entr{'y is' if result.stale == 1 else 'ies are'} fixed "
            "and can be removed (--write-baseline to refresh)",
            err=True,
        )
    return result.new
