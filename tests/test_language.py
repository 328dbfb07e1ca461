"""Rules that read English stay silent on templates written in another language; the others
run on every template."""

from __future__ import annotations

import pytest
from conftest import unscanned

from outreach_lint.language import in_english
from outreach_lint.model import Finding

ENGLISH_RULES = {"OL102", "OL201", "OL202", "OL204", "OL205", "OL701"}

NOT_ENGLISH = [
    pytest.param(
        "Bonjour {{ first_name|default('à vous') }}, j'ai vu que vous avez monté l'équipe paie "
        "chez {{ company }}. Mon client à Nantes recrute un Responsable Paie. Pouvons-nous en "
        "parler jeudi ?",
        id="french",
    ),
    pytest.param(
        "Hola {{ first_name|default('') }}, vi que lideraste la migración de datos en "
        "{{ company }}. Mi cliente en Madrid busca una jefa de datos para su equipo. Escríbeme "
        "si te interesa y te cuento los detalles.",
        id="spanish",
    ),
    pytest.param(
        "Hallo {{ first_name }}, ich habe gesehen, dass Sie bei {{ company }} das Team für die "
        "Lohnbuchhaltung aufgebaut haben. Mein Kunde in Köln sucht eine Leitung, und ich "
        "würde mich freuen, wenn Sie sich melden.",
        id="german",
    ),
    pytest.param(
        "{{ last_name }}様、{{ company }}でのデータ基盤の記事を拝見しました。東京の顧客が"
        "データエンジニアを募集しています。来週お話しできますか？",
        id="japanese",
    ),
    pytest.param(
        "مرحباً {{ first_name }}، رأيت عملك في {{ company }}. عميلي في دبي يبحث عن مهندس "
        "بيانات. هل أنت مهتم؟",
        id="arabic",
    ),
]

NOT_ENGLISH += [
    pytest.param(
        "Hello {{ first_name }}, je suis Talent Acquisition Manager chez Northbeam. On recrute "
        "un Head of Product, ça te dit d'en parler ?",
        id="french-with-english-words",
    ),
    pytest.param(
        "Oi {{ first_name }}, tudo bem? Estou recrutando para uma vaga de Data Engineer na "
        "Northbeam. Topa uma call?",
        id="portuguese-with-english-words",
    ),
    pytest.param(
        "Bonjour {{ first_name|default('à vous') }}, votre parcours chez {{ company }} m'a "
        "interpellé. Seriez-vous disponible pour un échange sur un poste de Data Engineer ?",
        id="short-french",
    ),
    pytest.param(
        "Hallo {{ first_name }}, wir suchen eine Data Engineerin in Berlin. Ich freue mich auf "
        "Ihre Rückmeldung.",
        id="short-german",
    ),
    pytest.param(
        "Cześć {{ first_name }}, widziałem Twój projekt w {{ company }}. Szukamy inżyniera "
        "danych. Daj znać, czy masz chwilę.",
        id="short-polish",
    ),
    pytest.param(
        "Hola {{ first_name|default('') }}, vi tu charla en YouTube sobre tu trabajo en The Home "
        "Depot y me encantó. Me gustaría contarte sobre una vacante de ingeniera de datos. "
        "Quedo atenta a tu respuesta.",
        id="spanish-naming-the-home-depot",
    ),
]

ENGLISH = [
    pytest.param(
        "Hi {{ first_name|default('there') }}, I have an exciting opportunity in Los Angeles, "
        "Las Vegas or El Paso. Interested?",
        id="spanish-place-names",
    ),
    pytest.param(
        "I'm Ana de la Cruz y Ortega, a recruiter at El Corte Inglés. Let's connect!",
        id="spanish-names",
    ),
    pytest.param(
        "I'm Jan van der Berg, a recruiter at Het Financieele Dagblad. Let's connect!",
        id="dutch-names",
    ),
    pytest.param(
        "Recruiter here, based at La Défense, covering Le Mans and Les Ulis. Let's connect!",
        id="french-places",
    ),
    pytest.param(
        "Hi {{ first_name|default('there') }}, I'm a recruiter specialising in data roles. "
        "Let's connect!\nДмитрий Иванович Соколов",
        id="cyrillic-signature",
    ),
    pytest.param(
        "Hi {{ first_name }}, I'm a recruiter at Northbeam.\n--\nИван Петров, ведущий рекрутер",
        id="long-cyrillic-signature",
    ),
    pytest.param(
        "{{ first_name|default('Hello') }},\n\nRole: Staff Data Engineer\nLocations: Los "
        "Angeles, Las Vegas or El Paso (hybrid)\nStack: Python, Kafka, dbt\nSalary: $180k + "
        "equity\nApply: northbeam.com/careers w/ CV\n\nSam Lee, Northbeam",
        id="bullet-lines-with-place-names",
    ),
    pytest.param("Hi {{ first_name }}, we are hiring. Any interest?", id="plain"),
    pytest.param("Hi Sam, great talk at PyCon. Coffee next week?", id="no-common-words"),
    pytest.param(
        "Hi {{ first_name }}, aapki profile dekhi. We have a Java role for you in Pune, "
        "and the CTC is good. Interested?",
        id="hinglish",
    ),
    pytest.param(
        "Hi {{ first_name }}, a role in LA for a chef de cuisine: la carte, the works. Keen?",
        id="a-few-foreign-words",
    ),
]


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_other_languages_are_told_apart(text: str) -> None:
    assert not in_english(unscanned(text))


@pytest.mark.parametrize("text", ENGLISH)
def test_english_and_mixed_text_reads_as_english(text: str) -> None:
    assert in_english(unscanned(text))


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.mark.parametrize("text", NOT_ENGLISH)
def test_rules_that_read_english_are_silent_on_other_languages(lint, text: str) -> None:
    found = set(codes(lint(f"---\nchannel: linkedin_inmail\nsubject: Rol\n---\n{text}\n")))
    assert not found & ENGLISH_RULES


def test_the_same_template_in_english_is_still_judged(lint) -> None:
    body = "Hi there, I hope you are well. I work in recruitment and wanted to say hello."
    assert {"OL201", "OL204"} <= set(codes(lint(f"---\nchannel: email\n---\n{body}\n")))


def test_phrase_rules_still_run_on_other_languages(lint) -> None:
    text = "Bonjour {{ first_name }}, nous cherchons un rockstar pour notre équipe à Nantes.\n"
    assert "OL304" in codes(lint(text))
    assert "OL403" in codes(lint("Bonjour [Name], le poste est à Nantes et à Paris.\n"))


def test_in_templates_linted_together_only_the_english_ones_are_read_as_english() -> None:
    """The templates of a group are asked once whether they read as English, for all the
    rules that read English: each finding still goes to its own template, in English or not."""
    from outreach_lint import lint
    from outreach_lint.cli import load_setup
    from outreach_lint.model import SourceFile

    english = "Hi there, I hope you are well. I work in recruitment and wanted to say hello."
    french = "Bonjour, nous cherchons un rockstar pour notre équipe à Nantes."
    texts = [french, english, english, french, english]
    sources = [
        SourceFile(f"t{i}.md", f"---\nchannel: email\n---\n{text}\n")
        for i, text in enumerate(texts)
    ]
    linter = lint.Linter(*load_setup(None, True, {"cache": False}, False))
    results = linter.lint_sources(sources)
    for text, result in zip(texts, results, strict=True):
        found = set(codes(result.findings))
        if text is english:
            assert {"OL201", "OL204"} <= found, result.path
        else:
            assert not found & ENGLISH_RULES and "OL304" in found, result.path


def test_rule_docs_say_which_rules_read_english(capsys: pytest.CaptureFixture[str]) -> None:
    from outreach_lint.cli import main

    assert main(["rule", "OL204", "--isolated"]) == 0
    assert "Reads English: silent on templates in other languages." in capsys.readouterr().out
    assert main(["rule", "OL304", "--isolated"]) == 0
    assert "Reads English" not in capsys.readouterr().out
