"""Front matter read line by line (``read_lines``) gives the metadata that composing it and
reading the tree (``read_metadata``) gives: the same channel, subject (and where each of its
characters is in the file), role, variables, own keys and positions. Front matter it does not
read (``None``) is left to that path, which reports what is wrong with it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from outreach_lint.builtin.parsers.metadata import Metadata, read_metadata
from outreach_lint.builtin.parsers.metadata_lines import read_lines
from outreach_lint.cli import main
from outreach_lint.source_map import LineIndex
from outreach_lint.yaml_flat import compose_flat
from outreach_lint.yaml_source import compose


def _both(front: str) -> tuple[Metadata | None, Metadata | None]:
    """``front`` read line by line, and composed then read, as a file's front matter."""
    text = f"---\n{front}---\nHi {{{{ first_name }}}}, a note.\n"
    start, end = 4, 4 + len(front)
    ours = read_lines(text, start, end)
    node = compose_flat(front, 1) or compose("\n" + front)
    theirs = read_metadata(node, LineIndex.of(text)) if node is not None else None
    return ours, theirs


def _same(ours: Metadata, theirs: Metadata) -> None:
    assert ours.channel == theirs.channel
    assert ours.role == theirs.role
    assert ours.variables == theirs.variables
    assert ours.ignore == theirs.ignore
    assert ours.extra == theirs.extra
    assert ours.key_offsets == theirs.key_offsets
    assert ours.problems == theirs.problems == []
    if theirs.subject is None:
        assert ours.subject is None
    else:
        assert ours.subject is not None
        assert ours.subject.text == theirs.subject.text
        size = len(theirs.subject.text)
        for at in range(size + 1):
            assert ours.subject.source_map.to_file(at) == theirs.subject.source_map.to_file(at)


def _check(front: str) -> bool:
    """Compare both readers on ``front``; True when it was read line by line."""
    ours, theirs = _both(front)
    if ours is None:
        return False
    assert theirs is not None
    _same(ours, theirs)
    return True


READ = [
    "channel: email\nsubject: Hi\n",
    'id: tpl-1\nchannel: linkedin_inmail\nrole: UX Researcher\nsubject: "A {{ skill }} role"\n',
    "variables: [first_name, company]\nsubject: 2024 plans\n",
    "variables: [ first_name ,company,  skill ]\n",
    "variables: [a, a]\n",  # the first of a name given twice is where it points
    "tags: [campus, true, null]\nowner: sam\nmax_length: 2000\nratio: 1.5\n",
    "subject: null\nrole: ~\n",
    "# a comment\n\nchannel: email  \nrole: Nurse   \n",
    "channel : email\n",
    "variables: []\nchannel: email\n",
    "variables:\n  - company\n  - first_name: {max_length: 20, sample: Sam}\nchannel: sms\n",
    "variables:\n",
    "channel: email\nvariables:\n- a\n- b\n\nsubject: Hello\n",
    # block lists, each item read once for all templates (``_ITEMS``)
    "variables:\n  - company\n  # a note\n\n  - first_name: {max_length: 20, sample: Sam}\n",
    "variables:\n    - a  # the first\n    -   b\nrole: x\n",
    "variables:\n  - a\n  - a\n",  # the first of a name given twice is where it points
    "variables:\n  - a: {sample: x}\n  - a\nchannel: sms\n",
    "variables:\n\n  - 'quoted'\n  - \"double\"\n# after\nchannel: sms\n",
    "role: Nurse\nvariables:\n  - a\n  - b\n",  # (the list ends the front matter)
    'subject: ""\nrole: ""\n',
    "url: https://example.com/jobs\n",
    "name: intro\nbody: x\n",  # (in front matter, the team's own keys)
]

LEFT = [
    "ignore: [OL101]\n",
    "channel: email\nchannel: sms\n",  # given twice
    "chanel: email\n",  # misspelt
    "channel: email\r\nsubject: Hi\r\n",  # CRLF
    "channel: 123\n",
    "channel: [email]\n",
    'channel: ""\n',
    "subject: [a, b]\n",
    "role: [a]\n",
    "variables: first_name\n",
    "variables: [true, company]\n",
    "variables:\n  - first_name: {max_length: many}\n",
    "variables:\n  - first_name:\n      max_length: 20\n",
    "variables: {first_name: {max_length: 20}}\n",
    "subject: 'single'\n",
    'subject: "a \\" quote"\n',
    "subject: >\n  folded\n",
    "tags:\n  - a\n",
    "\n",
    "variables: [a]\nvariables:\n  - b\n",
    "variables:\n- a\n  - b\n",  # items at two indents
    "variables:\n  - a\n    b\n",  # a line more indented than a key, and no item
    "variables:\n  - a\n  - \n",  # an item without a value
    "variables:\n  - a\n  - b: {max_length: -1}\n",
]


@pytest.mark.parametrize("front", READ)
def test_common_front_matter_is_read_line_by_line_as_its_tree_reads(front: str) -> None:
    assert _check(front)


@pytest.mark.parametrize("front", LEFT)
def test_other_front_matter_is_left_to_the_tree(front: str) -> None:
    assert read_lines(f"---\n{front}---\nHi\n", 4, 4 + len(front)) is None


def test_generated_front_matter_reads_as_its_tree_reads() -> None:
    rng = random.Random(7)
    values = ["email", "sms", "Sam", "2024", "true", "null", "~", "1.5", "a:b", "x y  "]
    values += ['"{{ role }} at Acme"', '""', "[a, b]", "[first_name, skill]", "[null]"]
    keys = ["channel", "subject", "role", "variables", "id", "owner", "tags", "Subject"]
    gaps = [" ", "  ", "\t"]
    read = 0
    for _ in range(3000):
        lines = []
        for key in rng.sample(keys, rng.randint(1, 5)):
            if key == "variables" and rng.random() < 0.3:
                lines.append("variables:")
                lines.extend(f"  - {rng.choice(['a', 'b', 'c: {sample: x}'])}" for _ in "ab")
            else:
                lines.append(f"{key}:{rng.choice(gaps)}{rng.choice(values)}")
            if rng.random() < 0.1:
                lines.append(rng.choice(["", "# note", "  "]))
        read += _check("\n".join(lines) + "\n")
    assert read > 800  # a third of them are read line by line (the others: to report)


def test_a_template_read_line_by_line_reports_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command line: findings about the subject and the variables point where
    they are written, and a front matter left to the tree still has its problem reported."""
    good = tmp_path / "good.md"
    good.write_text(
        "---\nchannel: email\nsubject: Amazing opportunity!!!\nvariables: [first_name, "
        "skill]\n---\nHi {{ first_name }},\n\nI saw your talk on Postgres partitioning.\n\n"
        "Best,\nSam\n"
    )
    wrong = tmp_path / "wrong.md"
    wrong.write_text("---\nchannel: email\nchannel: sms\n---\nHi there\n")
    code = main(["check", "--no-cache", "--select", "OL304,OL405,OL902", str(good), str(wrong)])
    out = capsys.readouterr().out
    assert f"{good}:3:10: OL304" in out  # "Amazing opportunity!!!": the subject's column
    assert f"{good}:4:25: OL405" in out  # "skill", declared and never used
    assert f"{wrong}:3:1: OL902 'channel' is given twice (also on line 2)" in out
    assert code == 1


def test_templates_with_the_same_lines_share_no_list() -> None:
    """A line is read once for all the templates that have it; each template still gets a
    list of its own (a plugin that changes one template's metadata changes no other's)."""
    text = "---\nid: a\ntags: [campus, sourcing]\n---\nHi\n"
    first = read_lines(text, 4, text.index("---", 4))
    assert first is not None
    first.extra["tags"].append("changed")
    moved = "---\nid: b\nowner: sam\ntags: [campus, sourcing]\n---\nHi\n"
    second = read_lines(moved, 4, moved.index("---", 4))
    assert second is not None
    assert second.extra["tags"] == ["campus", "sourcing"]
    assert second.key_offsets["tags"] == moved.index("tags")
