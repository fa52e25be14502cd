"""Hand-written workplace coaching cases: what a leader or a coach might say.

Each row gives the text and the fields it must get; a field left out is not
checked for that row. Together the rows cover every field of an analysis.
"""

from __future__ import annotations

from typing import Any

Q_OPEN = {"act": "question", "question": "open", "multiple": False}
Q_CLOSED = {"act": "question", "question": "closed", "multiple": False}

CASES: list[tuple[str, dict[str, Any]]] = [
    # Open questions a coach would ask.
    ("What would help?", {**Q_OPEN, "advice": False, "leading": False, "focus": "solution"}),
    ("What do you want to happen next?", {**Q_OPEN, "focus": "solution", "reframe": None}),
    ("How are you feeling about the restructure?", {**Q_OPEN, "advice": False}),
    ("What else?", {**Q_OPEN, "leading": False}),
    ("Where do you have the most influence?", {**Q_OPEN, "focus": "solution"}),
    ("Tell me more about that.", {**Q_OPEN, "advice": False}),
    ("Could you tell me a bit more about the team?", {**Q_OPEN, "advice": False}),
    ("Thinking about next week, what would a good outcome be?", {**Q_OPEN}),
    ("When you say stuck in a rut, what is that like for you?", {**Q_OPEN, "trap": None}),
    ("What's working well at the moment?", {**Q_OPEN, "focus": "solution"}),
    # Closed questions.
    ("Did the meeting go well?", {**Q_CLOSED, "advice": False, "leading": False}),
    ("Is your manager aware of this?", {**Q_CLOSED, "advice": False}),
    ("Are you ready to talk to the board?", {**Q_CLOSED}),
    ("Do you feel supported by your team?", {**Q_CLOSED}),
    ("How many people report to you?", {**Q_CLOSED}),
    ("Is there anything else?", {**Q_CLOSED}),
    # Advice hidden in questions.
    # Advice in a question leads: it suggests its own answer (docs/codebook.md).
    ("Have you tried delegating it?", {**Q_CLOSED, "advice": True, "leading": True}),
    ("Why don't you just tell your boss?", {**Q_CLOSED, "advice": True}),
    ("What if you asked the team to own the rota?", {"act": "question", "advice": True}),
    ("Could you maybe set up a weekly check-in?", {**Q_CLOSED, "advice": True}),
    ("How about giving Sam the budget work?", {"act": "question", "advice": True}),
    ("Have you thought about coaching her instead?", {**Q_CLOSED, "advice": True}),
    # Leading questions.
    (
        "Don't you think you should delegate more?",
        {"act": "question", "leading": True, "advice": True},
    ),
    ("Isn't it true that the deadline was never realistic?", {"act": "question", "leading": True}),
    ("Surely you can see why they're upset?", {"act": "question", "leading": True}),
    ("Wouldn't you agree that the plan is too ambitious?", {"act": "question", "leading": True}),
    (
        "Wouldn't it be better to wait until March?",
        {"act": "question", "leading": True, "advice": True},
    ),
    ("You'll talk to her first, right?", {"act": "question", "leading": True}),
    # Multiple questions.
    ("What happened? How did you feel?", {"act": "question", "multiple": True}),
    ("What do you want and what is stopping you?", {"act": "question", "multiple": True}),
    (
        "Did it work, or did you have to go back to the old way?",
        {"act": "question", "multiple": True},
    ),
    ("Is it the budget or the deadline that worries you?", {**Q_CLOSED, "multiple": False}),
    # A reflection checked with a closed question: one question, not two.
    (
        "So you feel stuck? Is that right?",
        {"act": "reflection", "question": "closed", "multiple": False},
    ),
    # Advice given straight.
    ("You should delegate the reporting to Priya.", {"act": "input", "advice": True}),
    ("I'd suggest you book a one-to-one with her.", {"act": "input", "advice": True}),
    ("If I were you I'd push back on the deadline.", {"act": "input", "advice": True}),
    ("Make sure you document everything.", {"act": "input", "advice": True}),
    ("I hope you'll think about handing the rota to Sam.", {"act": "input", "advice": True}),
    ("It might not be a bad idea to talk to HR first.", {"act": "input", "advice": True}),
    ("One thing you could try is a weekly stand-up.", {"act": "input", "advice": True}),
    # Advice said in the speaker's own voice is still advice.
    ("I think you need to talk to her.", {"act": "input", "advice": True}),
    ("I feel you should tell him.", {"advice": True}),
    ("I think what you need to do is talk to her.", {"act": "input", "advice": True}),
    ("That's what you need to do.", {"advice": True}),
    ("Just let it go.", {"act": "input", "advice": True}),
    # Suggesting someone else to talk to is advice, not an invitation to talk.
    ("Why don't you talk about it with your manager?", {**Q_CLOSED, "advice": True}),
    ("Why not share a draft with your boss first?", {**Q_CLOSED, "advice": True}),
    ("Why don't you say a few words at the all-hands?", {**Q_CLOSED, "advice": True}),
    ("Could you maybe tell your boss?", {**Q_CLOSED, "advice": True}),
    ("Would you maybe talk to HR?", {**Q_CLOSED, "advice": True}),
    ("Why not ask her?", {**Q_CLOSED, "advice": True}),
    # "Why not...?" asking for reasons is not a suggestion.
    ("Why not in the meeting?", {"act": "question", "advice": False}),
    ("Why not me?", {"act": "question", "advice": False}),
    # Asking about, or playing back, what the person needs is not advice.
    ("What do you think you need to do first?", {**Q_OPEN, "advice": False}),
    ("So you feel you need to step in every time.", {"act": "reflection", "advice": False}),
    # Invitations to talk are open questions, not suggestions.
    ("Why don't you start by telling me about the team?", {**Q_OPEN, "advice": False}),
    ("Could you just tell me more about the merger?", {**Q_OPEN, "advice": False}),
    ("Why don't you tell me what you want to achieve?", {**Q_OPEN, "advice": False}),
    (
        "You're more focused on what you need to do to get this behind you?",
        {"advice": False},
    ),
    # Reflections.
    (
        "So you feel you're carrying the whole team on your own.",
        {"act": "reflection", "trap": "top"},
    ),
    (
        "It sounds like the new role has given you more energy.",
        {"act": "reflection", "advice": False},
    ),
    ("You're torn between your boss and your team.", {"act": "reflection", "trap": "middle"}),
    # Acknowledgements.
    ("Mm-hmm.", {"act": "other", "question": None, "advice": False, "focus": "neutral"}),
    ("Okay.", {"act": "other", "phrases": ()}),
    ("", {"act": "other", "phrases": (), "reframe": None, "risk": False}),
    # Tops.
    ("I have to do it all myself.", {"trap": "top", "reframe_section": "top"}),
    ("I can't let go of the detail, even though I know I should.", {"trap": "top"}),
    ("There's no support for me at this level; everything depends on me.", {"trap": "top"}),
    ("If I don't do it, nobody will.", {"trap": "top"}),
    # Middles.
    ("I'm stuck in the middle between my director and my team.", {"trap": "middle"}),
    ("I spend my days mediating between sales and operations.", {"trap": "middle"}),
    (
        "I feel pulled in both directions and stretched thin.",
        {"trap": "middle", "reframe_section": "middle"},
    ),
    # Bottoms.
    ("It's not my job to fix their process.", {"trap": "bottom"}),
    ("Nobody tells us anything until it's too late.", {"trap": "bottom"}),
    (
        "We're still waiting for permission from head office.",
        {"trap": "bottom", "reframe_section": "bottom"},
    ),
    (
        "I feel completely powerless here.",
        {"trap": "bottom", "phrases": ("completely powerless here",)},
    ),
    ("There's nothing I can do, it's out of my hands.", {"trap": "bottom"}),
    # Solutions focus.
    (
        "Everything about this project is wrong.",
        {"focus": "problem", "trap": None, "reframe_category": "wrong"},
    ),
    (
        "The whole system is broken and needs fixing.",
        {"focus": "problem", "reframe_category": "fixing"},
    ),
    (
        "It's all his fault, he should have checked.",
        {"focus": "problem", "reframe_category": "blame"},
    ),
    (
        "I can't control what the other departments do.",
        {"focus": "problem", "reframe_category": "control"},
    ),
    ("Why did this happen again?", {"focus": "problem", "reframe_category": "past", **Q_OPEN}),
    (
        "We need an expert to tell us the right answer.",
        {"focus": "problem", "reframe_category": "expert"},
    ),
    (
        "We have a real lack of skills in the team.",
        {"focus": "problem", "reframe_category": "deficit"},
    ),
    (
        "The process is far too complicated.",
        {"focus": "problem", "reframe_category": "complication"},
    ),
    (
        "We're making progress and the team wants to keep going.",
        {"focus": "solution", "reframe": None},
    ),
    ("The next step is simple: ask the team what's working.", {"focus": "solution"}),
    (
        "I had a meeting with finance on Tuesday.",
        {"focus": "neutral", "trap": None, "reframe": None},
    ),
    # Risk.
    ("Some days I just want to end it all.",
     {"risk": True, "risk_kind": "suicide", "reframe": None}),
    ("I've been thinking about hurting myself.", {"risk": True, "risk_kind": "self-harm"}),
    ("I'm not safe at home.", {"risk": True, "risk_kind": "danger"}),
    ("My team is absolutely killing it this quarter.", {"risk": False, "risk_kind": None}),
    ("I'm dying to see how the launch goes.", {"risk": False}),
]
