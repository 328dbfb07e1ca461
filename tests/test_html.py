"""An e-mail written as HTML reads as the same e-mail written in Markdown: its block tags
break lines and paragraphs where the recipient sees them, however the markup is laid out."""

from __future__ import annotations

from conftest import scanned

from outreach_lint.cli import main

MARKDOWN = """\
Dear Job Seeker,

Your talk on {{ talk }} at {{ company }} is why I am writing. We're both in the same industry.

About the role:

- Own the payments platform
- Lead a team of five

Would you be open to a call next week?

Best,
Sam"""

HTML = (
    "<p>Dear Job Seeker,</p>"
    "<p>Your talk on {{ talk }} at {{ company }} is why I am writing. We&rsquo;re both in the "
    "same industry.</p>"
    "<p>About the role:</p>"
    "<ul><li>Own the payments platform</li><li>Lead a team of five</li></ul>"
    "<p>Would you be open to a call next week?</p>"
    "<p>Best,<br>Sam</p>"
)


def _quoted(message, spans):
    return [message.quote(s, e) for s, e in spans]


def test_block_tags_end_sentences_as_blank_lines_do():
    html, markdown = scanned(HTML), scanned(MARKDOWN)
    assert _quoted(html, html.sentences) == [
        "Dear Job Seeker,",
        "Your talk on {{ talk }} at {{ company }} is why I am writing.",
        "We\u2019re both in the same industry.",
        "About the role:",
        "Own the payments platform",
        "Lead a team of five",
        "Would you be open to a call next week?",
        "Best, Sam",  # a <br> is a line break, which ends no sentence
    ]
    # the same sentences as the Markdown's, but for the list's bullets
    assert [q.removeprefix("- ") for q in _quoted(markdown, markdown.sentences)] == [
        q.replace("\u2019", "'") for q in _quoted(html, html.sentences)
    ]


def test_inline_tags_break_nothing():
    message = scanned("<p>We are <b>hiring</b> a <em>lead</em> engineer.</p>")
    assert _quoted(message, message.sentences) == ["We are hiring a lead engineer."]
    assert "\n" not in message.prose.strip()


def test_breaks_count_no_characters():
    # a tag counts only for the line breaks written in it, whatever break it shows
    assert scanned("<p>ab</p><p>cd</p>").visible_length == 4
    assert scanned("<p>ab</p>\n<p>cd</p>").visible_length == 5
    assert scanned("ab<br>cd").visible_length == 4


def _lint(tmp_path, capsys, name: str, body: str) -> list[str]:
    (tmp_path / name).write_text(
        "---\nchannel: email\nsubject: Payments lead in Leeds\nvariables: [talk, company]\n"
        f"---\n{body}\n",
        encoding="utf-8",
    )
    main(["check", str(tmp_path / name), "--isolated", "--extend-include", "*.html"])
    return capsys.readouterr().out.splitlines()


def test_a_minified_html_e_mail_has_the_findings_of_its_markdown(tmp_path, capsys):
    markdown = _lint(tmp_path, capsys, "m.md", MARKDOWN)
    html = _lint(tmp_path, capsys, "h.html", HTML)
    assert {f.split(" ", 1)[1].split(" ")[0] for f in markdown} >= {"OL103", "OL301"}
    said = [f.split(": ", 1)[1].replace("\u2019", "'") for f in html]
    assert said == [f.split(": ", 1)[1] for f in markdown]
    # each at its text in the one line the HTML is written on
    line = HTML
    at = {f.split(" ", 2)[1]: f.split(" ", 1)[0] for f in html}
    assert at["OL103"].endswith(f"h.html:6:{line.index('Dear') + 1}:")
    assert at["OL301"].endswith(f"h.html:6:{line.index('We&rsquo;re') + 1}:")


LONG = (
    "Northwind builds the payments platform behind two thousand shops, and the team you would "
    "lead runs it end to end: the ledger, the card processing, the fraud checks and the payouts. "
    "It moved to Kubernetes last year and is now splitting the monolith into services, one "
    "domain at a time, with the people who wrote it. You would hire two engineers this year, set "
    "the on-call rota and own the roadmap with the head of product. The salary is 95,000 to "
    "105,000 pounds, with four days in the Leeds office a month and the rest remote."
)


def test_a_link_counts_its_address_and_text_not_its_markup(tmp_path, capsys):
    markdown = f"{MARKDOWN}\n\n{LONG}\n\nBook a time: [pick a slot](https://cal.example.com/sam)"
    html = (
        f'{HTML}<p style="margin:0 0 12px">{LONG}</p>'
        '<p>Book a time: <a href="https://cal.example.com/sam" target="_blank">pick a slot</a>'
        '</p><img src="https://cdn.example.com/logo.png" alt="Northwind logo" width="120">'
    )
    said = [f.split(": ", 1)[1] for f in _lint(tmp_path, capsys, "h.html", html)]
    words = [s for s in said if s.startswith("OL502")]
    assert len(words) == 1 and "is 145 words long" in words[0]
    assert [s.replace("\u2019", "'") for s in said] == [
        f.split(": ", 1)[1] for f in _lint(tmp_path, capsys, "m.md", markdown)
    ]
