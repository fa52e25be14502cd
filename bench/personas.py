"""Made-up people who answer coach's questions, for bench/conversations.py.

Each :class:`Persona` is someone from a real kind of job (a discharge coordinator, a
head teacher, a fire station manager ...) with a way of writing (its ``register``:
``articulate`` long and careful sentences, ``terse`` a few words, ``textspeak``
lower case, typos and "lol", ``rambling`` long run-on answers with apologies) and a
stock of things they would say about their situation, grouped by what a question is
after (the situation, how it feels, the pattern they are caught in, what they want,
what already works, who is involved, what they could do, what matters to them).

:meth:`Persona.reply` answers the coach's pending line the way that person would:
framework questions by topic, clean questions by talking about the quoted words
(often in a metaphor), encouragers with more, "I don't know" or "nothing else
really", play-backs with a yes in one of its many forms, a yes with more, a bare
"no" or a correction ("no, it's more that ..."), commitments with or without a
date, and safety lines with "I'm safe, carry on" or "carry on". Two personas say
something that signals risk once a session, indirectly, then carry on.

Replies are deterministic: the same seed, pending line and history give the same
reply. Wording varies: a persona picks a line it has not said yet in the session
before it repeats itself, and repeats are reworded.

    from bench.personas import PERSONAS
    persona = PERSONAS[0].with_seed(7)
    text = persona.reply(session.pending, session.transcript)
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

Register = str  # "articulate" | "terse" | "textspeak" | "rambling"

#: Phrases that settle a question's topic before the general rules below are tried.
TOPIC_OVERRIDES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("want", ("stepped out", "doing differently", "do differently", "would change",
              "what would you like")),
    ("problem", ("sit in relation", "your position", "place yourself", "where do you sit")),
    ("people", ("who ",)),
)
#: Topics a framework question can be after, in the order they are tried.
#: Each topic is a list of keyword fragments found in the lower-cased question.
TOPIC_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("feeling", ("feel", "weighs", "worries", "below the surface for you", "in yourself",
                 "energy", "moves them", "gives them hope")),
    ("trap", ("pattern", "again and again", "holding on", "settle", "responsible", "cost",
              "go along", "part do you play", "keeps things", "staying as they are",
              "drivers", "causes", "behind those", "working for", "benefit them", "lose")),
    ("want", ("want", "like to have happen", "like to see", "instead", "different",
              "better", "difference", "success", "look like", "benefit", "good would come",
              "solution", "ambitious", "would change", "stepped out", "need from",
              "like to learn", "like your visitor", "hope")),
    ("working", ("working", "tried", "progress", "smaller", "went well", "already",
                 "strength", "resource", "influence", "power", "achieved", "wow", "helping")),
    ("people", ("who ", "whose", "stakeholder", "support", "help", "allies", "network",
                "partners", "sponsor", "visitor", "host", "team")),
    ("options", ("could you do", "will you", "step", "first", "act on", "test", "try",
                 "change about", "ask", "publish", "let go", "take on", "brave",
                 "comes next", "next")),
    ("value", ("matter", "care", "passion", "value", "worth", "mean to you", "important",
               "purpose")),
    ("problem", ("get in the way", "hard", "block", "difficult", "challenge", "problem",
                 "missing", "unfinished", "could have been better", "contradiction",
                 "not said", "unsaid", "surprise", "assum")),
    ("situation", ("situation", "think about", "happening", "what is", "see", "saw",
                   "system", "map")),
)
#: When a persona has nothing (left) for a topic, these topics are tried next.
FALLBACK = {
    "feeling": ("problem", "trap"),
    "trap": ("problem", "feeling"),
    "want": ("options", "value"),
    "working": ("people", "want"),
    "people": ("working", "situation"),
    "options": ("want", "working"),
    "value": ("want", "feeling"),
    "problem": ("situation", "trap"),
    "situation": ("problem", "trap"),
    "learning": ("value", "want"),
}

DONT_KNOW = {
    "articulate": ("I don't know, honestly.", "I'm not sure I know yet.",
                   "I don't know. I haven't let myself think about it."),
    "terse": ("don't know.", "no idea.", "not sure."),
    "textspeak": ("idk", "idk tbh", "dunno lol", "no idea sorry"),
    "rambling": ("I don't know, sorry.", "Gosh, I don't know. I really don't.",
                 "I don't know, I guess. Sorry."),
}
NOTHING_ELSE = {
    "articulate": ("Nothing else, really.", "I think that's it, actually.",
                   "Nothing else comes to mind."),
    "terse": ("nothing else.", "that's it.", "nothing really."),
    "textspeak": ("nothing else really", "thats it lol", "nah thats all"),
    "rambling": ("Nothing else really, I think that's everything, sorry.",
                 "No, I think that's it. Nothing else really."),
}
AGAIN = {
    "articulate": ("As I said, ", "Coming back to it: ", "It keeps coming back to this: "),
    "terse": ("same as before. ", "again: ", "like I said, "),
    "textspeak": ("like i said ", "same thing tbh, ", "again lol "),
    "rambling": ("Sorry, I know I keep saying this, but ", "Like I said before, ",
                 "I keep coming back to it, sorry, "),
}
CLEAN_FORMS = {
    "articulate": ("When I say '{q}', it's like {m}.", "It's {m}. That's what '{q}' is.",
                   "'{q}' is like {m}, and it has been for a while."),
    "terse": ("like {m}.", "{m}.", "heavy. {m}."),
    "textspeak": ("its like {m} lol", "idk, like {m}", "like {m} tbh"),
    "rambling": ("Oh gosh, '{q}', it's, sorry, it's a bit like {m}, if that makes sense.",
                 "It's like {m}, I guess, and it goes on and on.",
                 "Hmm. '{q}'. It's like {m}, honestly, most days."),
}
SAFE_REPLIES = ("I'm safe, carry on", "carry on", "I'm ok, let's carry on")
CHOICE_REPLIES = ("carry on",)

_QUOTED = re.compile(r"['‘\"“]([^'’\"”]+)['’\"”]")


def _lines(block: str) -> tuple[str, ...]:
    """One option a line; blank lines ignored."""
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


def _lower_first(line: str, names: frozenset[str] = frozenset()) -> str:
    """``line`` with a sentence-starting capital dropped; names, acronyms and "I" keep theirs."""
    first = line.split(" ", 1)[0].strip(".,;:!?'")
    if not first or first in names or (first.isupper() and len(first) > 1) \
            or first == "I" or first.startswith(("I'", "I’")):
        return line
    return line[:1].lower() + line[1:]


_NAME_CACHE: dict[str, frozenset[str]] = {}


def _names(persona: "Persona") -> frozenset[str]:
    """Capitalised words a persona writes mid-sentence somewhere: names, places, acronyms."""
    if persona.id not in _NAME_CACHE:
        texts = [line for lines in persona.topics.values() for line in lines]
        texts += [*persona.disclosures, *persona.metaphors, *persona.corrections,
                  *persona.missed, *persona.commitments, *persona.reframe_replies]
        found = set()
        for text in texts:
            for m in re.finditer(r"(?<=[\w,;)] )([A-Z][\w'’]*)", text):
                name = m.group(1).strip("'’")
                found.add(re.sub(r"['’]s$", "", name))
        found.discard("I")
        _NAME_CACHE[persona.id] = frozenset(found)
    return _NAME_CACHE[persona.id]


def topic_of(question: str) -> str:
    """Which topic a framework question is after ("situation" when nothing fits)."""
    low = " " + question.casefold() + " "
    for topic, cues in TOPIC_OVERRIDES + TOPIC_RULES:
        if any(cue in low for cue in cues):
            return topic
    return "situation"


@dataclass(frozen=True)
class Style:
    """How a persona tends to answer: probabilities, each between 0 and 1."""

    correct: float = 0.3  # a play-back is corrected ("no, it's more that ...")
    bare_no: float = 0.05  # a play-back gets a bare "no"
    yes_more: float = 0.15  # a play-back gets a yes with more ("yeah mostly. It's more ...")
    dont_know: float = 0.06  # a question gets "I don't know"
    nothing_else: float = 0.25  # an encourager gets "nothing else really"
    disclose: float = 0.08  # a feeling, loss, fear or shame comes out in any answer
    filler: float = 0.3  # register filler ("lol", "sorry", "I guess") is added
    next_command: float = 0.0  # "next" instead of an answer to an encourager or follow-up


@dataclass(frozen=True)
class Persona:
    id: str  # file-name slug, e.g. "discharge-coordinator"
    name: str
    role: str
    sector: str
    register: Register
    topics: dict[str, tuple[str, ...]]
    disclosures: tuple[str, ...]
    metaphors: tuple[str, ...]
    yeses: tuple[str, ...]
    yes_more: tuple[str, ...]
    corrections: tuple[str, ...]
    missed: tuple[str, ...]  # what a play-back missed, said when asked
    commitments: tuple[str, ...]
    checkouts: tuple[str, ...]
    reframe_replies: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ("I did some of it.", "Not yet, honestly.")
    statuses: tuple[str, ...] = ("carry it on", "done", "let it go")
    gentle: tuple[str, ...] = ("A bit better today, thanks.",)
    risk: tuple[str, ...] = ()  # said once a session, when the risk turn comes
    #: Replies to the step said back with its date (a yes, a new date, another step,
    #: doubt); without them the check is answered like any question.
    check_replies: tuple[str, ...] = ()
    earlier_commitment: str | None = None  # reviewed at the start of the session
    returning: bool = False  # the session opens gently (after a hard one)
    style: Style = field(default_factory=Style)
    seed: int = 0

    def with_seed(self, seed: int) -> Persona:
        return replace(self, seed=seed)

    # ------------------------------------------------------------------ replying

    def reply(self, pending: Any, history: Sequence[Any]) -> str:
        """What this person says to ``pending`` (a coach Turn), given ``history``."""
        kind = getattr(pending, "kind", "question") if pending is not None else "question"
        text = getattr(pending, "text", "") if pending is not None else ""
        rng = random.Random(f"{self.seed}|{self.id}|{len(history)}|{kind}|{text}")
        said = [t.text for t in history if getattr(t, "speaker", "") == "you"]

        if kind == "risk":
            if self.risk and any(r in s for r in self.risk for s in said):
                return "I'm ok, let's carry on" if rng.random() < 0.6 else rng.choice(SAFE_REPLIES)
            return rng.choice(SAFE_REPLIES[:2])
        if kind == "risk-choice":
            return rng.choice(CHOICE_REPLIES)
        if self._risk_due(kind, said):
            return rng.choice(self.risk)
        if kind in ("encourager", "follow-up") and rng.random() < self.style.next_command:
            return "next"

        handler = {
            "clean": self._clean,
            "encourager": self._encourager,
            "reframe": self._reframe,
            "playback": self._playback,
            "playback-missed": self._playback_missed,
            "check": self._check,
            "commitment": self._commitment,
            "commitment-check": self._commitment_check,
            "checkout": self._checkout,
            "commitment-review": self._review,
            "commitment-status": self._status,
            "gentle-opening": self._gentle,
        }.get(kind, self._question)
        return handler(rng, text, pending, history, said)

    def _risk_due(self, kind: str, said: list[str]) -> bool:
        if not self.risk or kind not in ("question", "follow-up", "clean", "encourager"):
            return False
        if any(r in s for r in self.risk for s in said):
            return False
        at = random.Random(f"{self.seed}|{self.id}|risk").randint(3, 8)
        return len(said) >= at

    # ------------------------------------------------------------------ helpers

    def _pick(self, rng: random.Random, options: Sequence[str], said: list[str],
              *, reword: bool = True) -> str:
        """An option not said yet this session; a repeat comes reworded (or as it was)."""
        fresh = [o for o in options if not any(o in s for s in said)]
        if fresh:
            return rng.choice(fresh)
        line = rng.choice(list(options))
        if not reword:
            return line
        return rng.choice(AGAIN[self.register]) + _lower_first(line, self.names)

    @property
    def names(self) -> frozenset[str]:
        return _names(self)

    def _fresh(self, options: Sequence[str], said: list[str]) -> list[str]:
        return [o for o in options if not any(o in s for s in said)]

    def _topic_line(self, rng: random.Random, topic: str, said: list[str]) -> str:
        for t in (topic, *FALLBACK.get(topic, ())):
            options = self.topics.get(t, ())
            fresh = [o for o in options if not any(o in s for s in said)]
            if fresh:
                return rng.choice(fresh)
        options = self.topics.get(topic) or self.topics.get("situation") or ("I don't know.",)
        return self._pick(rng, options, said)

    def _fill(self, rng: random.Random, line: str) -> str:
        """Register filler, now and then."""
        if rng.random() >= self.style.filler or self.register == "terse":
            return line
        if self.register == "textspeak":
            low = line.casefold()
            head = rng.choice(("idk ", "tbh ", "ok so ", ""))
            tail = rng.choice((" lol", " tbh", "", " idk"))
            head = "" if head.strip() and head.strip() in low.split()[:2] else head
            tail = "" if tail.strip() and tail.strip() in low.split()[-2:] else tail
            return head + line + tail
        if self.register == "rambling":
            return rng.choice(("Sorry, ", "I guess ", "Well, ", "Honestly, ")) + \
                _lower_first(line, self.names)
        return rng.choice(("Honestly? ", "Well. ", "")) + line

    def _maybe_disclose(self, rng: random.Random, line: str, said: list[str]) -> str:
        fresh = [d for d in self.disclosures if not any(d in s for s in said)]
        if fresh and rng.random() < self.style.disclose:
            return f"{line} {rng.choice(fresh)}"
        return line

    @staticmethod
    def _last_question(history: Sequence[Any]) -> str:
        for turn in reversed(history):
            if getattr(turn, "speaker", "") == "coach" and turn.kind in ("question", "follow-up"):
                return turn.text
        return ""

    # ------------------------------------------------------------------ by kind

    def _question(self, rng, text, pending, history, said) -> str:
        if rng.random() < self.style.dont_know and len(said) > 1:
            return rng.choice(DONT_KNOW[self.register])
        topic = topic_of(text)
        line = self._topic_line(rng, topic, said)
        if topic != "feeling":
            line = self._maybe_disclose(rng, line, said)
        return self._fill(rng, line)

    def _encourager(self, rng, text, pending, history, said) -> str:
        roll = rng.random()
        if roll < self.style.nothing_else:
            return rng.choice(NOTHING_ELSE[self.register])
        if roll < self.style.nothing_else + self.style.dont_know:
            return rng.choice(DONT_KNOW[self.register])
        topic = topic_of(self._last_question(history))
        return self._fill(rng, self._maybe_disclose(rng, self._topic_line(rng, topic, said), said))

    def _clean(self, rng, text, pending, history, said) -> str:
        data = getattr(pending, "data", None) or {}
        quotes = list(data.get("quotes", ()) or ()) or _QUOTED.findall(text)
        quote = quotes[0] if quotes else "that"
        if rng.random() < self.style.dont_know:
            return rng.choice(DONT_KNOW[self.register])
        if rng.random() < 0.35:
            topic = rng.choice(("feeling", "trap", "problem", "value"))
            return self._fill(rng, self._topic_line(rng, topic, said))
        metaphor = self._pick(rng, self.metaphors, said)
        form = rng.choice(CLEAN_FORMS[self.register])
        return form.format(q=quote, m=metaphor)

    def _reframe(self, rng, text, pending, history, said) -> str:
        if rng.random() < self.style.dont_know:
            return rng.choice(DONT_KNOW[self.register])
        if self.reframe_replies and rng.random() < 0.6:
            return self._pick(rng, self.reframe_replies, said)
        return self._fill(rng, self._topic_line(rng, "want", said))

    def _playback_rounds(self, history: Sequence[Any]) -> int:
        rounds = 0
        for turn in reversed(history):
            if getattr(turn, "speaker", "") != "coach":
                continue
            if turn.kind == "playback":
                rounds += 1
            elif turn.kind != "playback-missed":
                break
        return rounds

    def _playback(self, rng, text, pending, history, said) -> str:
        rounds = self._playback_rounds(history)
        style = self.style
        if rounds >= 3:
            return rng.choice(self.yeses)
        scale = 1.0 if rounds <= 1 else 0.4
        roll = rng.random()
        corrections = self._fresh(self.corrections, said)
        if roll < style.correct * scale and corrections:
            return rng.choice(corrections)
        roll -= style.correct * scale
        if rounds <= 1 and roll < style.bare_no:
            return rng.choice(("no", "No.", "nope", "no."))
        roll -= style.bare_no if rounds <= 1 else 0
        more = self._fresh(self.yes_more, said)
        if roll < style.yes_more * scale and more:
            return rng.choice(more)
        return rng.choice(self.yeses)

    def _playback_missed(self, rng, text, pending, history, said) -> str:
        line = self._pick(rng, self.missed, said, reword=False)
        if rng.random() < 0.5 and not line.casefold().startswith("you missed"):
            return "you missed " + line[:1].lower() + line[1:]
        return line

    def _check(self, rng, text, pending, history, said) -> str:
        match = re.search(r"limit is (\d+)", text) or re.search(r"(\d+) words or fewer", text)
        limit = int(match.group(1)) if match else 40
        last = said[-1] if said else ""
        words = last.split()
        return " ".join(words[: max(5, limit - 5)])

    def _commitment(self, rng, text, pending, history, said) -> str:
        return self._pick(rng, self.commitments, said, reword=False)

    def _commitment_check(self, rng, text, pending, history, said) -> str:
        if self.check_replies:
            return rng.choice(self.check_replies)
        return self._question(rng, text, pending, history, said)

    def _checkout(self, rng, text, pending, history, said) -> str:
        return self._pick(rng, self.checkouts, said, reword=False)

    def _review(self, rng, text, pending, history, said) -> str:
        return rng.choice(self.reviews)

    def _status(self, rng, text, pending, history, said) -> str:
        return rng.choice(self.statuses)

    def _gentle(self, rng, text, pending, history, said) -> str:
        return rng.choice(self.gentle)


# ---------------------------------------------------------------------- the people

PERSONAS: tuple[Persona, ...] = (
    Persona(
        id="discharge-coordinator", name="Priya", role="discharge coordinator",
        sector="NHS acute hospital", register="articulate",
        topics={
            "situation": _lines("""
                I want to think about delayed discharges. We have forty patients medically fit to go home and nowhere for them to go, and I have already tried escalating through the bed meetings twice.
                Every morning starts with the bed meeting, and every morning I'm the one explaining why Mrs Allen is still on ward 9.
                The wards want beds, social care wants paperwork, and families want answers I don't have.
                It's the flow out of the hospital. It has got worse since the winter, and the care packages just aren't there.
            """),
            "problem": _lines("""
                The hard part is that nobody owns the whole pathway, so everything lands on my desk by default.
                Care packages take three weeks to arrange and the patients deconditioned while they wait.
                I'm stuck between the wards and social care, and both of them think I'm on the other side.
            """),
            "feeling": _lines("""
                Mostly tired. A patient I was fond of died on ward 9 while she waited for a package, and I haven't stopped thinking about it.
                I feel responsible, even though I know the system is the problem.
                It's like carrying water in my hands from one end of the hospital to the other.
            """),
            "trap": _lines("""
                I chase everything myself. I ring the agencies, I ring the families, I ring the wards, because if I don't nobody will.
                I end up carrying every message between the ward and social care myself.
                It costs me my evenings, and I think it costs the team the chance to learn how to do it.
            """),
            "want": _lines("""
                I'd like a discharge plan started on the day someone is admitted, not the day they're fit.
                I'd like the ward sisters and the social workers to talk to each other directly without me in the middle.
                Honestly I'd like to go home at six and not lie awake thinking about who is still waiting.
            """),
            "working": _lines("""
                Ward 7 does it well. Their sister starts the conversation with families early, and their delays are half ours.
                The Tuesday huddle with the community team works when the right people turn up.
                We got the trusted assessor in place last spring and that shaved days off.
            """),
            "people": _lines("""
                The ward sisters, the social work team, the community therapists, the families, and the bed managers above me.
                My manager, Claire, would help if I asked, but she's stretched too.
                The community team lead, Sandeep. We get on, and we never have time to plan together.
            """),
            "options": _lines("""
                I could bring the ward sisters and the social work team into one room once a week and step back.
                I could ask Claire for an hour to map the pathway with the community team.
                I could stop being the messenger and put people directly in touch with each other.
            """),
            "value": _lines("""
                What matters is that people go home while they still can. Every day in a hospital bed takes something from an older person.
                Dignity. Being treated like a person and not a bed number.
            """),
        },
        disclosures=("A patient I was fond of died on ward 9 while she waited, and I'm still upset about it.",
                     "I'm scared that one day it will be my mistake that costs someone."),
        metaphors=("carrying water in my hands from one end of the hospital to the other",
                   "a plug hole that's blocked and the bath still running",
                   "being the only one holding the map"),
        yeses=("Yes, that's it.", "Yes.", "Spot on.", "That's right.", "yep"),
        yes_more=("Yes, mostly. It's more that I'm worn down by it.",
                  "Yes, and I'd add that it's the families I worry about most."),
        corrections=("No, it's more that nobody owns the whole pathway.",
                     "Not quite. The wards aren't the problem, it's the gap between us and social care.",
                     "You missed the families. They're the ones I think about at night."),
        missed=("the families, who ring me every day", "that it's the gap between services, not any one person"),
        commitments=("I'll ask Claire for an hour with the community team by Friday.",
                     "Set up one meeting between the ward sisters and social work next Tuesday and let them run it.",
                     "I'm going to stop chasing the agencies myself and hand two of them to the band 6."),
        checkouts=("Calmer. A bit sad, but calmer.", "Clearer, thank you.", "Tired, but lighter."),
        reframe_replies=("I could ask the ward sisters to start the conversation with families themselves.",
                         "Ward 7 already does it, so maybe I could ask their sister what she does."),
        earlier_commitment="Talk to Claire about the pathway",
        style=Style(correct=0.45, yes_more=0.2, disclose=0.12, filler=0.1),
    ),
    Persona(
        id="head-teacher", name="Helen", role="head teacher", sector="primary school",
        register="articulate",
        topics={
            "situation": _lines("""
                We've had a difficult Ofsted and the staff are exhausted. I want to think about how I lead them through the next term without losing anyone.
                Two teachers are off with stress, the budget is short, and the parents' group has become quite hostile.
                I'm trying to keep the school steady while the inspection report sits over everything.
            """),
            "problem": _lines("""
                I have to hold it all together, there's nobody else. The deputy is new and the governors want results.
                Every decision seems to come back to me, however small.
                The budget won't cover the support staff we need, and I can't say that out loud to the staff.
            """),
            "feeling": _lines("""
                It feels lonely at the top, if I'm honest.
                Like holding a door shut with both hands while everyone asks me what's behind it.
                I'm scared of being wrong in front of the staff, because they need me to be sure.
            """),
            "trap": _lines("""
                I take things back. I delegate something to the deputy and then I quietly redo it at night.
                I hold on to every decision because I don't want to put more on anyone.
                It costs me sleep, and it costs my deputy the chance to grow.
            """),
            "want": _lines("""
                I'd like the staff to feel they can breathe again, and to trust their own judgement.
                I want my deputy to lead the curriculum work without me looking over her shoulder.
                I'd like to walk into school on a Monday without that knot in my stomach.
            """),
            "working": _lines("""
                The Friday briefing works. People laugh there, and they say what's wrong.
                My deputy handled the parents' meeting last week better than I would have.
                The year 6 team has found its feet, and that's without me.
            """),
            "people": _lines("""
                The deputy, the governors, the staff, the parents' group, and the local authority adviser.
                The chair of governors, Martin, who is kind but wants everything yesterday.
                Another head in the cluster, Ruth, who went through this two years ago.
            """),
            "options": _lines("""
                I could hand the curriculum plan to my deputy properly and not take it back.
                I could ring Ruth and ask how she got through her re-inspection.
                I could tell the staff the truth about the budget and ask for their ideas.
            """),
            "value": _lines("""
                The children. Every decision has to be about whether it makes their day better.
                Honesty. I went into teaching because I believed schools should be honest places.
            """),
        },
        disclosures=("I'm scared of being wrong in front of everyone.",
                     "Sometimes I feel like a fraud walking into assembly."),
        metaphors=("holding a door shut with both hands", "a tightrope with no net",
                   "the captain who isn't allowed to look at the waves"),
        yeses=("Yes.", "Yes, that's it exactly.", "That's right.", "Spot on."),
        yes_more=("Yes, mostly. It's more that I'm nervous about letting go.",),
        corrections=("No, it's not lonely exactly. It's more that I can't show any wobble in front of anyone.",
                     "Not quite, it's the deputy I'm worried about, not the governors.",
                     "no, it's more that I don't trust myself to let go."),
        missed=("the deputy, and how much I rely on her", "that I can't show any wobble"),
        commitments=("I'll give my deputy the curriculum plan on Monday and not touch it.",
                     "Ring Ruth before half term.",
                     "Tell the staff the truth about the budget at Friday briefing."),
        checkouts=("Lighter, actually.", "A bit exposed, but glad I said it.", "Better."),
        reframe_replies=("I could let my deputy run the next parents' meeting.",
                         "I'm not sure I can hand it over. There's nobody ready.",
                         "Ruth. I could ask Ruth."),
        style=Style(correct=0.5, yes_more=0.15, disclose=0.1, filler=0.1),
    ),
    Persona(
        id="council-manager", name="Dev", role="housing services manager", sector="local council",
        register="rambling",
        topics={
            "situation": _lines("""
                So it's the temporary accommodation thing, we've got families in B&Bs for months and the new system we were promised keeps slipping and every week there's another complaint and another councillor email and I'm the one who has to answer them, sorry, that's a lot.
                Well basically nothing happens till the cabinet signs off and the cabinet won't sign off till the business case is done and the business case needs data we don't have, so we go round in circles.
                It's the restructure really, we lost three officers and nobody replaced them and now the caseloads are through the roof and people are going off sick.
            """),
            "problem": _lines("""
                The problem is we wait for permission for everything, even small stuff like changing a letter template, it has to go up and up and up.
                I'm stuck between the councillors who want it fixed yesterday and the staff who are drowning, and I just pass messages up and down really.
                Honestly the IT system is broken and everyone knows it and nobody will pay for a new one.
            """),
            "feeling": _lines("""
                Frustrated mostly, and a bit embarrassed when I have to face the families, sorry.
                It feels like shouting into a well and waiting for an echo that never comes.
                Anxious, I guess. I wake up at four thinking about the complaints.
            """),
            "trap": _lines("""
                I keep writing reports that go up and nothing comes back, and then I write another one.
                I blame the directors, if I'm honest, and then I feel bad about blaming them because they're stuck too.
                It costs me my weekends, and my team thinks I don't fight for them, which isn't true.
            """),
            "want": _lines("""
                I'd like to be able to make small decisions myself without a six week wait.
                I want families out of B&Bs in weeks not months, that's the whole thing really.
                I'd like my team to feel like someone's got their back.
            """),
            "working": _lines("""
                The Thursday triage with the homelessness team actually works, we sort out loads in an hour.
                Jo in my team found a landlord scheme on her own and it's housed six families already.
                When the director comes to our team meeting things move, so that's something.
            """),
            "people": _lines("""
                The cabinet member, the director, my team, the homelessness charity, and the families obviously.
                Jo, who is brilliant, and the finance business partner who nobody ever talks to.
            """),
            "options": _lines("""
                I could just do the small stuff and tell them afterwards, I guess, ask forgiveness not permission.
                I could take Jo's landlord scheme to the director as a quick win.
                I could invite the finance partner to triage so they see it for themselves.
            """),
            "value": _lines("""
                Kids not growing up in one room, that's what matters, sorry, it really gets to me.
                Fairness. These families did nothing wrong.
            """),
        },
        disclosures=("Honestly I'm ashamed when I have to look those families in the eye.",
                     "I'm anxious all the time now, sorry."),
        metaphors=("shouting into a well and waiting for an echo that never comes",
                   "pushing a shopping trolley with a wonky wheel uphill",
                   "a relay race where nobody takes the baton"),
        yeses=("yes", "yeah that's it", "pretty much, yeah", "yep, sorry, yes"),
        yes_more=("Yeah mostly. It's more that I'm tired of waiting.",
                  "Yes, and also the staff, I should have said more about the staff."),
        corrections=("Not quite, it's not the councillors really, it's the sign-off process.",
                     "no, it's more that I don't feel I'm allowed to decide anything.",
                     "You missed the team, sorry, they're the main thing."),
        missed=("the team, they're the main thing", "the families in the B&Bs"),
        commitments=("I'll take Jo's landlord scheme to the director next Tuesday.",
                     "Change the letter template myself and tell them after.",
                     "Invite the finance partner to Thursday triage, I guess, sometime this month."),
        checkouts=("Bit better, sorry for rambling.", "Less stuck, I think.", "OK. Tired but ok."),
        reframe_replies=("I suppose I could do the letter template myself.",
                         "Honestly I don't know if I'm allowed to do anything, that's the problem."),
        style=Style(correct=0.3, yes_more=0.2, dont_know=0.05, disclose=0.1, filler=0.35),
    ),
    Persona(
        id="charity-ceo", name="Sam", role="chief executive", sector="homelessness charity",
        register="articulate",
        topics={
            "situation": _lines("""
                We're being asked to join a partnership with the council and two housing associations, and I'm not sure we should. I want to think it through before the board meets.
                Our funding runs out in March, the partnership brings money, and it also brings a lot of strings.
                I'm stuck between the board and the staff. The board wants the money; the staff fear we'll lose who we are.
            """),
            "problem": _lines("""
                The board wants growth and the frontline team wants us to stay small and close to people.
                I carry both views into every meeting and I'm the only one who hears them both.
                The council's track record on partnerships isn't good, and everyone remembers the last one.
            """),
            "feeling": _lines("""
                I care about Kev. He slept in our doorway for three years and died last winter. Sorry. That's why.
                Torn, mostly. And tired of being the one who has to be certain.
                It's like being a rope in a tug of war.
            """),
            "trap": _lines("""
                I mediate everything. Every message from the board to the staff goes through me, and back again.
                I try to settle every disagreement myself before anyone else has to feel it.
                It costs me the time I should spend on the people we serve.
            """),
            "want": _lines("""
                I'd like a partnership where the people we serve have a real voice, not a token seat.
                I want the board and the staff to talk to each other directly.
                I'd like the next Kev to have a door to knock on before it's too late.
            """),
            "working": _lines("""
                Our outreach team has the trust of people nobody else can reach. That's our strength.
                The joint case review with the housing association last year worked well.
            """),
            "people": _lines("""
                The board, especially the treasurer, the frontline team, the council commissioner, and the people who use our services.
                My chair, Anita, who is wise, and our outreach lead, Marcus.
            """),
            "options": _lines("""
                I could bring the chair and the outreach lead together and let them talk it through without me.
                I could ask the council for a six-month pilot before we sign anything.
                I could ask the people who use our services what they think.
            """),
            "value": _lines("""
                I care about Kev. He slept in our doorway for three years and died last winter. Sorry. That's why.
                That nobody should sleep in a doorway in a city this rich.
            """),
        },
        disclosures=("I care about Kev. He slept in our doorway for three years and died last winter. Sorry. That's why.",),
        metaphors=("being a rope in a tug of war", "a bridge that both sides are walking on at once",
                   "translating between two languages all day"),
        yeses=("Yes.", "That's right.", "Yes, that's it.", "pretty much"),
        yes_more=("Yes, mostly. It's more that I'm afraid of losing what makes us us.",),
        corrections=("Not quite. It's not the money, it's the strings.",
                     "No, it's more that I'm the only one who hears both sides.",
                     "You missed Kev."),
        missed=("Kev", "the people we serve, who aren't in the room"),
        commitments=("I'll bring Anita and Marcus together before the board on 3 December.",
                     "Ask the council for a six-month pilot.",
                     "Talk to five of the people we serve this week."),
        checkouts=("Clearer. Sad about Kev, still.", "Steadier.", "Good, thank you."),
        reframe_replies=("I could put Anita and Marcus in a room and leave.",
                         "I could ask for a pilot first."),
        style=Style(correct=0.35, yes_more=0.15, disclose=0.1, filler=0.05),
    ),
    Persona(
        id="junior-nurse", name="Aimee", role="staff nurse (newly qualified)", sector="NHS ward",
        register="textspeak",
        topics={
            "situation": _lines("""
                its my preceptorship, im 4 months in and i feel like im drowning on nights tbh
                basically the ward is short every shift and im in charge of 8 patients and i dont know what im doing half the time lol
                i want to talk about confidence i guess. i keep checking everything 3 times and then im late with meds
            """),
            "problem": _lines("""
                we just do what were told, nobody asks us anything, the rota comes out and thats it
                the sister is nice but she's never there and the seniors are run off there feet
                i keep asking the same questions and i feel stupid
            """),
            "feeling": _lines("""
                im scared of being wrong. like actually scared
                anxious all the time tbh, even on days off
                a patient i was looking after died last week and i keep going over it in my head
            """),
            "trap": _lines("""
                i say yes to every extra shift cos i feel bad saying no lol
                i dont ask for help cos everyone is busy and i dont want to be a pain
                it costs me sleep and my mates dont see me anymore
            """),
            "want": _lines("""
                i want to feel like i know what im doing. even a bit
                id like to go on shift and not feel sick in the car park
                to have someone to ask without feeling like an idiot
            """),
            "working": _lines("""
                when jas is on shift its fine, she explains stuff and doesnt make me feel thick
                i did a really good handover last week actually, the sister said so
                the practice educator sessions help when i can get to them
            """),
            "people": _lines("""
                jas (senior staff nurse), the sister, my preceptor who ive seen twice lol
                my mum, shes a nurse too
            """),
            "options": _lines("""
                i could ask jas to be my buddy properly idk
                book in with my preceptor, actually do it this time
                say no to one extra shift lol
            """),
            "value": _lines("""
                the patients. i want to be a good nurse, thats all
                being kind. thats why i did it
            """),
        },
        disclosures=("a patient i was looking after died last week and i keep going over it",
                     "im scared of being wrong",
                     "i'll cry if i say it out loud tbh"),
        metaphors=("drowning but everyone thinks im swimming", "running up the down escalator",
                   "a phone on 1% battery"),
        yeses=("ya", "yep", "ye", "yeah", "pretty much lol", "mostly"),
        yes_more=("yeah mostly. its more that im nervous", "ya but also the nights are worse"),
        corrections=("no its more that i dont ask for help", "not quite, its the nights not the days",
                     "you missed jas, shes the one who helps"),
        missed=("jas", "the nights", "that i dont ask for help"),
        commitments=("ask jas to buddy me on thurs", "book preceptor meeting by friday",
                     "say no to one extra shift idk"),
        checkouts=("bit better ty", "ok i guess lol", "calmer"),
        reframe_replies=("idk maybe ask jas", "i cant really change anything im band 5 lol"),
        risk=("some nights on the drive home i just want it all to stop",),
        style=Style(correct=0.3, bare_no=0.1, yes_more=0.2, dont_know=0.12, disclose=0.12, filler=0.4),
    ),
    Persona(
        id="leadership-participant", name="Tom", role="leadership programme participant",
        sector="regional health and care partnership", register="rambling",
        topics={
            "situation": _lines("""
                So I'm on the leadership programme, cohort 4, and we've got this system challenge about hospital discharge and I'm supposed to be leading our group but honestly I don't know why they picked me, I'm an estates manager, I do buildings.
                The group meets every fortnight and we talk a lot and nothing happens, and I'm meant to be the one making it happen, I guess.
                It's the exchange visit next month, I'm going to a GP federation and I've no idea what to look for, sorry.
            """),
            "problem": _lines("""
                Everyone in the group is more senior than me and I feel like I can't tell them what to do.
                We keep talking about the problem and never get to what we'd actually do, it's like a loop.
                I feel like a fraud, honestly, like they'll find out I don't know anything about clinical stuff.
            """),
            "feeling": _lines("""
                I feel like a fraud. There, I said it.
                Nervous, excited, a bit sick, all at once really.
                It's like turning up to a party in fancy dress when nobody else has.
            """),
            "trap": _lines("""
                I over-prepare, I write pages of notes and then say nothing in the meeting.
                I wait for someone senior to go first, every time.
                It costs me the chance to actually contribute, and the group loses what I know about buildings and space.
            """),
            "want": _lines("""
                I'd like to say one thing in the next meeting without rehearsing it twenty times.
                I want our group to test one small thing before the programme ends.
                I'd like to feel I belong in the room.
            """),
            "working": _lines("""
                When we talked about the discharge lounge, I knew loads, and they listened.
                My facilitator, Gill, said I ask good questions, which surprised me.
            """),
            "people": _lines("""
                The other five in my group, Gill the facilitator, and my own boss who put me forward.
                A ward manager called Bea who I met on day one, she's lovely.
            """),
            "options": _lines("""
                I could offer to map the discharge lounge space, that's my thing.
                Ask Gill what she saw in me, I guess.
                I could speak first at the next meeting, just once.
            """),
            "value": _lines("""
                Patients getting home, even if I only do the buildings bit of it.
                Being useful. I like being useful.
            """),
        },
        disclosures=("I feel like a fraud, honestly.", "I'm ashamed of how little I say in the meetings."),
        metaphors=("turning up to a party in fancy dress when nobody else has",
                   "being the spare part in a very expensive machine", "a borrowed suit"),
        yeses=("Yeah, pretty much.", "yes", "Spot on, yeah.", "mostly, yeah"),
        yes_more=("Yeah mostly. It's more that I'm nervous.",
                  "Yes, and the bit about belonging, that's the big one."),
        corrections=("Not quite, it's not that they're senior, it's that I think I don't belong.",
                     "no, it's more that I over-prepare and then freeze.",
                     "You missed the bit about buildings, that's what I actually know."),
        missed=("the bit about buildings", "belonging"),
        commitments=("I'll speak first at the next group meeting on Thursday.",
                     "Offer to map the discharge lounge, sometime soon I guess.",
                     "Ask Gill for ten minutes after the next session."),
        checkouts=("Better, sorry for going on.", "A bit braver maybe.", "Good, thanks."),
        reframe_replies=("I could say the discharge lounge thing, I guess.",
                         "I don't know, I'm not really in charge of anything."),
        style=Style(correct=0.35, yes_more=0.25, disclose=0.12, filler=0.35),
    ),
    Persona(
        id="product-manager", name="Jess", role="product manager", sector="software company",
        register="terse",
        topics={
            "situation": _lines("""
                roadmap fight. sales v engineering.
                Q3 launch slipping. again.
                stuck between sales and engineering.
            """),
            "problem": _lines("""
                sales promise features. eng can't build them.
                no one decides. I get blamed.
                too many priorities. all "P1".
            """),
            "feeling": _lines("""
                tired.
                annoyed. bit anxious.
                like a referee nobody asked for.
            """),
            "trap": _lines("""
                I translate between them. every day.
                I say yes to both.
                costs me focus. and credibility.
            """),
            "want": _lines("""
                one roadmap everyone signs.
                sales and eng in one room.
                ship something in Q3.
            """),
            "working": _lines("""
                the weekly demo works.
                Raj (eng lead) is solid.
                customer calls help.
            """),
            "people": _lines("""
                Raj, the sales VP, my boss.
                CPO. customers.
            """),
            "options": _lines("""
                put Raj and the sales VP together.
                cut the roadmap to 3 things.
                ask the CPO to decide.
            """),
            "value": _lines("""
                shipping stuff people use.
                honesty with customers.
            """),
        },
        disclosures=("bit scared I'll get let go if Q3 slips.",),
        metaphors=("a referee nobody asked for", "a switchboard", "plate spinning"),
        yeses=("yep", "yes", "spot on", "ya"),
        yes_more=("mostly. it's more that I'm the bottleneck.",),
        corrections=("no. it's more that no one decides.", "not quite, sales is the issue",
                     "you missed Raj"),
        missed=("Raj", "the CPO"),
        commitments=("roadmap workshop with Raj and sales VP by Friday.", "cut roadmap to 3.",
                     "ask CPO for a decision next Tuesday."),
        checkouts=("fine.", "clearer.", "good."),
        reframe_replies=("put them in a room.", "don't know."),
        style=Style(correct=0.25, bare_no=0.15, yes_more=0.1, dont_know=0.1, nothing_else=0.4,
                    disclose=0.04, filler=0.0, next_command=0.15),
    ),
    Persona(
        id="fire-station-manager", name="Gary", role="station manager", sector="fire and rescue service",
        register="terse",
        topics={
            "situation": _lines("""
                Watch culture. Blue watch won't take the new procedures.
                Nothing happens till brigade HQ signs off. Takes months.
                Crew morale after the RTC last month.
            """),
            "problem": _lines("""
                HQ sends policy. No resources. I carry the can.
                Old hands resist. New starters copy them.
                Crews don't talk about the bad jobs.
            """),
            "feeling": _lines("""
                Fed up.
                Responsible. It's my station.
                Like being the lid on a pressure cooker.
            """),
            "trap": _lines("""
                I do it myself. Quicker.
                Wait for HQ. Then moan about HQ.
                Costs me. Costs the watch managers too.
            """),
            "want": _lines("""
                Watch managers owning it.
                Crews talking after bad jobs.
                HQ asking us first.
            """),
            "working": _lines("""
                Green watch debriefs well.
                Kelly, WM on green, is good.
                Tea after a shout works.
            """),
            "people": _lines("""
                Watch managers. HQ. The crews.
                Kelly. The area manager.
            """),
            "options": _lines("""
                Let Kelly run a debrief for blue watch.
                Tell HQ what it costs.
                Stop fixing it myself.
            """),
            "value": _lines("""
                Crews going home safe.
                Trust.
            """),
        },
        disclosures=("The RTC. Two kids died. Crews saw it. So did I.",),
        metaphors=("the lid on a pressure cooker", "a sandbag wall", "a hose with a kink in it"),
        yeses=("Yes.", "Yep.", "Right.", "Spot on."),
        yes_more=("Mostly. It's more that I won't ask for help.",),
        corrections=("No. It's HQ, not the crews.", "Not quite. It's blue watch only.",
                     "You missed Kelly."),
        missed=("Kelly", "the RTC"),
        commitments=("Kelly runs blue watch debrief next Tuesday.", "Email HQ the costs.",
                     "Stop fixing things myself."),
        checkouts=("OK.", "Fine.", "Bit clearer."),
        reframe_replies=("Kelly could.", "HQ won't let me."),
        style=Style(correct=0.3, bare_no=0.2, yes_more=0.1, dont_know=0.08, nothing_else=0.45,
                    disclose=0.08, filler=0.0, next_command=0.1),
    ),
    Persona(
        id="care-home-manager", name="Maureen", role="registered manager", sector="care home",
        register="rambling",
        topics={
            "situation": _lines("""
                Well it's staffing, it's always staffing, we've had three carers leave this month and the agency ones don't know the residents and the families notice and then they complain to me, and the CQC visit is due, sorry, I'm going on.
                The owners want occupancy up and I've not got the staff to look after the residents we've got, and I'm the one in the middle of it.
                It's a resident's daughter, she emails me every day, and she's not wrong about some of it, that's the worst bit.
            """),
            "problem": _lines("""
                I have to hold it all together, there's nobody else, the deputy left in the summer.
                I do the rotas, the medication audits, the families, the night calls when someone doesn't turn up.
                The owners never come in, they just look at spreadsheets.
            """),
            "feeling": _lines("""
                Exhausted. And lonely, I suppose, though I hate saying it.
                We lost two residents this month, Albert and Joan, and I was fond of them both, they'd been with us years.
                Like holding a door shut with both hands, that's what it's like.
            """),
            "trap": _lines("""
                I cover the shifts myself. I've done four nights this month on top of the day job.
                I never ask the owners for anything because I know what they'll say.
                It costs me my own family, my husband says he never sees me.
            """),
            "want": _lines("""
                A deputy. Someone I could hand the rotas to.
                I'd like the staff to stay, to feel it's a good place to work.
                I'd like to go home and not have the phone ring.
            """),
            "working": _lines("""
                Our senior carer, Bola, she's wonderful, the residents adore her.
                The activities coordinator has brought the place to life, honestly.
                When I explain things properly to the families, most of them are fine.
            """),
            "people": _lines("""
                The owners, the staff, the residents' families, the CQC inspector, and Bola.
                My husband, I suppose, he listens.
            """),
            "options": _lines("""
                I could ask Bola to step up to acting deputy, I've been thinking about it.
                I could tell the owners what the agency costs, in their language, pounds.
                Stop covering nights myself, I know, I know.
            """),
            "value": _lines("""
                The residents. It's their home. That's all it is, their home.
                Dignity at the end. That matters more than anything.
            """),
        },
        disclosures=("We lost Albert and Joan this month, I was fond of them both.",
                     "I'll cry if I say it out loud, sorry."),
        metaphors=("holding a door shut with both hands", "a hamster on a wheel",
                   "plugging holes in a boat with my fingers"),
        yeses=("Yes, that's it.", "yes", "Pretty much, yes.", "Mostly, yes."),
        yes_more=("Yeah mostly. It's more that I'm scared of it all falling apart.",),
        corrections=("No, it's more that I don't ask for help.",
                     "Not quite, it's not the daughter, it's the owners.",
                     "You missed Bola, sorry, she's the one who keeps me going."),
        missed=("Bola", "the residents"),
        commitments=("Ask Bola about acting deputy by Friday.",
                     "Send the owners the agency costs tomorrow.",
                     "Not cover any nights this week, I'll try."),
        checkouts=("A bit better, thank you, sorry I rambled.", "Tired, but it helped.",
                   "Lighter, I think."),
        reframe_replies=("I could ask Bola, I suppose.", "There's nobody to hand it to, that's the thing."),
        risk=("sometimes I think they'd all be better off without me, sorry, I don't know why I typed that",),
        returning=True,
        style=Style(correct=0.35, yes_more=0.2, disclose=0.12, filler=0.35),
    ),
    Persona(
        id="police-sergeant", name="Sgt Khan", role="response sergeant", sector="police",
        register="terse",
        topics={
            "situation": _lines("""
                Team's burnt out. Demand up, numbers down.
                Caught between the inspector and the team.
                A PC made a complaint about another PC. I have to handle it.
            """),
            "problem": _lines("""
                Inspector wants figures. Team wants a break.
                Rest days cancelled again.
                No time to supervise properly. Just firefighting.
            """),
            "feeling": _lines("""
                Stretched.
                Anxious about the complaint, if I'm honest.
                Like a sponge that's full.
            """),
            "trap": _lines("""
                Pass the inspector's message down. Soften it. Take the flak.
                Do the paperwork myself so the team can get out.
                Costs me sleep.
            """),
            "want": _lines("""
                Team trusts me to back them.
                One proper debrief a week.
                Inspector hearing it from them, not me.
            """),
            "working": _lines("""
                Briefings at the start of shift work.
                Two of my PCs are strong. They mentor the probationers.
            """),
            "people": _lines("""
                Inspector. Team. Federation rep.
                The other sergeants on the shift.
            """),
            "options": _lines("""
                Get the inspector to a team briefing.
                Meet the other sergeants.
                Let the two strong PCs run the probationer stuff.
            """),
            "value": _lines("""
                Fairness.
                My team going home ok.
            """),
        },
        disclosures=("Afraid I'll get the complaint wrong.",),
        metaphors=("a sponge that's full", "a pinball", "a filter both ways"),
        yeses=("yes", "yep", "correct", "pretty much"),
        yes_more=("mostly. it's more that I'm the filter.",),
        corrections=("no. it's the inspector, not the team.", "not quite, it's the complaint that's the worry",
                     "you missed the other sergeants"),
        missed=("the other sergeants", "the complaint"),
        commitments=("Inspector to Thursday briefing.", "Meet other sergeants next week.",
                     "Hand probationers to the two PCs by the end of the month."),
        checkouts=("fine", "ok", "clearer"),
        reframe_replies=("meet the other sergeants.", "idk"),
        style=Style(correct=0.3, bare_no=0.15, yes_more=0.1, dont_know=0.1, nothing_else=0.4,
                    disclose=0.06, filler=0.0),
    ),
    Persona(
        id="startup-cto", name="Leo", role="CTO and co-founder", sector="fintech startup",
        register="textspeak",
        topics={
            "situation": _lines("""
                we raised our seed round, team went from 4 to 15 and i still review every PR lol
                everyone waits for me to decide stuff. like literally everything
                the platform keeps falling over and im the only one who knows the old code
            """),
            "problem": _lines("""
                its faster if i do it myself tbh. thats the problem i know
                nobody else knows the payments code, its all in my head
                im working till 2am and still behind
            """),
            "feeling": _lines("""
                knackered. kinda proud kinda panicking
                scared the whole thing falls over if i step back
                like juggling knives while riding a unicycle
            """),
            "trap": _lines("""
                i hold on to the payments code cos its my baby lol
                i review everything, and then rewrite half of it
                costs me sleep and the team doesnt learn
            """),
            "want": _lines("""
                for the team to ship without me. even one feature
                a tech lead for payments who isnt me
                to sleep more than 5 hrs
            """),
            "working": _lines("""
                mina has basically taken over the mobile app and its great
                the on call rota works now, mostly
            """),
            "people": _lines("""
                my cofounder (ceo), mina, the new seniors, investors
                mina tbh
            """),
            "options": _lines("""
                hand the PR reviews to mina and the seniors
                write down the payments stuff so its not just in my head
                hire a payments lead
            """),
            "value": _lines("""
                building something that works. properly
                the team. i hired them, i want them to grow
            """),
        },
        disclosures=("tbh im scared the whole thing falls over and its my fault",),
        metaphors=("juggling knives while riding a unicycle", "a single point of failure",
                   "the only one with the keys"),
        yeses=("yep", "ya", "yea", "pretty much", "spot on lol"),
        yes_more=("ya mostly. its more that i dont trust it yet",),
        corrections=("no its more that i wont let go", "not quite, its payments not the whole platform",
                     "u missed mina"),
        missed=("mina", "the payments code"),
        commitments=("hand PR reviews to mina from monday", "write the payments doc by friday",
                     "stop reviewing everything lol"),
        checkouts=("good ty", "bit lighter", "ok"),
        reframe_replies=("mina could do reviews", "idk, nobody else knows it"),
        earlier_commitment="stop reviewing every PR",
        style=Style(correct=0.3, bare_no=0.1, yes_more=0.15, dont_know=0.1, disclose=0.06, filler=0.4),
    ),
    Persona(
        id="social-worker", name="Nadia", role="children's social worker", sector="children's services",
        register="articulate",
        topics={
            "situation": _lines("""
                I carry twenty-eight cases, and one family in particular is keeping me awake. I want to think about what I can actually do for them within the time I have.
                There's a case going to court next month and I'm worried my assessment isn't strong enough.
                Our team has had four managers in two years, and nobody knows who decides anything any more.
            """),
            "problem": _lines("""
                We wait for the panel to agree everything, and the panel meets once a month.
                I'm stuck between what the family needs and what the service can offer.
                The paperwork takes more time than the visits.
            """),
            "feeling": _lines("""
                I'll cry if I say it out loud.
                Ashamed, sometimes, that I can't do more for them.
                Like I'm holding my breath from Monday to Friday.
            """),
            "trap": _lines("""
                I stay late to finish the recording, every night.
                I blame the panel, and then I wait for it, and then I blame it again.
                It costs me my own children's bedtimes.
            """),
            "want": _lines("""
                I'd like to spend more time with the family than with the forms.
                I'd like a manager who stays long enough to know the case.
                To walk into court knowing I've done my best.
            """),
            "working": _lines("""
                My practice supervisor, Lou, is brilliant when I get time with her.
                The family trusts me. That took a year.
                Peer case discussions on Wednesdays actually help.
            """),
            "people": _lines("""
                The family, the school, the health visitor, Lou, the panel, and the court.
                Lou, and the other social worker in my pod, Kemi.
            """),
            "options": _lines("""
                Book time with Lou before the court date.
                Take the family's case to Wednesday peer discussion.
                Ask the panel chair what would make the plan stronger.
            """),
            "value": _lines("""
                That these children are safe and stay with people who love them.
                Doing right by families, even when the system doesn't.
            """),
        },
        disclosures=("I'll cry if I say it out loud.",
                     "I'm afraid that if I get this wrong a child gets hurt."),
        metaphors=("holding my breath from Monday to Friday", "walking on a frozen lake",
                   "a juggler who has been handed one more ball"),
        yeses=("Yes.", "Yes, that's right.", "spot on", "mostly"),
        yes_more=("Yes, mostly. It's more that I'm frightened of court.",),
        corrections=("Not quite. It's not the family, it's the court.",
                     "no, it's more that I don't trust my own assessment.",
                     "You missed Lou."),
        missed=("Lou", "the court date"),
        commitments=("Book time with Lou by Friday.", "Take the case to Wednesday peer discussion.",
                     "Ask the panel chair for feedback before the end of the month."),
        checkouts=("Steadier.", "A bit tearful, but better.", "Calmer, thank you."),
        reframe_replies=("I could ask Lou.", "I don't know what I could change. It's the panel."),
        style=Style(correct=0.4, yes_more=0.15, disclose=0.12, filler=0.1),
    ),
    Persona(
        id="retail-area-manager", name="Carl", role="area manager", sector="high street retail",
        register="textspeak",
        topics={
            "situation": _lines("""
                got 9 stores, 3 of them are struggling and head office want a plan by xmas lol
                nothing happens till head office signs off, even moving a display
                store managers keep ringing me for every decison, i spend my life on the M6
            """),
            "problem": _lines("""
                head office sets the targets and the rota hours and then blames the stores
                were waiting on head office for everything tbh
                staff turnover is mad, 40% in the Wigan store
            """),
            "feeling": _lines("""
                knackered mate
                bit anxious about xmas numbers tbh
                like im the meat in a sandwich
            """),
            "trap": _lines("""
                i fix stuff for the managers instead of letting them sort it
                i moan about head office to the managers which prob doesnt help lol
                costs me my weekends
            """),
            "want": _lines("""
                managers making there own calls
                head office asking us before they decide
                one weekend off before xmas
            """),
            "working": _lines("""
                the Preston store is flying, Dan runs it like his own shop
                the monthly managers call is actually good when people turn up
            """),
            "people": _lines("""
                store managers, head office, regional director
                Dan in Preston
            """),
            "options": _lines("""
                get Dan to buddy the Wigan manager
                tell the regional director what the rota hours cost us
                stop answering the phone for small stuff lol
            """),
            "value": _lines("""
                my staff. they work hard for not much
                customers having a decent shop to go to
            """),
        },
        disclosures=("tbh i feel like a fraud when i tell them everything is fine",),
        metaphors=("the meat in a sandwich", "a plate spinner on a motorway", "a fire engine with no water"),
        yeses=("ya", "yep", "spot on", "pretty much", "yeh"),
        yes_more=("yeah mostly. its more that im knackered",),
        corrections=("nah its more that i dont let them decide", "not quite, its head office not the managers",
                     "u missed Dan"),
        missed=("Dan", "the Wigan store"),
        commitments=("get Dan to buddy Wigan by friday", "call regional director next week",
                     "stop answering small stuff"),
        checkouts=("good cheers", "better ta", "ok"),
        reframe_replies=("dan could help", "cant really, head office decide"),
        style=Style(correct=0.3, bare_no=0.1, yes_more=0.15, dont_know=0.08, disclose=0.06, filler=0.4),
    ),
)

BY_ID = {persona.id: persona for persona in PERSONAS}
