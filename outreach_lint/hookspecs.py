# mypy: disable-error-code="empty-body"
"""The plugin contract: every hook outreach-lint calls, and nothing else.

A plugin is a module (or object) with functions marked ``@outreach_lint.hookimpl`` whose names
are hooks below. Built-in rules, dialects, parsers, formatters and channels are plugins of
exactly this kind. Every hook here is a *registration* hook: it is called once per run, when
the plugin manager is set up, and returns values (``outreach_lint.model``); outreach-lint never
calls a hook per file, so plugins cost nothing on the hot path.

None of these hooks is ``firstresult``: outreach-lint collects the lists every plugin returns.
A plugin implements only the hooks it needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pluggy

from outreach_lint.model import Channel, Dialect, Formatter, Option, Rule, TemplateParser

PROJECT = "outreach_lint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def outreach_lint_rules() -> Sequence[Rule]:
    """Return the rules this plugin provides.

    Called once at start-up. Each rule's ``code`` must match ``^[A-Z]{2,5}[0-9]{3}$`` and be
    unique across all plugins; the ``plugin`` field is filled in by outreach-lint. Rules with
    ``default=False`` run only when selected by code or prefix.
    """


@hookspec
def outreach_lint_dialects() -> Sequence[Dialect]:
    """Return placeholder dialects (``{{x}}``, ``%FIRSTNAME%``…) this plugin provides.

    Called once at start-up. A dialect is active when its name is in the ``dialects`` config
    key. Names must be unique across plugins.
    """


@hookspec
def outreach_lint_parsers() -> Sequence[TemplateParser]:
    """Return template file formats this plugin can read.

    Called once at start-up. Discovery lints the files whose names match a parser's
    ``patterns``; for each file the parsers are tried in plugin order until one returns a
    ``ParseResult`` rather than ``None``.
    """


@hookspec
def outreach_lint_formatters() -> Sequence[Formatter]:
    """Return output formats for ``--format NAME``.

    Called once at start-up. Names must be unique across plugins.
    """


@hookspec
def outreach_lint_channels() -> Sequence[Channel]:
    """Return channels a template may name in ``channel:``, with their limits.

    Called once at start-up. The ``channels`` config key overrides limits per channel by name.
    """


@hookspec
def outreach_lint_options() -> Mapping[str, Option]:
    """Return the top-level config keys this plugin adds, with defaults and accepted types.

    Called once at start-up. Keys are validated exactly like a rule's options (an unknown key,
    a value of the wrong type, or a list item or mapping key or value that ``values`` does not
    allow, is a config error naming file and line); rules read them from
    ``ctx.shared.plugin_options``. Rule-specific options belong in ``Rule.options``.
    """
