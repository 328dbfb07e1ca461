from __future__ import annotations

import pytest

FIRE = [
    pytest.param("---\nchannel: linkedin_connection_note\n---\n", id="front-matter-only"),
    pytest.param("", id="empty-file"),
    pytest.param("   \n\n\t\n", id="whitespace"),
    pytest.param("{# TODO write #}\n", id="comment-only"),
    pytest.param("{% if x %}\n{% endif %}\n", id="tags-only"),
    pytest.param("templates:\n  - name: a\n    body: ''\n", id="yaml-empty", marks=()),
]
NO_FIRE = [
    pytest.param("Hi", id="one-word"),
    pytest.param("{{ first_name }}", id="placeholder-only"),
    pytest.param("---\nchannel: email\n---\n.\n", id="punctuation"),
    pytest.param("<!-- c -->Hello", id="text-after-comment"),
    pytest.param("templates:\n  - name: a\n    body: Hi\n", id="yaml-text"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    path = "c.yaml" if text.startswith("templates") else "t.md"
    assert [f.code for f in lint(text, path=path, config={"select": ["OL503"]})] == ["OL503"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    path = "c.yaml" if text.startswith("templates") else "t.md"
    assert lint(text, path=path, config={"select": ["OL503"]}) == []
