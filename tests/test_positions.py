"""Every finding points at the text it is about, in the file as the user sees it."""

from __future__ import annotations

import pytest

from outreach_lint.cli import main

SELECT = ["--select", "OL301,OL302,OL401,OL402"]


def run(tmp_path, capsys, name: str, data: bytes, *extra: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    code = main(["check", str(path), "--isolated", *SELECT, *extra])
    out = capsys.readouterr().out
    assert code == (1 if out else 0)
    return [line.replace(str(tmp_path) + "/", "") for line in out.splitlines()]


def test_front_matter_offsets_body_lines(tmp_path, capsys):
    data = (
        b"---\nchannel: email\nsubject: Hi\n---\n\n"
        b"Hi {{ first_name }},\nsince we're in the same industry\n"
    )
    assert run(tmp_path, capsys, "a.md", data) == [
        "a.md:7:1: OL301 'since we're in the same industry' is not a reason to write: say what "
        "about this person made you reach out"
    ]


def test_crlf_file_has_the_same_lines_and_columns(tmp_path, capsys):
    lf = b"---\nchannel: email\n---\nHello {{ name }},\n  since we are in the same field\n"
    crlf = lf.replace(b"\n", b"\r\n")
    assert run(tmp_path, capsys, "lf.md", lf)[0].startswith("lf.md:5:3: OL301")
    assert run(tmp_path, capsys, "crlf.md", crlf)[0].startswith("crlf.md:5:3: OL301")


def test_emoji_accent_and_tab_count_as_one_column(tmp_path, capsys):
    data = "Héllo 👋\t{{ first_name }}, since we're in the same industry\n".encode()
    (line,) = run(tmp_path, capsys, "e.md", data)
    assert line.startswith("e.md:1:27: OL301")
    text = data.decode()
    assert text[26:].startswith("since")  # column 27 is character 26, counted in code points


def test_an_emoji_of_several_code_points_counts_as_several_columns(tmp_path, capsys):
    data = "Hi 👋🏽 👩\u200d🍳 {{ first_name }}, since we're in the same industry\n".encode()
    (line,) = run(tmp_path, capsys, "e.md", data)
    assert line.startswith("e.md:1:29: OL301")  # 👋🏽 is two code points, 👩‍🍳 three
    assert data.decode()[28:].startswith("since")


def test_utf8_bom_does_not_shift_columns(tmp_path, capsys):
    data = b"\xef\xbb\xbfsince we're in the same industry\n"
    assert run(tmp_path, capsys, "bom.md", data)[0].startswith("bom.md:1:1: OL301")


@pytest.mark.parametrize(
    ("body", "line", "column"),
    [
        pytest.param(
            "    body: |\n      Hi {{ x }},\n      since we're in the same industry\n",
            5,
            7,
            id="literal",
        ),
        pytest.param(
            "    body: >\n      Hi {{ x }},\n      since we're in the same industry\n",
            5,
            7,
            id="folded",
        ),
        pytest.param(
            "    body: |2\n        Hi,\n        since we're in the same industry\n",
            5,
            9,
            id="literal-indent-indicator",
        ),
        pytest.param(
            "    body: Hi {{ x }}, since\n      we're in the same industry\n",
            3,
            23,
            id="plain-multiline",
        ),
        pytest.param(
            '    body: "Hi \\"you\\", since we\'re in the same industry"\n',
            3,
            24,
            id="double-quoted-escapes",
        ),
        pytest.param(
            "    body: 'It''s me, since we''re in the same industry'\n", 3, 22, id="single-quoted"
        ),
        pytest.param(
            "    body: |2-\n          Hi there,\n        since we're in the same industry\n",
            5,
            9,
            id="indent-indicator-first-line-deeper",
        ),
        pytest.param('    body: &b "Hi, since we\'re in the same industry"\n', 3, 19, id="anchor"),
        pytest.param("    body: !!str Hi, since we're in the same industry\n", 3, 21, id="tag"),
        pytest.param(
            "    body: !!str &b |\n      Hi,\n      since we're in the same industry\n",
            5,
            7,
            id="tag-and-anchor-block",
        ),
        pytest.param(
            "    body: Hi\u2028there, since we're in the same industry\n",
            3,
            21,
            id="line-separator-in-a-plain-value",
        ),
        pytest.param(
            '    body: "Hi\u2028there"\n  - name: u\n    body: since we\'re in the same industry\n',
            5,
            11,
            id="line-separator-in-an-earlier-value",
        ),
        pytest.param(
            "    body: |\n      Hi {{ x }},\u2028there,\n      since we're in the same industry\n",
            5,
            7,
            id="line-separator-in-a-block",
        ),
        pytest.param(
            "    body: >\n      Hi\x85there, since we're in the same industry\n",
            4,
            17,
            id="next-line-in-a-folded-block",
        ),
    ],
)
def test_yaml_collection_scalars(tmp_path, capsys, body, line, column):
    data = f"templates:\n  - name: t\n{body}".encode()
    (found,) = run(tmp_path, capsys, "c.yaml", data)
    assert found.startswith(f"c.yaml:{line}:{column}: OL301"), found
    source_line = data.decode().split("\n")[line - 1]
    assert source_line[column - 1 :].lower().startswith("since")


def test_finding_in_second_template_of_collection(tmp_path, capsys):
    data = (
        b"templates:\n  - name: a\n    body: Hi {{ x }}\n  - name: b\n    variables: [x]\n"
        b"    body: |\n      Hi {{ x }} and {{ y }}\n"
    )
    assert run(tmp_path, capsys, "c.yml", data)[0].startswith("c.yml:7:22: OL401")


def test_subject_line_of_plain_text_email(tmp_path, capsys):
    data = b"Subject: since we're in the same industry\n\nHi {{ name }}\n"
    assert run(tmp_path, capsys, "s.txt", data)[0].startswith("s.txt:1:10: OL301")


def test_front_matter_subject_position(tmp_path, capsys):
    data = b'---\nchannel: email\nsubject: "Quick q: {{first_name}"\n---\nHi\n'
    assert run(tmp_path, capsys, "q.md", data)[0].startswith("q.md:3:20: OL402")


@pytest.mark.parametrize(
    ("name", "data", "line", "column"),
    [
        (
            "e.html",
            b"---\nchannel: email\n---\n<html>\n<head><style>p { color: red }</style></head>\n"
            b"<body>\n  <p>Hello there, we are hiring nurses in Leeds.</p>\n</body></html>\n",
            7,
            6,
        ),
        (
            "c.md",
            b"---\nchannel: email\n---\n{# v2, approved by legal #}\n"
            b"Hello there, we are hiring nurses in Leeds.\n",
            5,
            1,
        ),
    ],
    ids=["html-tags", "jinja-comment"],
)
def test_a_finding_on_the_whole_template_points_at_its_first_word(
    tmp_path, capsys, name, data, line, column
):
    found = run(tmp_path, capsys, name, data, "--select", "OL101", "--extend-include", "*.html")
    assert found == [
        f"{name}:{line}:{column}: OL101 nothing in this template is about the recipient: add a "
        "placeholder for something specific to them (their company, their work, a post, a "
        "shared connection)"
    ]
    assert data.decode().split("\n")[line - 1][column - 1 :].startswith("Hello")


def test_html_doctype_and_space_entities_are_markup_not_text(tmp_path, capsys):
    data = (
        b"<!DOCTYPE html>\n<p>Hi {{ first_name }},</p>\n"
        b"<p>This is an exciting&nbsp;opportunity.</p>\n"
        b"<p>Since we're in the same&nbsp;industry, hi.</p>\n"
    )
    found = run(
        tmp_path,
        capsys,
        "e.html",
        data,
        "--select",
        "OL406,OL304,OL301",
        "--extend-include",
        "*.html",
    )
    assert [line.split(" ", 2)[:2] for line in found] == [
        ["e.html:2:7:", "OL406"],
        ["e.html:3:15:", "OL304"],
        ["e.html:4:4:", "OL301"],
    ]
    assert "'Since we're in the same industry' is not a reason to write" in found[2]


HTML_REFERENCES = (
    "<p>Hi {{ first_name }},</p>\n"
    "<p>R&amp;D &mdash; since we&rsquo;re both in the same industry, I&rsquo;d like to add you "
    "to my professional network.</p>\n"
)


def test_an_html_e_mail_is_read_with_its_character_references_decoded(tmp_path, capsys):
    found = run(tmp_path, capsys, "e.html", HTML_REFERENCES.encode(), "--extend-include", "*.html")
    line = HTML_REFERENCES.split("\n")[1]
    # each finding at its first character in the file, after references that are wider there
    assert [f.split(" ", 2)[:2] for f in found] == [
        [f"e.html:2:{line.index('since') + 1}:", "OL301"],
        [f"e.html:2:{line.index('I&rsquo;d') + 1}:", "OL302"],
    ]
    assert "'since we\u2019re both in the same industry' is not a reason to write" in found[0]


def test_an_html_collection_body_keeps_its_yaml_positions(tmp_path, capsys):
    data = (
        "templates:\n  - name: html\n    channel: email\n    body: |\n"
        "      <p>Hi {{ first_name }},</p>\n"
        "      <p>R&amp;D &mdash; since we&rsquo;re both in the same industry.</p>\n"
    )
    found = run(tmp_path, capsys, "c.yaml", data.encode())
    column = data.split("\n")[5].index("since") + 1
    assert found == [
        f"c.yaml:6:{column}: OL301 'since we\u2019re both in the same industry' is not a reason "
        "to write: say what about this person made you reach out"
    ]


def test_a_plain_text_template_keeps_its_ampersands_as_written(tmp_path, capsys):
    # no HTML: a LinkedIn note or a plain-text e-mail sends "&rsquo;" as typed
    data = b"Hi {{ first_name }}, since we&rsquo;re both in the same industry.\n"
    found = run(tmp_path, capsys, "n.md", data)
    assert found == [
        "n.md:1:22: OL301 'since we&rsquo;re both in the same industry' is not a reason to "
        "write: say what about this person made you reach out"
    ]


def test_character_references_count_as_the_one_character_they_show(tmp_path, capsys):
    body = (
        "<p>Hi {{ first_name }}, I&rsquo;m Sam at Northwind&rsquo;s Leeds office. Your talk on "
        "Kafka at {{ company }} is why I&rsquo;m writing: we&rsquo;re building the same thing "
        "and I&rsquo;d value your view. We&rsquo;re hiring a lead engineer; it&rsquo;s hybrid, "
        "&pound;85k. Open to a call?</p>\n"
    )
    data = f"---\nchannel: linkedin_connection_note\n---\n{body}"
    # with the placeholders at their default lengths, 264 characters as read (312 if "&rsquo;"
    # counted as the 7 characters it is written with)
    args = ("--select", "OL501", "--extend-include", "*.html")
    assert run(tmp_path, capsys, "n.html", data.encode(), *args) == []
    # 67 characters more as read are over the limit of 300
    more = "a call on Monday&mdash;or Tuesday, next week? Happy to share the pay band first."
    found = run(tmp_path, capsys, "l.html", data.replace("a call?", more).encode(), *args)
    assert [f.split(" ", 2)[1] for f in found] == ["OL501"]
    assert "can reach 331 characters" in found[0]


def test_yaml_merge_keys_are_applied(tmp_path, capsys):
    data = (
        b"shared: &d\n  channel: email\n  subject: since we're in the same industry\n"
        b"templates:\n  - <<: *d\n    name: merged\n    body: Hi {{ x }}\n"
        b"  - <<: *d\n    name: own\n    subject: A role in Leeds\n    body: Hi {{ x }}\n"
    )
    found = run(tmp_path, capsys, "c.yaml", data, "--select", "OL301")
    # the shared subject, once for the template that takes it, at the line it is written on
    assert [line.split(" ", 1)[0] for line in found] == ["c.yaml:3:12:"]


def test_a_second_yaml_document_is_a_clear_error(tmp_path, capsys):
    data = b"templates:\n  - body: Hi\n---\ntemplates:\n  - body: Hello\n"
    assert run(tmp_path, capsys, "c.yaml", data, "--select", "OL902") == [
        "c.yaml:3:1: OL902 invalid YAML: a file holds one YAML document: remove the '---' line "
        "that starts another"
    ]


NEVER_CLOSED = "this quoted text is never closed: add the closing {} where it ends"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "unterm.yaml",
            b"templates:\n  - name: x\n    channel: email\n    subject: x\n"
            b'    body: "Hi there, we are hiring\n  - name: y\n    channel: email\n'
            b"    subject: x\n    body: ok\n",
            "unterm.yaml:5:11: OL902 invalid YAML: " + NEVER_CLOSED.format('"'),
        ),
        (
            "colon.yaml",
            b'templates:\n  - name: x\n    body: "unterminated\n  - name: y: z\n',
            "colon.yaml:3:11: OL902 invalid YAML: " + NEVER_CLOSED.format('"'),
        ),
        (
            "single.yaml",
            b"templates:\n  - name: x\n    body: 'unterminated\n---\n",
            "single.yaml:3:11: OL902 invalid YAML: " + NEVER_CLOSED.format("'"),
        ),
        (
            "front.md",
            b'---\nchannel: email\nsubject: "Hi there\n---\nHello\n',
            "front.md:3:10: OL902 invalid front matter: " + NEVER_CLOSED.format('"'),
        ),
        (
            "later.md",
            b'---\nchannel: email\nsubject: "Nurse role\nrole: "nurse"\n---\nHello\n',
            "later.md:3:10: OL902 invalid front matter: " + NEVER_CLOSED.format('"'),
        ),
        (
            "later.yaml",
            b'templates:\n  - name: a\n    subject: "Nurse role\n    body: "hi there"\n',
            "later.yaml:3:14: OL902 invalid YAML: " + NEVER_CLOSED.format('"'),
        ),
    ],
    ids=[
        "collection",
        "colon-after",
        "single-quote",
        "front-matter",
        "a-quoted-value-below",
        "a-quoted-body-below",
    ],
)
def test_a_quote_never_closed_is_reported_where_it_opens(tmp_path, capsys, name, data, expected):
    """Not on a line past the end of the file, nor with a hint to quote the value again."""
    assert run(tmp_path, capsys, name, data, "--select", "OL902") == [expected]


def test_markdown_emphasis_underscores_are_not_part_of_the_words(tmp_path, capsys):
    data = b"We need a _rockstar_ and a __ninja__ for insert_company_name.\n"
    found = run(tmp_path, capsys, "e.md", data, "--select", "OL304,OL403")
    assert [line.split(" ", 2)[:2] for line in found] == [
        ["e.md:1:12:", "OL304"],
        ["e.md:1:30:", "OL304"],
        ["e.md:1:42:", "OL403"],
    ]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "block.yaml",
            b"templates:\n  - name: a\n    channel: email\n    body: |\n      Hi there,\n"
            b'      Note: "the ward is busy\n      Pay: 40 an hour. Free?\n'
            b"    subject: email: linkedin\n",
            "block.yaml:8:19: OL902 invalid YAML: mapping values are not allowed in this "
            "context; put the value of 'subject' in double quotes: subject: \"email: linkedin\"",
        ),
        (
            "closed-later.md",
            b'---\nsubject: "Charge Nurse role,\n  note: nights only"\nrole: Charge Nurse\n'
            b"channel: email: x\n---\nHi\n",
            "closed-later.md:5:15: OL902 invalid front matter: mapping values are not allowed in "
            "this context; put the value of 'channel' in double quotes: channel: \"email: x\"",
        ),
    ],
    ids=["a-quote-in-a-block", "a-quote-closed-on-the-next-line"],
)
def test_a_quote_that_is_text_or_closed_later_is_not_blamed(tmp_path, capsys, name, data, expected):
    """Closing the quote must let the file read past the error, or the quote is not the cause."""
    assert run(tmp_path, capsys, name, data, "--select", "OL902") == [expected]
