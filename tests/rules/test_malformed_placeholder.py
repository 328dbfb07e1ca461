from __future__ import annotations

import pytest

FIRE = [
    pytest.param("Hi {{first_name}, thanks", "{{first_name}", ["jinja"], id="missing-brace"),
    pytest.param("Hi { {first_name}}, thanks", "{ {first_name}}", ["jinja"], id="space-inside"),
    pytest.param("Hi {{ role }}}, thanks", "}", ["jinja"], id="extra-brace"),
    pytest.param("Hi {first_name}, thanks", "{first_name}", ["jinja"], id="single-brace"),
    pytest.param("Hi{first_name}, thanks", "{first_name}", ["jinja"], id="no-space-before"),
    pytest.param("Hi *|FNAME|, thanks", "*|FNAME|", ["mailchimp"], id="mailchimp-star"),
    pytest.param("Hi {{ first_name\nthanks", "{{", ["jinja"], id="unclosed"),
]
NO_FIRE = [
    pytest.param("Hi {{ first_name }}, thanks", ["jinja"], id="fine"),
    pytest.param("Hi {first_name}, thanks", ["brace"], id="brace-dialect"),
    pytest.param("Hi *|FNAME|*, 20% more | pipes", ["mailchimp"], id="mailchimp-fine"),
    pytest.param("{% if x %}a{% endif %} {# c #}", ["jinja"], id="tags"),
    pytest.param("Hi [Name], {braces} are fine here", ["bracket"], id="no-stray-pattern"),
    pytest.param(
        "Your Vector{Float64} kernels and Dict{String,Int} caches", ["jinja"], id="code-braces"
    ),
]


@pytest.mark.parametrize(("text", "shown", "dialects"), FIRE)
def test_fires(lint, text, shown, dialects):
    (f,) = lint(text, config={"select": ["OL402"], "dialects": dialects})
    assert f"'{shown}'" in f.message


@pytest.mark.parametrize(("text", "dialects"), NO_FIRE)
def test_does_not_fire(lint, text, dialects):
    assert lint(text, config={"select": ["OL402"], "dialects": dialects}) == []
