"""A hosted leadership exchange with everything a write-up must sort out.

Filler answers and play-back checks ("ok", "yes", "keep it"), a correction, a stage left
early, an answer heard as risk and the safety question after it, a review of a
commitment from another conversation, the check-out, a commitment made elsewhere, and
tagged, untagged and out-of-order notes (one of them HTML-like).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from coach.engine.model import Turn
from coach.store import Journal

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
DAY = date(2026, 3, 12)

RISK_ANSWER = "Some days I think everyone would be better off if I ended my life"
SAFETY_ANSWER = "I'm safe, carry on please"
ELSEWHERE = "Book the dentist before the end of the month"
REVIEW_ANSWER = "I did it, I booked the dentist on Monday"
CHECKOUT = "Lighter and a bit nervous"
FILLER = ("ok", "yes", "keep it", "yes, that's right", "mm")
HTML_NOTE = '<b>Everyone</b> stood & waited <script>alert("x")</script>'

PREPARE = [
    Turn(0, "coach", "opening", "Welcome. This is Leadership exchange: preparing to host."),
    Turn(1, "coach", "stage", "Stage 1 of 4, The visit: ...", "the-visit"),
    Turn(2, "coach", "question", "What would you like your visitor to see?", "the-visit"),
    Turn(3, "you", "answer", "I want Sam to see our morning huddle at the front door",
         "the-visit"),
    Turn(4, "coach", "question", "Which parts of your day show your world best?", "the-visit"),
    Turn(5, "you", "answer", "ok", "the-visit"),
    Turn(6, "coach", "encourager", "Tell me more about that.", "the-visit"),
    Turn(7, "you", "answer", "mm", "the-visit"),
    Turn(8, "coach", "playback", "In your words: you want Sam to see our morning huddle. "
         "Is that right?", "the-visit", {"items": ["You want Sam to see our morning huddle"]}),
    Turn(9, "you", "answer", "yes", "the-visit"),
    Turn(10, "coach", "stage", "Stage 2 of 4, Context and culture: ...", "context-and-culture"),
    Turn(11, "coach", "question", "What context will help your visitor understand your world?",
         "context-and-culture"),
    Turn(12, "you", "answer", RISK_ANSWER, "context-and-culture", {"risk": "suicide"}),
    Turn(13, "coach", "risk", "Thank you for telling me. Are you safe right now?",
         "context-and-culture"),
    Turn(14, "you", "answer", SAFETY_ANSWER, "context-and-culture"),
    Turn(15, "coach", "question", "How would you describe the culture where you work?",
         "context-and-culture"),
    Turn(16, "you", "answer", "We are a small, busy team that covers for each other",
         "context-and-culture"),
    Turn(17, "you", "command", "next", "context-and-culture"),
    Turn(18, "coach", "stage", "Stage 3 of 4, Challenges to share: ...", "challenges"),
    Turn(19, "coach", "question", "Which of your current challenges will you share?",
         "challenges"),
    Turn(20, "you", "answer", "Winter discharge delays are wearing my team down", "challenges"),
    Turn(21, "coach", "playback", "You said: winter discharge delays are wearing your team "
         "down. Is that right?", "challenges",
         {"items": ["winter discharge delays are wearing your team down"]}),
    Turn(22, "you", "answer", "keep it", "challenges"),
    Turn(23, "coach", "acknowledge", "Thank you. I'll keep it as you have put it.", "challenges",
         {"items": ["winter discharge delays are wearing your team down"]}),
    Turn(24, "coach", "stage", "Stage 4 of 4, Feedback on your leadership: ...", "feedback"),
    Turn(25, "coach", "question", "What feedback on your leadership style would you like?",
         "feedback"),
    Turn(26, "you", "answer", "How I chair the Monday meeting when it gets tense", "feedback"),
    Turn(27, "coach", "playback", "You'd like feedback on how you chair the Monday meeting. "
         "Is that right?", "feedback", {"items": ["how you chair the Monday meeting"]}),
    Turn(28, "you", "answer", "no, it's more how I decide under pressure", "feedback"),
    Turn(29, "coach", "playback", "So: how you decide under pressure. Is that right?",
         "feedback", {"items": ["how you decide under pressure"]}),
    Turn(30, "you", "answer", "yes, that's right", "feedback"),
    Turn(31, "coach", "commitment", "What practical step will you commit to?", None),
    Turn(32, "you", "answer", "I will ask Sam for honest feedback by Friday", None,
         {"commitment": "I will ask Sam for honest feedback by Friday", "due": "2026-03-13"}),
    Turn(33, "coach", "checkout", "As we close, how are you feeling now?", None),
    Turn(34, "you", "answer", CHECKOUT, None),
    Turn(35, "coach", "close", "Thank you."),
]


def reflect_turns(review_id: int) -> list[Turn]:
    """The reflection; it first reviews ``review_id``, a commitment made elsewhere."""
    return [
        Turn(0, "coach", "commitment-review", f"Last time you said: {ELSEWHERE}. How did it go?",
             None, {"commitment_id": review_id}),
        Turn(1, "you", "answer", REVIEW_ANSWER, None),
        Turn(2, "coach", "commitment-status", "Is it done, still open, or let go?", None),
        Turn(3, "you", "answer", "done", None, {"commitment_id": review_id, "status": "done"}),
        Turn(4, "coach", "stage", "Stage 1 of 5, What you saw: ...", "what-you-saw"),
        Turn(5, "coach", "question", "What did you see on the day?", "what-you-saw"),
        Turn(6, "you", "answer", "A packed front door and calm staff", "what-you-saw"),
        Turn(7, "coach", "playback", "A packed front door and calm staff. Is that right?",
             "what-you-saw", {"items": ["A packed front door and calm staff"]}),
        Turn(8, "you", "answer", "yes", "what-you-saw"),
        Turn(9, "coach", "stage", "Stage 2 of 5, What struck you: ...", "what-struck-you"),
        Turn(10, "coach", "question", "What values did you notice?", "what-struck-you"),
        Turn(11, "you", "answer", "Care comes first, paperwork second", "what-struck-you"),
        Turn(12, "coach", "question", "Which assumptions came to the surface?",
             "what-struck-you"),
        Turn(13, "you", "answer", "That the council is the problem, when we never ask them in",
             "what-struck-you"),
        Turn(14, "coach", "playback", "Care comes first, paperwork second; we never ask them "
             "in. Is that right?", "what-struck-you",
             {"items": ["Care comes first, paperwork second", "we never ask them in"]}),
        Turn(15, "you", "answer", "yes", "what-struck-you"),
        Turn(16, "coach", "stage", "Stage 3 of 5, Feedback on leadership: ...", "feedback"),
        Turn(17, "coach", "question", "What feedback did you receive?", "feedback"),
        Turn(18, "you", "answer", "Sam said I listen well but decide too fast", "feedback"),
        Turn(19, "coach", "playback", "Sam said you listen well but decide too fast. "
             "Is that right?", "feedback",
             {"items": ["Sam said you listen well but decide too fast"]}),
        Turn(20, "you", "answer", "yes", "feedback"),
        Turn(21, "coach", "stage", "Stage 5 of 5, What you will do differently: ...",
             "differently"),
        Turn(22, "coach", "question", "What will you do differently?", "differently"),
        Turn(23, "you", "answer", "Slow down before deciding and ask the team first",
             "differently"),
        Turn(24, "you", "command", "next", "differently"),
        Turn(25, "coach", "commitment", "What practical step will you commit to?", None),
        Turn(26, "you", "answer", "I will invite the council to our huddle next week", None,
             {"commitment": "I will invite the council to our huddle next week",
              "due": "2026-03-16"}),
        Turn(27, "coach", "checkout", "As we close, how are you feeling now?", None),
        Turn(28, "you", "answer", "Proud of the team", None),
    ]


NOTES = [  # (minutes after 09:00 on the day, text, tags), saved in this order
    (5, "Huddle started late; nobody seemed to mind", ["culture"]),
    (20, "Sam asked why we never invite the council", ["partnership", "question"]),
    (100, "Ran out of chairs", []),
    (150, "I let Ana lead the meeting", ["leadership moment"]),
    (120, HTML_NOTE, ["culture"]),  # taken at 11:00, written down later
    (45, "Discharge lounge\nwas empty by ten", []),
]


def hosted_exchange(journal: Journal) -> int:
    """The fixture exchange in ``journal``; returns its id."""
    other = journal.start_session("think-it-through", seed=1, title="Think it through")
    journal.record_turn(other, Turn(0, "coach", "commitment", "What will you commit to?"))
    journal.record_turn(other, Turn(1, "you", "answer", ELSEWHERE, None,
                                    {"commitment": ELSEWHERE, "due": None}))
    journal.finish_session(other)
    (elsewhere,) = journal.commitments("open")

    xid = journal.add_exchange(role="host", partner="Sam Patel", org="City Council", day=DAY)
    prep = journal.start_session("exchange-host", seed=1, kind="exchange",
                                 meta={"exchange_id": xid, "exchange_part": "prepare"})
    journal.link_exchange_session(xid, "prepare", prep)
    for turn in PREPARE:
        journal.record_turn(prep, turn)
    journal.finish_session(prep)

    for minutes, text, tags in NOTES:
        moment = datetime(2026, 3, 12, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)
        journal.add_exchange_note(xid, text, tags=tags, created=moment)

    ref = journal.start_session("exchange-reflect", seed=2, kind="exchange",
                                meta={"exchange_id": xid, "exchange_part": "reflect"})
    journal.link_exchange_session(xid, "reflect", ref)
    for turn in reflect_turns(elsewhere.id):
        journal.record_turn(ref, turn)
    journal.finish_session(ref)
    return xid
