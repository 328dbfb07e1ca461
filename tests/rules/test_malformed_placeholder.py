from __future__ import annotations

import pytest

from outreach_lint import plugins
from outreach_lint.cli import main
from outreach_lint.config_file import RawConfig
from outreach_lint.config_values import build
from outreach_lint.lint import Linter
from outreach_lint.model import Finding, SourceFile

ALL = ["jinja", "brace", "mailchimp", "percent"]
FIRE = [
    pytest.param("Hi {{first_name}, thanks", "{{first_name}", ["jinja"], id="missing-brace"),
    pytest.param("Hi { {first_name}}, thanks", "{ {first_name}}", ["jinja"], id="space-inside"),
    pytest.param("Hi {{ role }}}, thanks", "}", ["jinja"], id="extra-brace"),
    pytest.param("Hi {first_name}, thanks", "{first_name}", ["jinja"], id="single-brace"),
    pytest.param("Hi{first_name}, thanks", "{first_name}", ["jinja"], id="no-space-before"),
    pytest.param("Hi *|FNAME|, thanks", "*|FNAME|", ["mailchimp"], id="mailchimp-star"),
    pytest.param("Hi {{ first_name\nthanks", "{{ first_name", ["jinja"], id="unclosed"),
    pytest.param("Hi {{ first_name }, thanks", "{{ first_name }", ALL, id="unclosed-all-styles"),
    pytest.param("Hi {{ first_name\nthanks", "{{ first_name", ALL, id="unclosed-line-all"),
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
    # Braze's Liquid attributes: ${…} inside the braces
    pytest.param("Hi {{${first_name} | default: 'there'}}, thanks", ALL, id="braze-default"),
    pytest.param("Hi {{${first_name}}}, thanks", ALL, id="braze-attribute"),
    pytest.param("In {{custom_attribute.${city}}}, thanks", ALL, id="braze-custom-attribute"),
    pytest.param(
        "{% if ${first_name} != blank %}Hi {{${first_name}}},{% else %}Hi,{% endif %}",
        ALL,
        id="braze-condition",
    ),
]


@pytest.mark.parametrize(("text", "shown", "dialects"), FIRE)
def test_fires(lint, text, shown, dialects):
    (f,) = lint(text, config={"select": ["OL402"], "dialects": dialects})
    assert f"'{shown}'" in f.message


@pytest.mark.parametrize(("text", "dialects"), NO_FIRE)
def test_does_not_fire(lint, text, dialects):
    assert lint(text, config={"select": ["OL402"], "dialects": dialects}) == []


def test_each_broken_placeholder_is_a_finding_of_its_own(lint):
    text = "Your {skill} work at {company}, {{ x } and *|FNAME| too. Also {a}{b}.\n"
    found = lint(text, config={"select": ["OL402"], "dialects": ["jinja", "mailchimp"]})
    shown = ["{skill}", "{company}", "{{ x }", "*|FNAME|", "{a}", "{b}"]
    assert [(f.column, f.message.split("'")[1]) for f in found] == [
        (text.index(s) + 1, s) for s in shown
    ]
    assert "add 'brace' to the 'dialects' setting in .outreach-lint.yaml" in found[0].message
    assert "'dialects'" not in found[2].message  # no dialect reads '{{ x }'


def test_a_double_brace_placeholder_where_single_braces_are_on(lint):
    text = "Your post on {{ topic }} and your work at {{ company }}.\n"
    found = lint(text, config={"select": ["OL402"], "dialects": ["brace"]})
    assert [f.message.split("'")[1] for f in found] == ["{{ topic }}", "{{ company }}"]
    assert found[0].message.startswith(
        "'{{ topic }}' would be sent as typed: write it as {topic}. "
    )
    assert "add 'jinja' to the 'dialects' setting in .outreach-lint.yaml" in found[0].message


def test_closing_marks_too_many_name_the_placeholder_they_follow(lint):
    found = lint("We are hiring a {{ role }}}} at Northwind.\n", config={"select": ["OL402"]})
    assert [(f.column, f.message) for f in found] == [
        (27, "stray '}}' after {{ role }}: remove it, or it will be sent as typed")
    ]
    (f,) = lint("Hi {{first_name}, thanks\n", config={"select": ["OL402"]})
    assert f.message.startswith("broken placeholder '{{first_name}': fix how it opens and closes")


def test_an_unclosed_placeholder_does_not_swallow_the_next(lint):
    text = "Hi {{ first_name, I saw your work at {company} on {{ team }}.\n"
    found = lint(text, config={"select": ["OL402"]})
    assert [f.message.split("'")[1] for f in found] == ["{{ first_name", "{company}"]
    assert "set 'dialects' to [jinja, brace] in .outreach-lint.yaml" in found[1].message


def test_a_mailchimp_field_with_a_colon_is_no_merge_tag(lint):
    config = {"select": ["OL402"], "dialects": ["mailchimp"]}
    (f,) = lint("Hi *|FNAME:there|*, a role in Leeds.\n", config=config)
    assert (f.line, f.column, f.end_column) == (1, 4, 19)
    assert f.message.startswith("'*|FNAME:there|*' would be sent as typed: Mailchimp takes no")
    assert "Write *|FNAME|* and set FNAME's default value" in f.message
    assert f.message.endswith("*|IF:FNAME|**|FNAME|**|ELSE:|*there*|END:IF|*")
    (f,) = lint("Hi *|TITLE:FNAME:friend|*, hello.\n", config=config)
    assert "Write *|FNAME|*" in f.message
    (f,) = lint("Hi *|FNAME:there|, hello.\n", config=config)  # broken besides
    assert f.message.startswith("broken placeholder")
    assert lint("*|LIST:ADDRESS|* *|MC:SUBJECT|* *|TITLE:FNAME|*\n", config=config) == []


def test_mailchimp_feed_blocks_and_social_tags_are_not_broken(lint):
    text = (
        "*|FEEDBLOCK:https://northwind.example/jobs.xml|*\n*|FEEDITEMS:[$count=3]|*\n"
        "*|FEEDITEM:TITLE|*\n*|END:FEEDITEMS|*\n*|END:FEEDBLOCK|*\n"
        '<a href="*|TWITTER:PROFILEURL|*">follow</a> *|BRAND:LOGO|* *|URL:FNAME|*\n'
    )
    assert lint(text, config={"select": ["OL402"], "dialects": ["mailchimp"]}) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hi {{first_name} {{last_name}, welcome.", ["{{first_name}", "{{last_name}"]),
        ("Hi {{ first_name }} { {{ company }} } ok.", ["{", "}"]),
        ("Hi {{ first_name, I saw your work.", ["{{ first_name"]),
    ],
)
def test_broken_placeholders_are_told_apart_and_quoted_whole(lint, text, shown):
    found = lint(text + "\n", config={"select": ["OL402"]})
    assert [f.message.split("'")[1] for f in found] == shown


def test_a_whole_placeholder_of_a_style_that_is_off_says_so(lint):
    """Teamtailor's "{company}" in a Jinja template is no typo to hunt for in its braces."""
    (f,) = lint("Your wine list at {company} won.\n", config={"select": ["OL402"]})
    assert f.message == (
        "'{company}' would be sent as typed: write it as {{ company }}. It looks like a "
        "placeholder in {single braces} (Teamtailor and Python write them), and these templates "
        "use {{ double braces }}; if your sending tool fills in {single braces}, ask whoever set "
        "up outreach-lint to set 'dialects' to [jinja, brace] in .outreach-lint.yaml"
    )
    (f,) = lint("Hi {first-name there},\n", config={"select": ["OL402"]})
    assert f.message.startswith(
        "'{first-name there}' would be sent as typed: write it as "
        "{{ first_name|default('there') }}. It looks like a placeholder in {single braces}"
    )
    assert "broken" not in f.message


def _without_other_plugins(monkeypatch, text: str) -> list[Finding]:
    """OL402's findings on ``text`` where no plugin but outreach-lint's own is installed (the
    example plugin adds a dialect for Salesforce merge fields)."""
    found = plugins.entry_points
    monkeypatch.setattr(
        plugins,
        "entry_points",
        lambda group: [e for e in found(group) if e.dist == "outreach-lint"],
    )
    config, _extra = build(RawConfig(None, {"select": ["OL402"]}, {}), {})
    linter = Linter(config, plugins.load(config))
    return linter.lint_source(SourceFile("template.txt", text)).findings


@pytest.mark.parametrize(
    "field",
    ["{!Contact.FirstName}", "{!Contact.Account}", "{!User.Name}", "{!Contact.FirstName, there}"],
)
def test_a_salesforce_merge_field_no_dialect_reads_is_no_broken_placeholder(monkeypatch, field):
    (f,) = _without_other_plugins(monkeypatch, f"Hi {field},\nA Senior Paralegal role.\n")
    assert f.message == (
        f"'{field}' looks like a Salesforce merge field, which no enabled dialect reads: if your "
        "sending tool fills these in, a dialect plugin can read them (see "
        "'outreach_lint_dialects' in docs/plugins.md); if not, rewrite it in the placeholder "
        "style your templates use, or it will be sent as typed"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # broken, or no object and field: how it opens and closes is what is wrong
        ("Hi {!Contact.FirstName}}, thanks", "{!Contact.FirstName}}"),
        ("Hi {{!Contact.FirstName}, thanks", "{{!Contact.FirstName}"),
        ("Hi {!FirstName}, thanks", "{!FirstName}"),
        ("Hi {!}, thanks", "{!}"),
    ],
)
def test_a_broken_merge_field_is_a_broken_placeholder(monkeypatch, text, shown):
    (f,) = _without_other_plugins(monkeypatch, text + "\n")
    assert f.message.startswith(f"broken placeholder '{shown}': fix how it opens and closes")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hi {first_name}}, thanks", "{first_name}"),
        ("Hi {{${first_name}}, thanks", "{{"),  # Braze's, a brace short
        ("Hi {{$first_name}}}, thanks", "}"),
    ],
)
def test_broken_forms_near_brazes_are_still_broken(lint, text, shown):
    found = lint(text, config={"select": ["OL402"], "dialects": ALL})
    assert found
    assert found[0].message.startswith(f"broken placeholder '{shown}'")


BRAZE = """\
---
channel: email
subject: "Product Designer at Tidepool"
variables: [first_name, portfolio_project, city]
---
Hi {{${first_name} | default: 'there'}},

Your case study on {{ portfolio_project }} for {{custom_attribute.${city}}} clinics shows you can
make a messy booking flow calm, which is what our Product Designer at Tidepool will do for 400
physio clinics: £65,000, remote in the UK. Would you be up for a 30-minute chat?
"""


def test_braze_attributes_through_the_cli(tmp_path, capsys, monkeypatch):
    (tmp_path / "all.yaml").write_text("dialects: [jinja, brace, mailchimp, percent]\n")
    (tmp_path / "braze.liquid").write_text(BRAZE)
    (tmp_path / "broken.liquid").write_text(BRAZE.replace("'there'}}", "'there'}"))
    monkeypatch.chdir(tmp_path)
    args = ["check", "--no-cache", "--config", "all.yaml", "--select", "OL4"]
    assert main([*args, "braze.liquid"]) == 0
    assert capsys.readouterr().out == ""
    assert main([*args, "broken.liquid"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("broken.liquid:6:4: OL402 broken placeholder '{{")
