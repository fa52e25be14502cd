"""Kind, plain explanations of an analysis, for a listener learning to listen."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from coach.engine import analyser_cues as cues
from coach.engine import analyser_questions as qs

if TYPE_CHECKING:
    from coach.engine.analyser import Analysis

ACT_WORDS = {
    "reflection": "A reflection: it says back what the other person said or meant, which "
    "helps them hear themselves.",
    "input": "Input: it gives information, an opinion or a view of your own.",
    "other": "A short acknowledgement or aside, not a question or a reflection.",
}
TRAP_WORDS = {
    "top": "the Tops trap (carrying everything, not letting go, no support)",
    "middle": "the Middles trap (stuck between people, mediating everything, stretched thin)",
    "bottom": "the Bottoms trap (feeling powerless, blaming, waiting for permission)",
}
#: Open alternatives for common closed openings, tried in order.
OPEN_ALTERNATIVES = (
    (re.compile(r"^(?:have|did) you (?:tried|try)\b"), "What have you tried so far?"),
    # an option of the asker's put forward: ask for theirs
    (re.compile(r"^(?:how about|what about|what if|why don't you|why not|should (?:we|i|you)"
                r"|shouldn't you|could you (?:maybe|just|perhaps))\b"),
     "What ideas do you have?"),
    (re.compile(r"^(?:have|did|are) you (?:been )?(?:put|putting|spoken|speak|talked|talk|asked"
                r"|ask|raised|raise|told|tell|written|write|emailed|email|rung|ring|rang|called"
                r"|call|escalated|escalate|logged|logging|log|reported|report|flagged|chased"
                r"|using|use|used)\b"),
     "What have you done about it so far?"),
    (re.compile(r"^(?:don't you think|surely|isn't it|aren't you|wouldn't it)\b"),
     "How do you see it?"),
    (
        re.compile(r"^(?:have|did) you (?:thought|think|considered|consider)\b"),
        "What options have you considered?",
    ),
    (re.compile(r"^(?:do|did) you (?:feel|felt)\b"), "How do you feel about it?"),
    (re.compile(r"^(?:do|did) you (?:think|believe)\b"), "What do you think about it?"),
    (re.compile(r"^(?:do|would) you (?:want|like)\b"), "What would you like to happen?"),
    (
        re.compile(r"^(?:does|do|did|would|will) (?:it|that|this) (?:fit|work|make sense|sound"
                   r"|feel|seem|suit)\b"),
        "How does that sit with you?",
    ),
    (re.compile(r"^(?:did|does|do|has|have) (?:it|that|this)\b"), "What difference did it make?"),
    (re.compile(r"^(?:is|are|was|were) (?:there|they)\b"), "What else is there?"),
    (re.compile(r"^(?:is|was) (?:it|that|this)\b"), "What is it like for you?"),
    (re.compile(r"^(?:are|were) you\b"), "How are you finding it?"),
    (re.compile(r"^(?:can|could|will|would|should) (?:you|we|i)\b"), "What could you do?"),
    (re.compile(r"^how (?:many|much|often|long)\b"), "What is that like for you?"),
    (re.compile(r"^any(?:thing|one|body)?\b"), "What else?"),
)
GENERIC_ALTERNATIVE = "What matters most to you about this?"


def open_alternative(text: str) -> str:
    """An open question to ask instead of the closed one in ``text``."""
    low = qs.normalise(text)
    asked = qs.question_sentences(low)
    target = asked[-1] if asked else low
    lead = " ".join(qs.lead_words(target, 12))
    for pattern, alternative in OPEN_ALTERNATIVES:
        if pattern.match(lead):
            return alternative
    return GENERIC_ALTERNATIVE


def _quote(cue: str | None) -> str:
    return f' ("{cue}")' if cue else ""


def _as_written(text: str, low: str, cue: str | None) -> str | None:
    """``cue`` (found in the lowercased ``low``) as ``text`` has it: its capitals, and an
    apostrophe it was typed without ("cant switch off") left out again."""
    if cue is None:
        return cue
    if len(low) == len(text):
        at = low.find(cue)
        return text[at : at + len(cue)] if at != -1 else cue
    typed = re.search(re.escape(cue).replace("'", "['’]?"), text, re.IGNORECASE)
    return typed.group() if typed else cue


def explanation(analysis: Analysis, text: str) -> str:
    if not text.strip():
        return "Nothing to look at: the line is empty."
    low = qs.normalise(text)
    lines: list[str] = []
    if analysis.risk:
        from coach.engine.analyser_prompts import signposting

        return (
            "This speaks of someone's safety, which matters more than any coaching. "
            "coach is a reflection tool, not a crisis service.\n\n" + signposting()
        )
    if analysis.act == "question":
        if analysis.question == "open":
            lines.append("An open question: it invites the person to answer in their own words.")
        else:
            lines.append(
                "A closed question: it can be answered with a yes, a no or a single fact, "
                "so it narrows what the person might say."
            )
        if analysis.multiple:
            lines.append(
                "It asks more than one question at once, which leaves the person to choose "
                "which to answer. Ask one, then wait."
            )
        if analysis.leading:
            lines.append(
                f"It is leading{_quote(_as_written(text, low, qs.leading_cue(low)))}: it "
                "suggests the answer you "
                "expect, so the person may agree rather than think."
            )
    else:
        lines.append(ACT_WORDS[analysis.act])
        if analysis.act == "reflection" and analysis.question == "closed":
            lines.append(
                "It ends by checking with a closed question. A reflection said as a "
                "statement, with a pause after it, leaves more room to go on."
            )
        elif analysis.question is not None:
            kind = "an open" if analysis.question == "open" else "a closed"
            lines.append(f"It ends with {kind} question.")
    if analysis.advice:
        cue = _as_written(text, low, cues.advice_cue(low))
        where = "hidden in the question" if analysis.act == "question" else "in what is said"
        lines.append(
            f"There is advice {where}{_quote(cue)}: a suggestion of what to do steers the "
            "person towards your answer rather than their own."
        )
    if analysis.act == "question" and (analysis.question == "closed" or analysis.leading):
        alternative = analysis.reframe or open_alternative(text)
        lines.append(f'An open alternative: "{alternative}"')
    if analysis.trap is not None:
        cue = _as_written(text, low, cues.trap_cue(low))
        lines.append(f"The words{_quote(cue)} sound like {TRAP_WORDS[analysis.trap]}.")
    elif analysis.focus == "problem":
        lines.append("The focus is on the problem: what is wrong rather than what is wanted.")
    elif analysis.focus == "solution":
        lines.append("The focus is on solutions: what is wanted, working or possible.")
    if analysis.reframe and not (analysis.act == "question" and analysis.question == "closed"):
        lines.append(f'A question that might move things on: "{analysis.reframe}"')
    if analysis.phrases and analysis.act != "question":
        quoted = ", ".join(f'"{p}"' for p in analysis.phrases)
        lines.append(f"Words worth playing back: {quoted}.")
    return "\n".join(lines)
