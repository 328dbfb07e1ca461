"""Parallel runs give the serial output; the cache serves unchanged files and nothing else."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_lint import lint
from outreach_lint.batch import CACHE_MIN_FILES, PARALLEL_MIN_FILES
from outreach_lint.cli import main

PARENT = os.getpid()
"""This process: the parent of the workers a parallel run forks."""

PHRASES = [
    "since we're in the same industry",
    "I'd like to add you to my professional network",
    "Hi {{first_name}, welcome",
    "[Company Name] is hiring",
    "a fine note about {{ x }}",
]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for i in range(PARALLEL_MIN_FILES * 2):
        folder = tmp_path / "t" / f"group{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        body = " ".join(PHRASES[j % len(PHRASES)] for j in range(i % 4 + 1))
        (folder / f"n{i:03}.md").write_text(f"---\nchannel: email\n---\nHello.\n{body}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def linted_paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths that runs from now on lint, in order, here or in workers: those the cache
    does not answer."""
    from outreach_lint import batch

    calls: list[str] = []
    original = batch._run

    def counting(paths, *args):
        calls.extend(paths)
        return original(paths, *args)

    monkeypatch.setattr(batch, "_run", counting)
    return calls


def synergy_notes(folder: Path, plugin: str, count: int) -> Path:
    """A config in ``folder`` that runs only the HSE rules of ``plugin`` (a module there), and
    ``count`` notes in ``folder/notes`` that each say "synergy" once."""
    (folder / ".outreach-lint.yaml").write_text(
        f"plugin-paths: [.]\nplugins: [{plugin}]\nselect: [HSE]\n"
    )
    notes = folder / "notes"
    notes.mkdir()
    for i in range(count):
        (notes / f"note{i:02}.md").write_text("---\nchannel: email\n---\nLet us find synergy.\n")
    return notes


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["check", "t", "--isolated", *args])
    return code, capsys.readouterr().out


def test_jobs_give_identical_output(corpus, capsys):
    serial = run(capsys, "-j", "1", "--no-cache")
    parallel = run(capsys, "-j", "2", "--no-cache")
    assert serial[0] == parallel[0] == 1
    assert serial[1] == parallel[1] and serial[1].count("\n") > 200


def test_workers_send_back_the_findings_a_serial_run_makes(corpus):
    """Findings travel from the workers as plain tuples; what arrives is ``Finding`` again,
    equal to the serial run's, fields and all."""
    from outreach_lint import batch
    from outreach_lint.cli import load_setup
    from outreach_lint.model import Finding

    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    parallel = batch.lint_files(linter, files, 2, None)
    assert parallel == batch.lint_files(linter, files, 1, None)
    found = [f for r in parallel for f in r.findings]
    assert len(found) > 200 and all(type(f) is Finding for f in found)
    assert {(f.severity.name, f.plugin) for f in found} >= {("WARNING", "outreach-lint")}
    assert [r.path for r in parallel] == files


def test_workers_inherit_the_prefilter_built_before_they_start(corpus, capsys):
    from outreach_lint import prefilter

    prefilter.reset()
    try:
        parallel = run(capsys, "-j", "2", "--no-cache")
        built = prefilter._set
        assert built is not None
        prefilter.prepare()
        assert prefilter._set is built  # built once
        assert parallel == run(capsys, "-j", "1", "--no-cache")
    finally:
        prefilter.reset()


def test_a_run_over_a_few_files_imports_nothing_for_workers(tmp_path):
    """A pre-commit run over a few files lints them in its own process, and pays for no
    module that starting workers needs."""
    note = tmp_path / "note.md"
    note.write_text("---\nchannel: email\n---\nHi {{ first_name }}, a fine note.\n")
    script = (
        "import sys\n"
        "from outreach_lint.cli import main\n"
        f"main(['check', '--isolated', '--no-cache', {str(note)!r}])\n"
        "wanted = ('outreach_lint.forked', 'pickle', 'multiprocessing', 'concurrent.futures')\n"
        "print([name for name in wanted if name in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]", done.stdout + done.stderr


def _dies_in_a_worker(paths: list[str]):
    import os

    from outreach_lint import batch

    if os.getpid() != PARENT:
        os._exit(9)  # as the out-of-memory killer ends a process: no exception, no result
    return batch._original_lint_chunk(paths)  # type: ignore[attr-defined]


_dies_in_a_worker.__module__, _dies_in_a_worker.__qualname__ = "outreach_lint.batch", "_lint_chunk"


def test_a_worker_that_dies_ends_the_run_with_a_message(corpus, capsys, monkeypatch):
    from outreach_lint import batch

    monkeypatch.setattr(batch, "_original_lint_chunk", batch._lint_chunk, raising=False)
    monkeypatch.setattr(batch, "_lint_chunk", _dies_in_a_worker)
    code = main(["check", "t", "--isolated", "-j", "2", "--no-cache"])
    captured = capsys.readouterr()
    assert code == 2
    assert "outreach-lint: error: a worker process stopped before it finished" in captured.err
    assert captured.out == ""


@pytest.fixture
def no_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """A platform without ``fork`` (Windows): each worker starts Python afresh and builds the
    linter again from the configuration."""
    from outreach_lint import forked

    monkeypatch.setattr(forked, "available", lambda: False)


def test_workers_started_afresh_give_the_serial_output(corpus, capsys, no_fork):
    serial = run(capsys, "-j", "1", "--no-cache")
    assert run(capsys, "-j", "2", "--no-cache") == serial
    assert serial[1].count("\n") > 200


def test_workers_started_afresh_fill_the_cache(corpus, capsys, no_fork, monkeypatch):
    first = run(capsys, "-j", "2")
    calls = linted_paths(monkeypatch)
    assert run(capsys, "-j", "2") == first
    assert calls == []  # every file answered from what the workers found


def test_workers_started_afresh_load_the_configured_plugins(tmp_path, capsys, no_fork):
    """A worker that starts afresh has only the configuration: the plugins it names, from
    the folders it names, are loaded there again; one that dies ends the run as with fork."""
    (tmp_path / "house_rules.py").write_text(
        "import os\n\n"
        "from outreach_lint import Diagnostic, Rule, hookimpl\n\n"
        "def check(ctx):\n"
        "    if 'STOP' in ctx.body.prose:\n"
        "        os._exit(9)  # as the out-of-memory killer ends a process\n"
        "    start = ctx.body.prose.find('synergy')\n"
        "    if start >= 0:\n"
        "        yield Diagnostic(start, start + 7, 'no synergy', field='body')\n\n"
        "@hookimpl\n"
        "def outreach_lint_rules():\n"
        "    return (Rule(code='HSE101', name='no-synergy', docs='No synergy.', check=check),)\n"
    )
    notes = synergy_notes(tmp_path, "house_rules", PARALLEL_MIN_FILES)
    config = str(tmp_path / ".outreach-lint.yaml")
    argv = ["check", "--config", config, "--no-cache", str(notes)]
    assert main([*argv, "-j", "2"]) == 1
    out = capsys.readouterr().out
    assert out.count("HSE101 no synergy") == PARALLEL_MIN_FILES
    assert main([*argv, "-j", "1"]) == 1
    assert capsys.readouterr().out == out

    (notes / "note07.md").write_text("---\nchannel: email\n---\nSTOP.\n")
    assert main([*argv, "-j", "2"]) == 2
    captured = capsys.readouterr()
    assert "outreach-lint: error: a worker process stopped before it finished" in captured.err
    assert captured.out == ""


def _notes_the_collector(paths: list[str]):
    import gc

    from outreach_lint import batch

    where = "the parent" if os.getpid() == PARENT else "a worker"
    return [
        (
            result._replace(
                failures=[f"collector on: {gc.isenabled()}, young {gc.get_threshold()[0]}, {where}"]
            ),
            digest,
        )
        for result, digest in batch._original_lint_chunk(paths)  # type: ignore[attr-defined]
    ]


_notes_the_collector.__module__, _notes_the_collector.__qualname__ = (
    "outreach_lint.batch",
    "_lint_chunk",
)


def test_the_collector_pauses_in_the_parent_only_while_results_arrive(corpus, monkeypatch):
    """The parent receives findings, and lints its share, with the garbage collector off
    (they hold no cycles); the workers collect, their young objects less often (most are the
    results they send and drop), and the parent collects again once the run is over, as
    often as before."""
    import gc

    from outreach_lint import batch

    monkeypatch.setattr(batch, "_original_lint_chunk", batch._lint_chunk, raising=False)
    monkeypatch.setattr(batch, "_lint_chunk", _notes_the_collector)
    seen_in_parent: list[bool] = []
    original_run = batch._run

    def run_noting_the_parent(*args: object):
        for item in original_run(*args):  # type: ignore[arg-type]
            seen_in_parent.append(gc.isenabled())
            yield item

    monkeypatch.setattr(batch, "_run", run_noting_the_parent)
    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    from outreach_lint.cli import load_setup

    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    assert gc.isenabled()
    young = gc.get_threshold()[0]
    results = batch.lint_files(linter, files, 2, None)
    notes = [r.failures[0] for r in results]
    # the parent's first chunk, before the workers start; then its share beside theirs
    assert notes[0] == f"collector on: True, young {young}, the parent"
    assert set(notes[len(files) // 16 :]) == {
        f"collector on: True, young {batch.WORKER_YOUNG}, a worker",
        f"collector on: False, young {young}, the parent",
    }
    assert seen_in_parent and not any(seen_in_parent)
    assert gc.isenabled() and gc.get_threshold()[0] == young


class _Node:
    other: object = None


_MADE: list[object] = []
_GONE: list[int] = []


def _makes_cycles_in_the_parent(paths: list[str]):
    """``_lint_chunk``, which in the parent, while results arrive (the collector off), first
    notes how many of the cycles it made before are gone, then makes ten more."""
    import gc
    import weakref

    from outreach_lint import batch

    if os.getpid() == PARENT and not gc.isenabled():
        _GONE.append(sum(r() is None for r in _MADE))  # type: ignore[operator]
        for _ in range(10):
            a, b = _Node(), _Node()
            a.other, b.other = b, a  # garbage once this function returns
            _MADE.append(weakref.ref(a))
    return batch._original_lint_chunk(paths)  # type: ignore[attr-defined]


_makes_cycles_in_the_parent.__module__ = "outreach_lint.batch"
_makes_cycles_in_the_parent.__qualname__ = "_lint_chunk"


def test_cycles_made_in_the_parents_share_are_collected_as_the_run_goes(corpus, monkeypatch):
    """The parent lints its share of the templates with the collector off (results arrive
    meanwhile); it collects the young objects after each chunk, so that what a plugin's rule
    leaves behind does not pile up until the run is over."""
    from outreach_lint import batch
    from outreach_lint.cli import load_setup

    monkeypatch.setattr(batch, "_original_lint_chunk", batch._lint_chunk, raising=False)
    monkeypatch.setattr(batch, "_lint_chunk", _makes_cycles_in_the_parent)
    _MADE.clear()
    _GONE.clear()
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    batch.lint_files(linter, files, 2, None)
    assert len(_GONE) >= 3  # (the parent linted chunks of its own)
    assert _GONE[-1] >= 10 * (len(_GONE) - 2)  # all but the last chunk's were collected


def test_the_console_script_walks_only_what_the_parents_share_made(corpus, monkeypatch):
    """In the console script (start-up frozen), what is there when the parent starts a chunk
    of its own, the results that arrived from the worker among it, is frozen first: the
    collection after the chunk walks only what the chunk made. The chunk's cycles are still
    collected."""
    import gc

    from outreach_lint import batch, console
    from outreach_lint.cli import load_setup

    young_at_start: list[int] = []
    original = batch._lint_here

    def noting(paths):
        young_at_start.append(len(gc.get_objects(0)))
        return original(paths)

    monkeypatch.setattr(batch, "_lint_here", noting)
    monkeypatch.setattr(batch, "_original_lint_chunk", batch._lint_chunk, raising=False)
    monkeypatch.setattr(batch, "_lint_chunk", _makes_cycles_in_the_parent)
    monkeypatch.setattr(console, "_frozen", True)
    _MADE.clear()
    _GONE.clear()
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    frozen = gc.get_freeze_count()
    try:
        results = batch.lint_files(linter, files, 2, None)
        assert len(young_at_start) >= 3 and max(young_at_start) <= 2
        assert gc.get_freeze_count() > frozen + sum(len(r.findings) for r in results)
        assert _GONE[-1] >= 10 * (len(_GONE) - 2)  # the chunks' cycles were collected
    finally:
        gc.unfreeze()


def test_findings_that_arrived_are_not_walked_by_the_next_collection(corpus):
    """Once the run is over, the findings that arrived while the collector was off are in
    its oldest generation, as if they had survived the young ones' collections: the young
    generations' collections that follow (the report's) do not walk them again."""
    import gc

    from outreach_lint import batch
    from outreach_lint.cli import load_setup

    if gc.get_freeze_count():  # Python 3.12 freezes objects of its own at start-up
        pytest.skip("frozen objects that may be the program's: unfreezing would release them")
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    results = batch.lint_files(linter, files, 2, None)
    found = [f for r in results for f in r.findings]
    assert len(found) > 100 and all(gc.is_tracked(f) for f in found)
    young = {id(o) for generation in (0, 1) for o in gc.get_objects(generation)}
    assert not [f for f in found if id(f) in young]


def test_objects_the_program_froze_stay_frozen(corpus):
    """A program that froze its objects (a server before it forks) keeps them frozen."""
    import gc

    from outreach_lint import batch

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        batch._promote_young()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_workers_have_32_files_each_and_windows_at_most_61(monkeypatch):
    from outreach_lint.batch import worker_count

    assert worker_count(8, 100) == 3  # 32 files or more each
    assert worker_count(100, 100_000) == 100
    monkeypatch.setattr(sys, "platform", "win32")
    assert worker_count(100, 100_000) == 61  # ProcessPoolExecutor refuses more there
    assert worker_count(8, 100) == 3


def test_the_last_chunks_are_smaller_so_that_the_workers_end_together():
    from outreach_lint.batch import SMALLEST_CHUNK, _tapering

    paths = [f"t{i}.md" for i in range(2_000)]
    chunks = list(_tapering(paths, 64, 2))
    assert [p for chunk in chunks for p in chunk] == paths  # each once, in order
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] == 64 and sizes.count(64) > 20
    assert sizes[-4:-1] == [SMALLEST_CHUNK] * 3 and sizes[-1] <= SMALLEST_CHUNK
    # none holds more than a quarter of what is left for each worker
    left = len(paths)
    for size in sizes:
        assert size <= max(SMALLEST_CHUNK, left // 8)
        left -= size


def test_cache_serves_unchanged_files(corpus, capsys, monkeypatch):
    first = run(capsys, "-j", "1")
    assert (corpus / ".outreach-lint-cache" / "CACHEDIR.TAG").exists()
    calls = linted_paths(monkeypatch)
    assert run(capsys, "-j", "1") == first
    assert calls == []
    changed = corpus / "t" / "group0" / "n000.md"
    changed.write_text("---\nchannel: email\n---\nHi {{ x }}, since we are in the same field\n")
    second = run(capsys, "-j", "1")
    assert calls == ["t/group0/n000.md"]
    assert "t/group0/n000.md:4:13: OL301" in second[1]


def test_a_damaged_cache_entry_is_linted_again(corpus, capsys):
    first = run(capsys, "-j", "1")
    (cache_file,) = (corpus / ".outreach-lint-cache" / "v2").glob("*.json")
    data = json.loads(cache_file.read_text())
    entries = data["entries"]
    digest, rows = entries["t/group1/n001.md"]
    entries["t/group1/n001.md"] = [digest, [[*rows[0][:4], 999, *rows[0][5:]]]]  # no such kind
    entries["t/group2/n002.md"] = [entries["t/group2/n002.md"][0], [[1, 2]]]  # too short
    entries["t/group3/n003.md"] = "not an entry"
    data["kinds"][0][3] = "shouting"  # no such severity
    cache_file.write_text(json.dumps(data))
    assert run(capsys, "-j", "1") == first
    assert run(capsys, "-j", "1") == first  # and the cache it wrote back serves them


def test_the_cache_keeps_only_the_messages_its_findings_use(corpus, capsys):
    def texts() -> list[str]:
        (cache_file,) = (corpus / ".outreach-lint-cache" / "v2").glob("*.json")
        data = json.loads(cache_file.read_text())
        return data["texts"]

    target = corpus / "t" / "group0" / "n000.md"
    target.write_text("---\nchannel: email\n---\nHi {{ x }}, a SUPERB FANTASTIC ROLE awaits\n")
    first = run(capsys, "-j", "1")
    assert "'SUPERB FANTASTIC ROLE' reads as shouting" in first[1]
    assert sum("SUPERB FANTASTIC" in t for t in texts()) == 1
    assert len(texts()) == len(set(texts()))  # each message once
    target.write_text("---\nchannel: email\n---\nHi {{ x }}, a calm role awaits\n")
    assert "SUPERB" not in run(capsys, "-j", "1")[1]
    assert not any("SUPERB FANTASTIC" in t for t in texts())


def test_config_change_uses_a_fresh_cache(corpus, capsys):
    run(capsys)
    assert "OL301" not in run(capsys, "--ignore", "OL301")[1]
    assert len(list((corpus / ".outreach-lint-cache" / "v2").glob("*.json"))) == 2


def test_a_few_files_are_linted_without_the_cache(corpus, capsys):
    """The pre-commit case: reading and rewriting the cache would cost more than linting."""
    few = sorted((corpus / "t").rglob("*.md"))[: CACHE_MIN_FILES - 1]
    code = main(["check", "--isolated", *(str(p.relative_to(corpus)) for p in few)])
    assert code == 1 and "OL301" in capsys.readouterr().out
    assert not (corpus / ".outreach-lint-cache").exists()


def test_no_cache_writes_nothing(corpus, capsys):
    run(capsys, "--no-cache")
    assert not (corpus / ".outreach-lint-cache").exists()


def test_concurrent_runs_leave_a_valid_cache(corpus):
    cmd = [sys.executable, "-m", "outreach_lint", "check", "t", "--isolated", "-j", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE) for _ in range(3)]
    outputs = [p.communicate()[0] for p in procs]
    assert len(set(outputs)) == 1
    (cache_file,) = (corpus / ".outreach-lint-cache" / "v2").glob("*.json")
    assert len(json.loads(cache_file.read_text())["entries"]) == PARALLEL_MIN_FILES * 2
    assert not list(cache_file.parent.glob(".tmp-*"))


def test_editing_a_plugin_rule_uses_a_fresh_cache(tmp_path):
    """The docs' plugin tutorial: the rule lives in its own module of a local package. An
    edit to it must not be answered from the cache (the package's version does not change)."""
    package = tmp_path / "house_rules"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "plugin.py").write_text(
        "from outreach_lint import hookimpl\n"
        "from house_rules import shouty\n\n"
        "@hookimpl\n"
        "def outreach_lint_rules():\n"
        "    return (shouty.RULE,)\n"
    )
    rule = (
        "from outreach_lint import Diagnostic, Rule\n\n"
        "def check(ctx):\n"
        "    start = ctx.body.prose.find('synergy')\n"
        "    if start >= 0:\n"
        "        yield Diagnostic(start, start + 7, 'MESSAGE', field='body')\n\n"
        "RULE = Rule(code='HSE101', name='no-synergy', docs='No synergy.', check=check)\n"
    )
    (package / "shouty.py").write_text(rule.replace("MESSAGE", "first wording"))
    synergy_notes(tmp_path, "house_rules.plugin", CACHE_MIN_FILES)

    def lint() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "outreach_lint", "check", "notes"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        return done.stdout + done.stderr

    assert "HSE101 first wording" in lint()
    assert (tmp_path / ".outreach-lint-cache").exists()
    (package / "shouty.py").write_text(rule.replace("MESSAGE", "second, longer wording"))
    assert "HSE101 second, longer wording" in lint()


def test_templates_linted_together_get_what_each_gets_alone(tmp_path, monkeypatch):
    """Each rule runs over a group of templates before the next rule: the findings, their
    order and the suppressions are those of running every rule on one template at a time."""
    from outreach_lint.cli import load_setup
    from outreach_lint.model import SourceFile

    notes = [
        "Hi {{ first_name }}, since we're in the same industry, let's connect!",
        "Hello, I'd like to add you to my professional network. {# outreach-lint: noqa: OL302 #}",
        "Hi [Name], your impressive profile caught my eye",
        "Hi {{ first_name|default('there') }}, your talk on Kafka at {{ event }} was great.",
    ]
    entries = "".join(
        f"  - name: t{i}\n    channel: {'email' if i % 3 else 'linkdin'}\n"
        f"    subject: Quick question {i}\n    body: |\n      {notes[i % 4]}\n"
        for i in range(150)  # more than a group
    )
    sources = [
        SourceFile("collection.yaml", f"templates:\n{entries}"),
        *(SourceFile(f"n{i}.md", f"---\nchannel: email\n---\n{notes[i % 4]}\n") for i in range(9)),
        SourceFile("empty.md", ""),
        SourceFile("notes.txt", "   \n"),
    ]
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    together = linter.lint_sources(sources)
    monkeypatch.setattr(lint, "TOGETHER", 1)
    alone = [linter.lint_source(source) for source in sources]
    assert together == alone
    codes = [f.code for f in together[0].findings]
    assert codes.count("OL902") == 50  # channel 'linkdin': every third template
    assert codes.count("OL301") == 38 and "OL302" not in codes  # suppressed on its line
    assert [f.line for f in together[0].findings] == sorted(f.line for f in together[0].findings)
    assert [[f.code for f in r.findings] for r in together[-2:]] == [["OL503"], ["OL503"]]


def test_the_collector_waits_while_the_rules_run(monkeypatch):
    """The rules' analyses of a group of templates live until the group is done: collections
    in the middle would walk them again and again. The collector is off while the templates
    are linted, and left as it was afterwards, also when linting fails."""
    import gc

    from outreach_lint.cli import load_setup
    from outreach_lint.model import SourceFile

    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    seen: list[bool] = []
    original_run_rule = lint.run_rule

    def run_rule_noting_the_collector(*args: object):
        seen.append(gc.isenabled())
        return original_run_rule(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(lint, "run_rule", run_rule_noting_the_collector)
    source = SourceFile("n.md", "Hi [Name], since we're in the same industry, let's connect!\n")
    assert gc.isenabled()
    found = linter.lint_sources([source, source])
    assert [f.code for f in found[0].findings] == [f.code for f in found[1].findings]
    assert found[0].findings and seen and not any(seen)
    assert gc.isenabled()

    gc.disable()
    try:
        linter.lint_sources([source])
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()

    def parse_fails(*args: object) -> None:
        raise RuntimeError("parser broke")

    monkeypatch.setattr(lint.parse, "parse_file", parse_fails)
    with pytest.raises(RuntimeError):
        linter.lint_sources([source])
    assert gc.isenabled()


@pytest.mark.parametrize(
    "args",
    [
        ("t",),
        ("t", "--output-file", "report.txt"),
        ("t", "--show-source", "--color", "always"),
        ("t", "--statistics", "--count", "--output-file", "report.txt"),
        ("t", "-j", "1", "--format", "pylint"),
        ("t/group3", "t/group1"),  # (folders named out of order: the findings are sorted)
        ("t", "missing.md", "-"),  # (a missing file, standard input: first, out of order)
        ("-", "--stdin-filename", "a.md", "b.md", "t"),  # (the same, in order)
        ("-", "--stdin-filename", "z.md", "t"),  # (standard input first, after the others)
        ("t", "--severity-threshold", "error"),  # (the exit code read from the results)
    ],
)
def test_the_report_made_as_results_arrive_is_the_report_made_at_the_end(
    corpus, capsys, monkeypatch, args
):
    """The default format's report is made file by file as the results come in; what it
    writes is what writing all of it at the end writes, whatever the options."""
    from outreach_lint import report

    def run_and_read() -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hi [Name],\n")))
        code = main(["check", *args, "--isolated", "--no-cache"])
        out = capsys.readouterr().out
        written = Path("report.txt")
        return code, out + (written.read_text() if written.exists() else "")

    made_early = run_and_read()
    monkeypatch.setattr(report, "early", lambda *_: None)
    Path("report.txt").unlink(missing_ok=True)
    assert made_early == run_and_read()
    assert made_early[1].count("\n") > 20


def test_each_result_is_given_in_order_as_soon_as_it_and_those_before_are_in(corpus):
    """``arrived`` gets each file's result once, in the files' order, while the parent still
    lints: the report is made as the run goes, not at its end."""
    from outreach_lint import batch
    from outreach_lint.cli import load_setup

    events: list[str] = []
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    original = batch._lint_chunk

    def noting(paths):
        events.append("lint")
        return original(paths)

    files = sorted(str(p) for p in (corpus / "t").rglob("*.md"))
    given: list[str] = []

    def arrived(result: lint.FileResult) -> None:
        events.append("arrived")
        given.append(result.path)

    try:
        batch._lint_chunk = noting  # type: ignore[assignment]
        results = batch.lint_files(linter, files, 2, None, arrived)
    finally:
        batch._lint_chunk = original  # type: ignore[assignment]
    assert given == files == [r.path for r in results]
    assert events.index("arrived") < len(events) - 1 - events[::-1].index("lint")


def test_report_order_is_told_file_after_file() -> None:
    """``InOrder``: files' findings in report order, each file's already sorted; where two
    runs of files meet (standard input's before the linted files') it is told too."""
    from outreach_lint.model import Finding
    from outreach_lint.report import InOrder

    def result(path: str, *lines: int) -> lint.FileResult:
        return lint.FileResult(path, [Finding(path, n, 1, n, 2, "OL101", "m") for n in lines], [])

    a, b, c, empty = result("a.md", 1, 5), result("b.md", 2), result("c.md", 1), result("d.md")
    assert InOrder([]).holds and InOrder([a, empty, b, c]).holds
    assert not InOrder([b, a]).holds
    assert not InOrder([a, result("a.md", 3)]).holds  # (a file named twice, out of order)
    assert InOrder([a]).followed_by(InOrder([empty, b]))
    assert not InOrder([c]).followed_by(InOrder([a, b]))
    assert InOrder([empty]).followed_by(InOrder([a])) and InOrder([a]).followed_by(InOrder())
    assert not InOrder([b, a]).followed_by(InOrder([c]))
