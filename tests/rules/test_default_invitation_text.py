from __future__ import annotations

import pytest

FIRE = [
    pytest.param("I'd like to add you to my professional network on LinkedIn.", id="exact"),
    pytest.param("Hi {{ n }}, I’d like to add you to my professional network.", id="curly"),
    pytest.param("I would like to add you to my\nprofessional network.", id="long-form-break"),
    pytest.param("Hello, I'd like to add you to my network.", id="network"),
    pytest.param("I'd like to join your LinkedIn network.", id="old-default"),
    pytest.param("I'd like to connect with you on LinkedIn.", id="connect-on-linkedin"),
]
NO_FIRE = [
    pytest.param("I'd like to connect because of your talk on {{ topic }}.", id="with-reason"),
    pytest.param("Our network of hospitals is growing.", id="network-noun"),
    pytest.param("Would you add me to the speaker list?", id="add-me"),
    pytest.param("I'd like to add a note about the role.", id="add-note"),
    pytest.param("Happy to introduce you to my network of CTOs if useful.", id="introduce"),
]


@pytest.mark.parametrize("text", FIRE)
def test_fires(lint, text):
    assert [f.code for f in lint(text, config={"select": ["OL302"]})] == ["OL302"]


@pytest.mark.parametrize("text", NO_FIRE)
def test_does_not_fire(lint, text):
    assert lint(text, config={"select": ["OL302"]}) == []
