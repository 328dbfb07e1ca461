"""Front matter read without the YAML library gives what the YAML library gives.

``compose_flat`` reads the common shapes of front matter (``key: value`` lines, flow lists,
block lists of names or ``name: {k: v}``) itself, because composing with ruamel.yaml costs a
quarter of a millisecond per template. Whatever it reads must come out as the library's nodes
do: the same values, and the same start positions (findings point at them).
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

from outreach_lint.source_map import LineIndex, SourceMap
from outreach_lint.yaml_field import _DQ_ESCAPE, _SQ_ESCAPE, _align, _quoted_runs, scalar_field
from outreach_lint.yaml_flat import compose_flat, key_value
from outreach_lint.yaml_source import Node, compose, to_python


def _same(ours: Node, theirs: Node, where: str = "") -> None:
    assert ours.kind == theirs.kind, where
    assert ours.start == theirs.start, (where, ours, theirs)
    if ours.kind == "scalar":
        assert to_python(ours) == to_python(theirs), where
        assert ours.style == theirs.style, where
    elif ours.kind == "seq":
        assert len(ours.value) == len(theirs.value), where
        for i, (a, b) in enumerate(zip(ours.value, theirs.value, strict=True)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert len(ours.value) == len(theirs.value), where
        for (ka, va), (kb, vb) in zip(ours.value, theirs.value, strict=True):
            _same(ka, kb, f"{where}.{kb.value}")
            _same(va, vb, f"{where}.{kb.value}=")


def _check(text: str, first_line: int = 0) -> bool:
    """Compare both readers on ``text``; True when the fast path read it."""
    ours = compose_flat(text, first_line)
    if ours is None:
        return False
    theirs = compose("\n" * first_line + text)
    assert theirs is not None
    _same(ours, theirs)
    return True


READ = [
    "id: a\nvariables:\n  - first_name\n  - company\nsubject: Hi\n",
    "variables:\n- first_name\n- company\n",
    "variables:\n    - first_name   # the recipient\n\n    - skill\nchannel: email\n",
    "variables:\n  - first_name: {max_length: 20, sample: Sam}\n  - skill\nmax_length: 2000\n",
    "variables:\n  - company: {sample: Acme Robotics, max_length: 30}\n",
    "variables:\n  - first_name: null\n  - 'quoted'\n  - \"double\"\n",
    "tags:\n  - 12\n  - 1.5\n  - true\n  - ~\nid: x\n",
    "variables:\n  - [a, b]\n",
    "owner: sam\nvariables:\n",
    "variables:\n# a comment\n  - a\n",
    "variables:\n  - first_name: {max_length: 20, }\n",  # YAML allows the trailing comma
    "variables:\n  - first_name: {}\n  - [a, b, ]\n",
]

LEFT_TO_THE_LIBRARY = [
    "variables:\n  - first_name:\n      max_length: 20\n",  # a nested block map
    "variables:\n  - a\n   - b\n",  # items indented differently
    "variables:\n  - a\n    b\n",  # a continued item
    "variables:\n  - {first_name: x}\n",  # a flow map as the item
    "variables:\n  - first_name: {max_length: '20'}\n",  # quotes inside a flow map
    "variables:\n  - first_name: {max_length: 20, sample: {a: b}}\n",  # nested flow map
    "variables:\n  - x: y\n    z: w\n",  # a two-key item
    "variables:\n\t- a\n",  # a tab
    "variables:\n  -\n",  # an empty item
    "variables:\n  - first_name:\n",  # a one-key map with a null value
    "k: a:\tb\n",  # a tab after ':' makes a mapping too
    "k: éé:\n",  # not YAML at all: the library reports it
    "id:  ~:\n",
]


@pytest.mark.parametrize("text", READ)
def test_fast_path_reads_common_lists_as_the_library_does(text: str) -> None:
    assert _check(text)
    assert _check(text, first_line=3)


@pytest.mark.parametrize("text", LEFT_TO_THE_LIBRARY)
def test_fast_path_leaves_other_shapes_to_the_library(text: str) -> None:
    assert not _check(text)


def test_generated_front_matter_reads_as_the_library_reads_it() -> None:
    rng = random.Random(11)
    names = ["first_name", "company", "skill", "role_title", "x", "a-b"]
    values = ["Sam", "20", "Acme Robotics", "3.5", "true", "sam@example.com", "null", "o'k"]
    item_forms = [
        lambda: rng.choice(names),
        lambda: f"'{rng.choice(values)}'",
        lambda: (
            f"{rng.choice(names)}: {{max_length: {rng.randint(1, 99)}, "
            f"sample: {rng.choice(values[:6])}}}"
        ),
        lambda: f"{rng.choice(names)}: {{sample: {rng.choice(values[:6])}}}",
        lambda: f"{rng.choice(names)}: {rng.choice(values)}",
        lambda: f"[{rng.choice(names)}, {rng.choice(names)}]",
    ]
    read = 0
    for _ in range(400):
        lines = []
        for key in rng.sample(["id", "channel", "variables", "tags", "owner", "subject"], 4):
            if key in ("variables", "tags"):
                lines.append(f"{key}:" + rng.choice(["", "  # list", " "]))
                indent = " " * rng.choice([0, 2, 4])
                for _i in range(rng.randint(0, 4)):
                    comment = rng.choice(["", "", "  # note"])
                    lines.append(f"{indent}- {rng.choice(item_forms)()}{comment}")
                    if rng.random() < 0.1:
                        lines.append("")
            else:
                lines.append(f"{key}: {rng.choice(values)}")
        text = "\n".join(lines) + "\n"
        read += _check(text, first_line=rng.randint(0, 3))
    assert read > 250  # most of these shapes take the fast path


def test_every_small_list_shape_reads_as_the_library_reads_it() -> None:
    parts = ["- a", "- 'b'", "- c: {max_length: 1}", "- d: e", "  # c", ""]
    read = total = 0
    for combo in itertools.product(parts, repeat=3):
        for indent in ("", "  "):
            body = "\n".join(indent + p if p else p for p in combo)
            read += _check(f"variables:\n{body}\nid: x\n")
            total += 1
    assert read == total  # every one of these shapes takes the fast path


def test_random_lines_read_by_the_fast_path_read_the_same_in_the_library() -> None:
    """Whatever ``compose_flat`` accepts is valid YAML, read the same way (this found items
    ending in ':' read as names, and 'key: a:' read as a value instead of an error)."""
    rng = random.Random(5)
    pieces = ["a", "x_y", "1", "2.5", "-", " ", ":", ": ", ":\t", "{", "}", ", ", "'", '"']
    pieces += ["#", " #c", "[", "]", "\t", "null", "~", "é", "@", "*", "&", "!", "|", ">", "?"]
    read = 0
    for _ in range(4000):
        lines = []
        for _line in range(rng.randint(1, 5)):
            junk = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.4:
                lines.append(rng.choice(["id", "variables", "k"]) + ":" + junk)
            else:
                lines.append(" " * rng.choice([0, 2, 4]) + "- " + (junk or "a"))
        read += _check("\n".join(lines) + "\n")
    assert read > 50


_KEY_VALUE_LINE = re.compile(
    r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*(?:[ \t]#.*)?$"
)


def test_key_value_splits_a_line_as_its_documented_pattern_does() -> None:
    """``key_value`` finds key, value and the value's column as this pattern (its definition)
    does; a value that is only a comment ('key: #c') is no value."""
    rng = random.Random(7)
    pieces = ["a", "b", "_", "-", " ", "\t", ":", "#", "'", '"', "x", "1", "é", "[", "]", ","]
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        m = _KEY_VALUE_LINE.match(line)
        got = key_value(line)
        if m is None:
            assert got is None, line
            continue
        value = m.group("value") or ""
        value = "" if value.startswith("#") else value
        assert got is not None, line
        assert got[:2] == (m.group("key"), value), line
        if value:
            assert got[2] == m.start("value"), line


def test_a_value_read_as_plain_is_the_plain_scalar_the_library_reads() -> None:
    """``_plain`` says which one-line values ``compose_flat`` takes as plain scalars: each must
    be one the library reads whole and as written, with no error."""
    from outreach_lint.yaml_flat import _plain
    from outreach_lint.yaml_source import YamlError

    rng = random.Random(13)
    pieces = ["a", "b c", ":", ": ", ":\t", "#", " #", "-", "'", '"', " ", "\t", "@", "é", "1"]
    plain = 0
    for _ in range(6000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if raw != raw.lstrip() or not _plain(raw):
            continue
        plain += 1
        try:
            node = compose(f"k: {raw}\n")
        except YamlError:
            pytest.fail(f"{raw!r} read as plain, but the library reports an error")
        assert node is not None
        value = node.value[0][1]
        assert (value.value, value.style) == (raw, None), raw
    assert plain > 500
    for raw in ["a: b", "a #b", "a ", "a:", "a:\tb", "-a", "#a", "'a'", "[a]", "@a"]:
        assert not _plain(raw), raw


def test_values_that_cannot_start_a_number_skip_the_number_patterns() -> None:
    """``to_python`` tries the int and float patterns only on values starting with a character
    they can start with; every other value must be one neither matches."""
    from outreach_lint.yaml_source import _FLOAT, _INT, _NUMBER_START

    rng = random.Random(11)
    alphabet = "0123456789+-._eExabc \u0663"
    values = ["".join(rng.choices(alphabet, k=rng.randint(1, 6))) for _ in range(5000)]
    numbers = 0
    for value in values:
        if _INT.match(value) or _FLOAT.match(value):
            numbers += 1
            assert value[0] in _NUMBER_START, value
    assert numbers > 500
    assert to_python(Node("scalar", "12", "", None, (0, 0), (0, 2))) == 12
    assert to_python(Node("scalar", "-.5", "", None, (0, 0), (0, 3))) == -0.5
    assert to_python(Node("scalar", "x12", "", None, (0, 0), (0, 3))) == "x12"


def test_a_verbatim_scalar_maps_each_character_as_the_general_path_does() -> None:
    """``scalar_field`` maps a one-line value that is its text verbatim (plain, or quoted
    without escapes) in one piece; every offset must land where the run-by-run mapping puts
    it, emoji and tabs included."""
    rng = random.Random(3)
    pieces = ["a", "b", " ", "é", "🙂", "\t", "x", "-", "."]
    checked = 0
    for _ in range(600):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))).strip()
        if not value or value[0] in "-.":
            continue
        for quote, escape in (('"', _DQ_ESCAPE), ("'", _SQ_ESCAPE), ("", None)):
            text = f"id: 1\nsubject: {quote}{value}{quote}\n"
            node = compose(text)
            assert node is not None
            scalar = node.value[1][1]
            lines = LineIndex(text)
            field = scalar_field("subject", scalar, lines)
            start, end = lines.offset(*scalar.start), lines.offset(*scalar.end)
            inner = text[start + len(quote) : end - len(quote)]
            runs = _quoted_runs(inner, start + len(quote), escape)
            general = SourceMap(_align(str(scalar.value), runs, start))
            offsets = range(len(field.text) + 1)
            assert [field.source_map.to_file(i) for i in offsets] == [
                general.to_file(i) for i in offsets
            ], text
            checked += 1
    assert checked > 1000


def test_a_line_read_in_one_match_reads_as_key_value_and_flat_value_read_it() -> None:
    """``compose_flat`` reads its most common lines with ``SIMPLE_LINE`` alone: each line it
    matches must give the key and value nodes that ``key_value`` and ``_flat_value`` give."""
    from outreach_lint.yaml_flat import SIMPLE_LINE, _flat_value, _scalar

    rng = random.Random(17)
    pieces = ["a", "b c", "x_y", "-", ":", ": ", ":\t", "#", " #c", " ", "\t", "'", '"', "é"]
    pieces += ["[", "]", ", ", ",", "{", "}", "@", "1", "\\", "a-b", "\x0c", "\u3000"]
    whole = ['"', "[", '"a b"', '"a#b"', "[a, b]", "[ x_y ,a-b ]", "[a,]", "[]", "[é]"]
    read = 0
    for _ in range(20_000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
        if rng.random() < 0.5:
            value = " " + rng.choice(whole) + value
        line = rng.choice(["k", "id", "tags", "a-b_c"]) + rng.choice([":", " :", ":\t"]) + value
        m = SIMPLE_LINE.match(line)
        if m is None:
            continue
        read += 1
        split = key_value(line)
        assert split is not None, line
        name, raw, col = split
        node = compose_flat(line, 4)
        assert node is not None, line
        assert node.value == [(_scalar(name, 4, 0), _flat_value(raw, 4, col))], line
    assert read > 1_000


_LIST_ITEM_LINE = re.compile(r"(?P<indent> *)- +(?P<value>\S.*?)[ \t]*(?:[ \t]#.*)?$")


def test_a_list_item_is_split_as_its_documented_pattern_splits_it() -> None:
    """A block list item's value is what this pattern (its definition) reads: from the first
    character after the dash and its spaces, trimmed of white space and of a comment."""
    from outreach_lint.yaml_flat import _LIST_ITEM, _item_value

    rng = random.Random(23)
    pieces = ["a", "b c", "_", "-", " ", "\t", ":", "#", " #c", "\t#", "'", "x", "1", "é", "{"]
    read = 0
    for _ in range(20_000):
        rest = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        line = " " * rng.choice([0, 2]) + "-" + rest
        m = _LIST_ITEM_LINE.match(line)
        ours = _LIST_ITEM.match(line)
        assert (ours is None) == (m is None), line
        if m is None or ours is None:
            continue
        read += 1
        assert ours.end() == m.start("value"), line
        assert _item_value(line, ours.end()) == m.group("value"), line
    assert read > 1_500
