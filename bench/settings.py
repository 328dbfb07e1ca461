"""Paths, reference commands and the issue's targets, shared by the benchmark's modules."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
OUT = CORPUS / "out"
PROSELINT_VENV = HERE / ".venv-proselint"
USER_VENV = HERE / ".venv-user"
AS_INSTALLED = "outreach-lint-as-installed"
"""Beside an install the bench made: the compiled-pattern files as pip installed them (from
the wheel), put in place for the "first run after install" figures."""
CACHE_NAME = ".outreach-lint-cache"
IMPORTS = "import click, pluggy, ruamel.yaml"
MB = 1_000_000

# Variables a user's shell doesn't set that change what is measured: without bytecode
# files every run compiles outreach-lint from source (and its compiled-regex cache is off),
# while the reference points import pre-compiled site-packages.
UNUSUAL_ENV = ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "PYTHONPROFILEIMPORTTIME")

# Targets of the issue.
ONE_FILE_MAX = 1.5  # one small template <= 1.5x the import floor
VS_PROSELINT_MAX = 1 / 25  # N=10000 <= 1/25 of proselint
VS_FLOOR_MAX = 2.0  # N=10000 <= 2x the one-process regex floor
YAML_MAX = 3.0  # a collection of N templates <= 3x the same N as files
LINEAR_SLACK = 1.1  # 10x the templates <= 11x the time
RSS_MAX = 150 * MB
WARM_MAX = 0.20  # warm cache run <= 20% of the cold run
