"""The wheel holds the compiled patterns and their analyses (setup.py, outreach_lint/prebuild.py),
and an install from it compiles nothing of its own on its first run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from outreach_lint import patterns, plugins, prefilter_build
from outreach_lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "templates-repo" / "templates"


STALE = "stale.marshal"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from a copy of the project whose ``build`` folder holds what an
    earlier build of other code left: a file of another name, and a broken pattern file."""
    source = tmp_path_factory.mktemp("project")
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "outreach_lint", source / "outreach_lint", ignore=_NOT_SOURCE)
    left = source / "build" / "lib" / "outreach_lint" / "__pycache__"
    left.mkdir(parents=True)
    (left / STALE).write_bytes(b"from an earlier build")
    (left / os.path.basename(patterns._cache_file() or "x")).write_bytes(b"\xff" * 64)
    out = tmp_path_factory.mktemp("wheel")
    # As pip builds it for pre-commit, or from an sdist: setuptools and pluggy fetched for the
    # build, which runs setup.py.
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)]
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run(command, check=True, cwd=out, env=env, timeout=600)
    (built,) = out.glob("outreach_lint-*.whl")
    return built


_NOT_SOURCE = shutil.ignore_patterns("__pycache__", "*.pyc")


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files, as pip lays them out in site-packages."""
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    return site


def kept_names() -> set[str]:
    """The names of the files outreach-lint keeps beside its bytecode, for this interpreter."""
    assert patterns._cache_file() is not None
    return {os.path.basename(patterns._cache_file() or ""), prefilter_build.ANALYSES_FILE}


def test_the_wheel_holds_the_compiled_patterns_and_no_bytecode(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    kept = {n.rpartition("/")[2] for n in names if n.startswith("outreach_lint/__pycache__/")}
    # (not what an earlier build left; the bytecode is pip's to write, for the Python installing)
    assert kept == kept_names()
    assert not [n for n in names if n.endswith(".pyc")]


FIRST_RUN = """
import json, sys
from outreach_lint import patterns, plugins, prefilter, prefilter_build
plugins.entry_points = lambda group, found=plugins.entry_points: [
    ep for ep in found(group) if ep.dist == "outreach-lint"]  # (not the example plugin's)
translated, analysed = [], []
translate, analyse = patterns._translate, prefilter_build._analyse
patterns._translate = lambda p, *a, **k: translated.append(p) or translate(p, *a, **k)
prefilter_build._analyse = lambda p: analysed.append(p.source) or analyse(p)
from outreach_lint.cli import main
code = main(sys.argv[1:])
prefilter.build()  # (a run over many files: the analyses of every prefiltered pattern)
print(json.dumps({"code": code, "translated": translated, "analysed": analysed,
                  "from": patterns.__file__}))
"""


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    """The example templates, with the default settings (the example repository's config adds
    patterns of its own, which its first run compiles)."""
    folder = tmp_path / "templates"
    shutil.copytree(EXAMPLES, folder)
    (folder / ".outreach-lint.yaml").write_text("{}\n")
    return folder


def first_run(site: Path, tmp_path: Path, bytecode: bool, folder: Path) -> dict[str, object]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    }
    env.update(PYTHONPATH=str(site), XDG_CACHE_HOME=str(tmp_path / "cache"))
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pyc")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # its own files go to the user's cache folder
    report = tmp_path / "report.txt"
    done = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, "check", ".", "--output-file", str(report)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    result["report"] = report.read_text()
    return result


@pytest.mark.parametrize("bytecode", [True, False], ids=["beside-bytecode", "user-cache"])
def test_the_first_run_after_installing_the_wheel_compiles_nothing_built_in(
    installed: Path,
    templates: Path,
    tmp_path: Path,
    bytecode: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = first_run(installed, tmp_path, bytecode, templates)
    assert str(result["from"]).startswith(str(installed))
    # With the default settings and no other plugin: nothing.
    assert result["translated"] == []
    assert result["analysed"] == []
    # ... and lints as the checkout does (without other plugins installed here, as there).
    found = plugins.entry_points
    monkeypatch.setattr(
        plugins, "entry_points", lambda g: [ep for ep in found(g) if ep.dist == "outreach-lint"]
    )
    monkeypatch.chdir(templates)
    expected = tmp_path / "expected.txt"
    assert main(["check", ".", "--output-file", str(expected)]) == result["code"] == 1
    assert result["report"] == expected.read_text()


def test_without_the_files_the_first_run_compiles_them(
    installed: Path, templates: Path, tmp_path: Path
) -> None:
    """The check above can fail: a wheel without the files translates every pattern."""
    bare = tmp_path / "bare"
    shutil.copytree(installed, bare)
    for kept in (bare / "outreach_lint" / "__pycache__").glob("*.marshal"):
        kept.unlink()
    result = first_run(bare, tmp_path, bytecode=True, folder=templates)
    translated = result["translated"]
    assert isinstance(translated, list)
    assert len(translated) > 100
    assert result["analysed"]
