"""Which e-mails answer the reader's own application, and are skipped by the rules a cold e-mail
must pass: OL604 (opt-out and postal address) and OL605 (where their details came from).
Both rules ask ``in_touch.answers_application``, so the cases are held here once, for both."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("code", ["OL604", "OL605"])
@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        # a reply to their own application: it opens by thanking them for applying or
        # interviewing for a job, or, in its first sentence or two, for applying at all
        (
            "thanks for applying for the Site Engineer role. We've reviewed your CV and would "
            "like to invite you to interview on Tuesday.",
            True,
        ),
        ("thank you for applying to the Site Engineer role at Kier. Could you do Tuesday?", True),
        ("thanks for interviewing with us last week. We'd like to offer you the role.", True),
        ("thanks for applying! We'd like to invite you to interview on Tuesday.", True),
        ("thanks for interviewing the other day. We'd like to offer you the role.", True),
        ("thanks for applying for our graduate scheme. Could you do Tuesday?", True),
        (
            "thank you for coming in for the trial shift and interview on Tuesday. I'm sorry to "
            "say we won't be taking your application further.",
            True,
        ),
        # thanks at the end of a cold pitch, for something that is no job, or to a client
        (
            "we're hiring Line Cooks at The Granary, £13 an hour. Book a paid trial shift at the "
            "link below. Thanks for coming in for the trial shift and interview!",
            False,
        ),
        (
            "we're hiring Site Engineers across Yorkshire, £45-52k. Apply at the link below. "
            "Thanks for applying!",
            False,
        ),
        (
            "thanks for applying for our newsletter. This month: 40 new Site Engineer roles "
            "across Yorkshire, £45-52k.",
            False,
        ),
        (
            "thank you for interviewing our candidate Sam for your Site Engineer role last week. "
            "We have two more engineers available this month; could I send you their CVs?",
            False,
        ),
        (
            "thank you for interviewing so many of our candidates for the Site Manager role this "
            "year. We have three more site managers available this month; could I send their CVs?",
            False,
        ),
        # an interview they gave is no interview for a job (one on a date still is)
        (
            "thanks for your interview on {{ podcast }} last week: your take on Kafka was spot "
            "on. We're hiring a Staff Engineer in London.",
            False,
        ),
        ("thanks for your interview about Kafka. We're hiring a Staff Engineer in London.", False),
        (
            "thanks for your interview on {{ interview_date }}. We'd like to offer you the role.",
            True,
        ),
        ("thanks for your interview on Tuesday. We'd like to offer you the role.", True),
        # a reply about their own interview: where, how or on what day it was, or its job
        (
            "thanks for your interview in {{ office }} yesterday. We'd like to offer you the "
            "Site Manager role.",
            True,
        ),
        (
            "thanks for your interview in {{ location }} on Tuesday. We'd like to offer you the "
            "Site Manager role.",
            True,
        ),
        (
            "thanks for your interview on {{ teams_link }} yesterday. We'd like to offer you "
            "the role.",
            True,
        ),
        (
            "thanks for your interview on {{ zoom }} yesterday. We'd like to offer you the role.",
            True,
        ),
        ("thanks for your interview on {{ interview_dt }}. We'd like to offer you the role.", True),
        (
            "thanks for your interview on {{ interview_weekday }}. We'd like to offer you "
            "the role.",
            True,
        ),
        (
            "thanks for your interview about the Site Manager role. We'd like to offer you "
            "the job.",
            True,
        ),
        (
            "thanks for your interview on {{ show_name }} last week. We're hiring a Staff Engineer "
            "in London.",
            False,
        ),
        # any other placeholder there is where an interview they gave was published
        (
            "thanks for your interview in {{ newsletter }} last week. We're hiring a Staff "
            "Engineer in London.",
            False,
        ),
        (
            "thanks for your interview on {{ outlet }} last week. We're hiring a Staff Engineer "
            "in London.",
            False,
        ),
        (
            "thanks for your interview in {{ trade_press }} last month. We're hiring a Site "
            "Manager in Leeds on £55k.",
            False,
        ),
        (
            "thanks for your interview on {{ media_outlet }} last month. We're hiring a Site "
            "Manager in Leeds on £55k.",
            False,
        ),
        (
            "thanks for your interview in {{ meeting_room }} yesterday. We'd like to offer you "
            "the role.",
            True,
        ),
        # a place named for nothing published is still where their own interview was
        (
            "thank you for your interview in {{ branch }} on Tuesday. We'd like to offer you the "
            "Assistant Manager role, starting on 3 March.",
            True,
        ),
        (
            "thank you for your interview on {{ ward }} yesterday. The panel would like to offer "
            "you the Band 5 Staff Nurse post.",
            True,
        ),
        (
            "thanks for your interview in {{ city }} last week. We'd like to offer you the "
            "Trainee Solicitor contract.",
            True,
        ),
        (
            "thanks for your interview on {{ platform }} this morning. We'd like to invite you to "
            "a second stage.",
            True,
        ),
        (
            "thanks for your interview on {{ news_site }} last week. We're hiring a Head of "
            "Nursing at Spire Leeds on £70k.",
            False,
        ),
        # (a placeholder named for nothing of their own interview is where one they gave was
        # published; a workplace, day or meeting is where their own was)
        (
            "thanks for your interview on {{ website }} last week. Spire Leeds is hiring a Ward "
            "Manager on £52k.",
            False,
        ),
        (
            "thanks for your interview in {{ trade_mag }} last week. We're hiring a Site Manager "
            "in Leeds on £55k.",
            False,
        ),
        (
            "thanks for your recent interview on {{ podcast }}. Spire Leeds is hiring a Ward "
            "Manager on £52k.",
            False,
        ),
        (
            "thank you for your interview in {{ hotel_name }} on Tuesday. We'd like to offer you "
            "the Head Chef job.",
            True,
        ),
        (
            "thank you for your recent interview on {{ video_platform }}. We'd like to offer you "
            "the Sous Chef job.",
            True,
        ),
        # a job inside what it was about is not the job it was for ("about the Site Manager
        # role" above is)
        (
            "thanks for your interview about life as a Site Manager on the Build Better podcast. "
            "We're hiring a Staff Engineer in London.",
            False,
        ),
        (
            "thanks for your interview about the Site Manager role at Keepmoat. We'd like to "
            "offer you the job.",
            True,
        ),
        # (a doing takes its job along: the job is what they would do)
        (
            "thank you for your interview about joining us as a Band 5 Staff Nurse. We'd like to "
            "offer you the post.",
            True,
        ),
        (
            "thank you for your interview about working as a Paralegal in our Leeds office. We'd "
            "like to offer you the job.",
            True,
        ),
        (
            "thanks for your interview about your application for the Site Manager role. We'd "
            "like to offer you the job.",
            True,
        ),
        (
            "thanks for your interview about taking on the Head Chef job. We'd like to offer it "
            "to you, starting on 3 March at £42k.",
            True,
        ),
        # (as is joining the sender, whatever the job)
        (
            "thank you for your interview about joining our ward team on Tuesday. The panel would "
            "like to offer you the post, subject to references.",
            True,
        ),
        (
            "thanks for your interview about a move into our tax team. We'd like to offer you the "
            "job.",
            True,
        ),
        (
            "thanks for your interview about coming to work with us at the Leeds depot. We'd like "
            "to invite you to a trial shift next week.",
            True,
        ),
        (
            "thanks for your interview about life in the US on {{ podcast }}. Spire Leeds is "
            "hiring a Ward Manager on £52k.",
            False,
        ),
        # (though doing a job where it was published is what one they gave was about)
        (
            "thanks for your interview about working as a Site Manager on the Build Better "
            "podcast. Keepmoat is hiring a Senior Site Manager in Leeds on £62k.",
            False,
        ),
        (
            "thanks for your interview about retraining as a software developer on {{ podcast }}. "
            "We're hiring a Junior Developer on £32k.",
            False,
        ),
        (
            "thanks for your interview about working as a paramedic in {{ trade_mag }}. Yorkshire "
            "Ambulance Service is hiring Band 6 Paramedics on £37k.",
            False,
        ),
        # (a job can be on a website: "{{ website }}" after a job is the job's, not an outlet)
        (
            "thanks for your interview about working as a Content Editor on {{ website }}. I'm "
            "pleased to say the client would like to offer you the job at £34k.",
            True,
        ),
        # (after a job, a placeholder not named for an outlet is the job's project or team)
        (
            "thanks for your interview about working as a Site Manager on {{ project_name }}. "
            "We'd like to offer you the job, starting on 3 March at £58k.",
            True,
        ),
        (
            "thanks for your interview about working as a developer on {{ team_name }}. We'd like "
            "to offer you the Software Engineer role.",
            True,
        ),
        (
            "thank you for your interview about stepping up to Ward Manager on Tuesday. The panel "
            "would like to offer you the post.",
            True,
        ),
        (
            "thanks for your interview about working life on the Build Better podcast. We're "
            "hiring a Staff Engineer in London.",
            False,
        ),
    ],
)
def test_only_a_reply_to_their_own_application_is_skipped(lint, code, sentence, answers):
    text = (
        "---\nchannel: email\nsubject: Site Engineer, Leeds\n---\n"
        f"Hi {{{{ first_name|default('there') }}}}, {sentence}\n\nAlastair\n"
    )
    assert bool(lint(text, config={"select": [code]})) != answers
