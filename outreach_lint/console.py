"""The ``outreach-lint`` console script and ``python -m outreach_lint``: the command line
(``cli``) as a process of its own.

Start-up (importing click and the rules, loading the plugins, reading the config) makes the
objects that live until the process ends, and next to no garbage. The garbage collector is
off meanwhile: its passes over those objects cost 4% of a run over one template, the
pre-commit case (344 M instructions with them, 331 M without). When the templates are about
to be linted (``resume``), what start-up made is frozen, so that no later collection walks it
again (nor, in the worker processes of a large run, writes to the memory they share with the
parent until one of them writes), and collection is back on, for what rules and plugins
leave behind.

The process ends without the interpreter's teardown (``cli.main_exit``), and what the run
made is kept to the end (``keep``) rather than freed one object at a time when the command
returns.

``cli.main`` run from Python (a test, a tool of one's own) leaves the collector as it finds it,
and frees what a run made when it returns.
"""

from __future__ import annotations

import gc
from typing import NoReturn

_paused = False
"""Did the console script turn the collector off for start-up, to be turned on by ``resume``?"""
_frozen = False
_console = False
"""Is this process the console script, which ends without freeing its objects?"""
_kept: object = None


def main() -> NoReturn:
    """The console script: the command line, with the collector off until linting starts."""
    global _paused, _console
    _console = True
    if gc.isenabled():
        gc.disable()
        _paused = True
    from outreach_lint.cli import main_exit

    main_exit()


def resume() -> None:
    """Before linting: freeze what start-up made and turn collection back on, if the console
    script turned it off."""
    global _paused, _frozen
    if _paused:
        _paused = False
        gc.freeze()
        _frozen = True
        gc.enable()


def froze_start_up() -> bool:
    """Has ``resume`` frozen start-up's objects? Then objects that live as long (a run's
    results) may be frozen with them."""
    return _frozen


def keep(value: object) -> None:
    """In the console script, keep ``value`` until the process ends: a run's results, which
    freeing one object at a time when the command returns took 10 ms after 10,000 templates
    (59,000 findings), for nothing, since the process then ends without freeing anything.
    Run from Python, ``value`` goes when its last reference does, as usual."""
    global _kept
    if _console:
        _kept = value
