from __future__ import annotations

import pytest

FIRE = [
    pytest.param(
        "---\nvariables: [first_name]\n---\nHi {{ frist_name }}\n", "{{ frist_name }}", id="typo"
    ),
    pytest.param("---\nvariables: []\n---\nHi {{ name }}\n", "{{ name }}", id="empty-list"),
    pytest.param(
        "---\nvariables: {first_name: {max_length: 10}}\n---\nAt {{ company }}\n",
        "{{ company }}",
        id="mapping-form",
    ),
    pytest.param(
        "---\nsubject: 'About {{ role }}'\nvariables: [name]\n---\nHi {{ name }}\n",
        "{{ role }}",
        id="in-subject",
    ),
    pytest.param(
        "---\nvariables: [contact]\n---\n{{ contacts.firstname }}\n",
        "{{ contacts.firstname }}",
        id="dotted-other-root",
    ),
]
NO_FIRE = [
    pytest.param("Hi {{ anything }}\n", id="no-variables-key"),
    pytest.param("---\nvariables: [first_name]\n---\nHi {{ first_name }}\n", id="declared"),
    pytest.param("---\nvariables: [contact]\n---\nHi {{ contact.firstname }}\n", id="dotted"),
    pytest.param(
        "---\nvariables:\n  - name: company\n    sample: Acme\n---\nAt {{ company }}\n",
        id="name-key-form",
    ),
    pytest.param(
        "---\nvariables: [x]\n---\n{% if x %}{{ x }}{% endif %}{# {{ y }} #}\n",
        id="comment-not-a-placeholder",
    ),
]


@pytest.mark.parametrize(("text", "shown"), FIRE)
def test_fires(lint, text, shown):
    (f,) = lint(text, config={"select": ["OL401"]})
    assert f.code == "OL401" and shown in f.message


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL401"]}) == []


def test_one_finding_per_name(lint):
    text = "---\nvariables: []\n---\n{{ a }} {{ a }} {{ b }}\n"
    assert [(f.column, f.end_column) for f in lint(text, config={"select": ["OL401"]})] == [
        (1, 8),
        (17, 24),
    ]
