"""The ``outreach-lint`` command: ``check``, ``rules``, ``rule CODE`` and ``--version``.

Exit codes: 0 no findings, 1 findings (at or above ``--severity-threshold``), 2 a usage,
config or plugin error, or a rule that crashed.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from outreach_lint import __version__
from outreach_lint.config import Config, ConfigError
from outreach_lint.plugins import PluginError, Registry

if TYPE_CHECKING:
    from outreach_lint.config_file import RawConfig

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

LIST_OPTIONS = (
    "select",
    "extend-select",
    "ignore",
    "extend-ignore",
    "exclude",
    "extend-exclude",
    "extend-include",
    "dialects",
)


class Failure(Exception):
    """A problem that ends the run with exit code 2 and a one-line message."""


def _fail(message: str) -> NoReturn:
    raise Failure(message)


def load_setup(
    config_path: str | None,
    isolated: bool,
    cli: dict[str, Any],
    verbose: bool = False,
    warn: bool = True,
    broken: list[str] | None = None,
) -> tuple[Config, Registry]:
    """Config file + CLI values + plugins, all checked; errors become ``Failure``, and what
    is odd but harmless is a warning on stderr (unless ``warn`` is false: ``-qq``).

    With a list for ``broken`` (``--version``), a plugin that fails to load is left out and
    its error added there; once one has, the settings that name what plugins provide are not
    checked (the broken plugin's would be unknown)."""
    from outreach_lint import config_file, config_names, config_values, plugins

    if isolated and config_path:
        _fail("--isolated ignores every config file: give --config or --isolated, not both")
    raw: RawConfig | None = None
    try:
        if not isolated:
            path = config_path or config_file.find_config(os.getcwd())
            raw = config_file.read_config(path) if path else None
        if verbose:
            used = "none (--isolated)" if isolated else raw.path if raw else "none found"
            from outreach_lint.report import echo

            echo(f"outreach-lint: config: {used}", err=True)
        config, extra = config_values.build(raw, cli)
        registry = plugins.load(config, verbose=verbose, broken=broken)
        if broken:
            return config, registry
        plugin_options = config_names.check_plugin_keys(raw, extra, registry.options)
        config_names.check_plugin_names(raw, cli, config, registry)
        if warn:
            from outreach_lint.report import echo

            for warning in config_names.unknown_ignores(raw, cli, config, registry.rules):
                echo(f"outreach-lint: warning: {warning}", err=True)
        defaults = {k: o.default for k, o in registry.options.items()}
        config = config.with_overrides(plugin_options={**defaults, **plugin_options})
    except ConfigError as error:
        _fail(str(error))
    except PluginError as error:
        _fail(_plugin_error(error, raw, cli))
    return config, registry


def _plugin_error(error: PluginError, raw: RawConfig | None, cli: dict[str, Any]) -> str:
    """The error, after the config file and line that asked for the plugin or pack."""
    from outreach_lint.config_values import Where

    if error.key is None or raw is None or raw.path is None or cli.get(error.key) is not None:
        return str(error)
    line = Where(raw.path, raw.lines).line(f"{error.key}.{error.index}")
    return str(ConfigError(str(error), raw.path, line))


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    import platform

    from outreach_lint import prefilter

    broken: list[str] = []
    _config, registry = load_setup(None, False, {}, broken=broken)
    plugins = ", ".join(f"{p.name}: {p.version}" if p.version else p.name for p in registry.plugins)
    re2 = prefilter.re2_version()
    click.echo(
        f"outreach-lint {__version__} ({plugins}) {platform.python_implementation()} "
        f"{platform.python_version()} on {platform.system()}; "
        + (f"google-re2 {re2}: large runs prefiltered" if re2 else "no google-re2: no prefilter")
    )
    for message in broken:  # listed, not fatal: --version is how a broken setup is looked into
        click.echo(f"outreach-lint: error: {message}", err=True)
    if broken:
        click.echo(
            "outreach-lint: 'check' and 'rules' stop with exit 2 until that is fixed", err=True
        )
    ctx.exit(0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version and the loaded plugins, then exit.",
)
def cli() -> None:
    """Lint recruiting outreach templates: LinkedIn notes, InMails and e-mails."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))  # unreadable: OL901
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Use this config file instead of searching for one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option(
    "--select",
    multiple=True,
    help="Rules to run, by code or prefix, comma separated (replaces the default set).",
)
@click.option("--extend-select", multiple=True, help="Rules to run besides the selected ones.")
@click.option("--ignore", multiple=True, help="Rules not to run, by code or prefix.")
@click.option("--extend-ignore", multiple=True, help="More rules not to run.")
@click.option("--per-file-ignores", multiple=True, help="'glob:CODES' pairs, space separated.")
@click.option(
    "--exclude", multiple=True, help="Globs never linted (replaces the default excludes)."
)
@click.option("--extend-exclude", multiple=True, help="More globs never linted.")
@click.option(
    "--extend-include",
    multiple=True,
    help="More file globs to lint as text templates ('*.html').",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    default=None,
    help="Apply excludes to files named on the command line too.",
)
@click.option("--dialects", multiple=True, help="Active placeholder dialects, comma separated.")
@click.option(
    "--format",
    "output_format",
    help="Output format: default, pylint, json, sarif, github, gitlab, junit, azure, or one a "
    "plugin adds.",
)
@click.option("--output-file", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option(
    "--severity-threshold",
    type=click.Choice(["error", "warning", "info"]),
    help="Lowest severity that makes the exit code 1 (default: info).",
)
@click.option("--show-source", is_flag=True, help="Show the line and a caret under the column.")
@click.option("--statistics", is_flag=True, help="Count findings per code.")
@click.option("--count", is_flag=True, help="Print the number of findings.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "-q",
    "--quiet",
    count=True,
    help="-q: only file names; -qq: nothing (also in --output-file). A CI format's report "
    "is always whole; -qq still drops the notes on standard error.",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the default output.",
)
@click.option(
    "--stdin-filename",
    help="The path to report for '-' (standard input); given without PATHS, standard input "
    "is read.",
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes (default: all cores).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Don't read or write the result cache (used in runs of 64 files or more).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record the current findings in this baseline file, then exit 0.",
)
@click.option("-v", "--verbose", is_flag=True, help="Explain more; show plugin tracebacks.")
def check(paths: tuple[str, ...], config_path: str | None, isolated: bool, **options: Any) -> int:
    """Lint the templates in PATHS (default: the current folder; '-' reads standard input)."""
    from outreach_lint import run

    return run.check(paths, config_path, isolated, options)


@cli.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--isolated", is_flag=True)
def rules(config_path: str | None, isolated: bool) -> int:
    """List every rule: code, name, on by default or not, plugin and summary."""
    from outreach_lint.report import write_text

    _config, registry = load_setup(config_path, isolated, {})
    rows = [
        (r.code, r.name, "on" if r.default else "opt-in", r.plugin, r.summary)
        for r in registry.rules.values()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)] if rows else [0] * 4
    write_text(
        (
            "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + f"  {row[4]}\n"
            for row in rows
        ),
        None,
    )
    return EXIT_OK


@cli.command()
@click.argument("code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
@click.option("--isolated", is_flag=True)
def rule(code: str, config_path: str | None, isolated: bool) -> int:
    """Show the full documentation of the rule CODE."""
    from outreach_lint.config import did_you_mean
    from outreach_lint.config_names import code_hint
    from outreach_lint.model import CODE_RE
    from outreach_lint.report import echo

    _config, registry = load_setup(config_path, isolated, {})
    found = registry.rules.get(code.upper())
    by_name = {r.name: r for r in registry.rules.values()}
    if found is None:
        found = by_name.get(code)
    if found is None:
        hint = (
            code_hint(code.upper(), registry.rules)
            if CODE_RE.match(code.upper())
            else did_you_mean(code, by_name)
        )
        _fail(f"no rule {code!r}{hint}; 'outreach-lint rules' lists them")
    default = "on by default" if found.default else "opt-in (select it by code or prefix)"
    english = " Reads English: silent on templates in other languages." if found.english else ""
    echo(
        f"# {found.code} {found.name}\n\nPlugin: {found.plugin}. {default.capitalize()}."
        f" Severity: {found.severity.value}.{english}\n\n{found.docs.strip()}"
    )
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code instead of exiting."""
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="outreach-lint",
            standalone_mode=False,
        )
    except Failure as error:
        from outreach_lint.report import echo

        echo(f"outreach-lint: error: {error}", err=True)
        return EXIT_ERROR
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.Abort:
        click.echo("Aborted!", err=True)
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())


def main_exit() -> NoReturn:
    """The command line as a process (``console.main``: the console script, ``python -m
    outreach_lint``).

    It ends the process once the output is flushed and the exit handlers have run, without
    the interpreter's teardown: freeing every object one by one (compiled patterns, plugins,
    the findings of a large run) and collecting garbage, which nothing needs at the end of a
    run. That teardown took 15-25 ms of a 75 ms run over one template (a pre-commit hook's
    run) and about 50 ms after 10,000 templates. mypy ends the same way."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # its reader went away (| head): nothing can reach it
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(code)
