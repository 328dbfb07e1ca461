"""The pre-commit hook, for real: pre-commit installs this checkout and runs it on a repository.

These tests build a throw-away git repository of templates and let pre-commit install
outreach-lint from this checkout into its own environment, as a user's pre-commit would. They
need git and the package index, as pre-commit does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = ROOT / "plugins" / "outreach-lint-acme"
PRE_COMMIT = [sys.executable, "-m", "pre_commit"]

GOOD = (
    "---\nchannel: linkedin_connection_note\nvariables: [first_name, talk_topic]\n---\n"
    "Hi {{ first_name|default('there') }}, your talk on {{ talk_topic }} is why I'm writing: "
    "I lead hiring for Northwind's data team. Open to connecting?\n"
)
BAD = (
    "---\nchannel: linkedin_connection_note\n---\n"
    "Dear Candidate, I'd like to add you to my professional network on LinkedIn.\n"
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One pre-commit cache for the module: the hook environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def make_repo(path: Path, files: dict[str, str]) -> Path:
    path.mkdir()
    git(path, "init", "-q")
    git(path, "config", "user.email", "recruiting-ops@example.com")
    git(path, "config", "user.name", "Recruiting Ops")
    for name, text in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    git(path, "add", "-A")
    return path


def pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [*PRE_COMMIT, *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return pre_commit(repo, home, "try-repo", str(ROOT), "outreach-lint", "--all-files")


def test_manifest_is_valid():
    done = subprocess.run(
        [*PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_hook_fails_on_bad_templates_and_honours_config(tmp_path, pre_commit_home):
    repo = make_repo(
        tmp_path / "templates-repo",
        {
            "notes/good.md": GOOD,
            "notes/bad.md": BAD,
            "drafts/wip.md": BAD,
            "README.md": "# Templates\n\n" + BAD,
            ".outreach-lint.yaml": "extend-exclude: [drafts]\nextend-ignore: [OL103]\n",
        },
    )
    done = try_repo(repo, pre_commit_home)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "notes/bad.md:4:17: OL302 this is LinkedIn's default invitation text" in output
    assert "notes/good.md" not in output
    assert "drafts/wip.md" not in output  # excluded by the repo's config (--force-exclude)
    assert "README.md" not in output  # not a template
    assert "OL103" not in output  # ignored by the repo's config


def test_hook_passes_on_good_templates(tmp_path, pre_commit_home):
    repo = make_repo(tmp_path / "good-repo", {"notes/good.md": GOOD})
    done = try_repo(repo, pre_commit_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


@pytest.mark.skipif(not PLUGIN.exists(), reason="example plugin not present")
def test_hook_with_agency_plugin_from_additional_dependencies(tmp_path, pre_commit_home):
    """The agency plugin comes in through additional_dependencies and its rules run."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    clean = subprocess.run(
        ["git", "status", "--porcelain", "--", "outreach_lint", "plugins"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if head.returncode != 0 or clean.stdout.strip():
        pytest.skip("needs a committed checkout: pre-commit installs the hook at a revision")
    config = (
        "repos:\n"
        f"  - repo: {ROOT}\n"
        f"    rev: {head.stdout.strip()}\n"
        "    hooks:\n"
        "      - id: outreach-lint\n"
        f"        additional_dependencies: ['{PLUGIN}']\n"
    )
    repo = make_repo(
        tmp_path / "agency-repo",
        {
            ".pre-commit-config.yaml": config,
            ".outreach-lint.yaml": "require-plugins: [outreach-lint-acme]\n",
            "notes/good.md": GOOD,
        },
    )
    done = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert done.returncode == 0, done.stdout + done.stderr
    (repo / ".outreach-lint.yaml").write_text("require-plugins: [outreach-lint-acme, nope]\n")
    git(repo, "add", "-A")
    done = pre_commit(repo, pre_commit_home, "run", "--all-files")
    assert done.returncode == 1
    assert "required plugin(s) missing: nope" in done.stdout
