"""What a run needs: the corpora, outreach-lint installed as users get it, and proselint."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from measuring import package_folder
from settings import AS_INSTALLED, CORPUS, HERE, PROSELINT_VENV, ROOT, USER_VENV

# --------------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------------


def _generator_stamp(seed: int, n: int, kind: str) -> str:
    digest = hashlib.sha256((HERE / "make_corpus.py").read_bytes()).hexdigest()[:16]
    return f"{kind} n={n} seed={seed} generator={digest}\n"


def ensure_corpus(n: int, seed: int, regen: bool) -> Path:
    """``bench/corpus/n{n}/``: one .md per template, regenerated when the generator changed."""
    folder = CORPUS / f"n{n}"
    stamp = CORPUS / f"n{n}.stamp"  # beside the folder: nothing extra inside the corpus
    want = _generator_stamp(seed, n, "files")
    if regen or not folder.is_dir() or not stamp.is_file() or stamp.read_text() != want:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {n} templates in {folder.relative_to(ROOT)} ...", flush=True)
        _make_corpus(["--n", str(n), "--seed", str(seed), "--out", str(folder)])
        stamp.write_text(want)
    return folder


def ensure_collection(n: int, seed: int, regen: bool) -> Path:
    path = CORPUS / f"collection{n}.yaml"
    stamp = CORPUS / f"collection{n}.stamp"
    want = _generator_stamp(seed, n, "collection")
    if regen or not path.is_file() or not stamp.is_file() or stamp.read_text() != want:
        print(f"generating a YAML collection of {n} templates ...", flush=True)
        _make_corpus(["--n", str(n), "--seed", str(seed), "--single", str(path)])
        stamp.write_text(want)
    return path


def ensure_one_template(seed: int) -> Path:
    """A single LinkedIn note (the pre-commit case), copied out of the generator."""
    sys.path.insert(0, str(HERE))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(HERE))
    i = 0
    while make_corpus.Template(seed, i).kind != "note":
        i += 1
    t = make_corpus.Template(seed, i)
    folder = CORPUS / "one"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    path = folder / os.path.basename(t.relpath())
    path.write_text(t.markdown(), encoding="utf-8")
    return path


def _make_corpus(argv: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(HERE))
    make_corpus.main(argv)


def corpus_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def warm_page_cache(paths: Sequence[Path]) -> None:
    for top in paths:
        for p in [top] if top.is_file() else top.rglob("*"):
            if p.is_file():
                p.read_bytes()


# --------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------


def find_outreach_lint(given: str | None, dev: bool, re2: bool = True) -> Path:
    """The outreach-lint to measure: ``--outreach-lint``, else the development venv with
    ``--dev``, else the repository installed as users get it (``ensure_user_install``), with
    the ``re2`` extra unless ``re2`` is false."""
    if given:
        if Path(given).is_file():
            return Path(given)
        sys.exit(f"bench: no outreach-lint at {given}")
    if dev:
        exe = ROOT / ".venv" / "bin" / "outreach-lint"
        if exe.is_file():
            return exe
        sys.exit("bench: no .venv/bin/outreach-lint: create .venv (see README.md)")
    return ensure_user_install(re2)


def ensure_user_install(re2: bool = True) -> Path:
    """The repository installed the way pip and pre-commit install it (a wheel, not
    editable, no plugins) into ``bench/.venv-user`` (with the ``re2`` extra: ``pip install
    'outreach-lint[re2]'``) or ``bench/.venv-user-plain`` (without), reinstalled when the
    source changes.
    The development venv is slower to start: its editable-install finders cost every Python
    process there some milliseconds, and the example plugin adds a YAML rule pack."""
    venv = USER_VENV if re2 else USER_VENV.with_name(USER_VENV.name + "-plain")
    exe = venv / "bin" / "outreach-lint"
    stamp = venv / ".outreach-lint-source"
    h = hashlib.sha256()
    for p in sorted(
        [ROOT / "pyproject.toml", ROOT / "setup.py", *(ROOT / "outreach_lint").rglob("*")]
    ):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(f"{p.relative_to(ROOT)}\n".encode() + p.read_bytes())
    digest = h.hexdigest()
    if exe.is_file() and stamp.is_file() and stamp.read_text() == digest:
        return exe
    print(f"installing outreach-lint (not editable) into {venv.relative_to(ROOT)} ...")
    shutil.rmtree(venv, ignore_errors=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
        subprocess.run([*pip, f"{ROOT}[re2]" if re2 else str(ROOT)], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"bench: cannot install outreach-lint into {venv} ({e}); try --dev")
    keep_as_installed(venv)
    stamp.write_text(digest)
    return exe


def keep_as_installed(venv: Path) -> None:
    """Copy the compiled-pattern files the wheel installed (``setup.py`` compiles them into
    it) to ``AS_INSTALLED`` in ``venv``: runs rewrite them (a pattern from the config), and
    the "first run after install" figures start from them as they came."""
    package = package_folder(venv / "bin" / "python")
    kept = venv / AS_INSTALLED
    kept.mkdir(exist_ok=True)
    if package is not None:
        for made in (package / "__pycache__").glob("*.marshal"):
            shutil.copy2(made, kept / made.name)


def python_of(script: Path) -> Path:
    """The interpreter of a console script: ``python`` beside it, else its shebang."""
    for name in ("python", "python3"):
        if (script.parent / name).is_file():
            return script.parent / name
    first = script.read_text(errors="replace").splitlines()[0]
    return Path(first[2:].strip()) if first.startswith("#!") else Path(sys.executable)


def ensure_proselint() -> Path | None:
    exe = PROSELINT_VENV / "bin" / "proselint"
    if exe.is_file():
        return exe
    print(f"installing proselint into {PROSELINT_VENV.relative_to(ROOT)} ...", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(PROSELINT_VENV)], check=True)
        subprocess.run(
            [str(PROSELINT_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "proselint"],
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"bench: cannot install proselint ({e}); its figures are skipped", file=sys.stderr)
        return None
    return exe if exe.is_file() else None


def proselint_command(exe: Path) -> Callable[[Path], list[list[str]]]:
    """How this proselint takes many files: ``check PATHS`` (0.14+) or ``PATHS`` (older)."""
    help_text = subprocess.run([str(exe), "--help"], capture_output=True, text=True).stdout
    if "check" in help_text.split("commands:")[-1]:
        return lambda folder: [[str(exe), "check", "-o", "compact", str(folder)]]

    def batches(folder: Path) -> list[list[str]]:
        files = sorted(str(p) for p in folder.rglob("*.md"))
        return [[str(exe), *files[i : i + 500]] for i in range(0, len(files), 500)]

    return batches
