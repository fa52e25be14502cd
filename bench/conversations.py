"""Listening breaches in whole conversations: every persona through every framework.

Each persona in ``bench/personas.py`` (a discharge coordinator, a head teacher, a
fire station manager ...) answers a real :class:`~coach.engine.session.Session`
over every bundled framework, turn by turn, until the session finishes, pauses, or
200 answers have been given (then it is interrupted and counts as paused). Commands
are sent only when a persona chooses to say "next". Every transcript is written as
plain text, one line a turn ("Coach [kind]: text" or "You: text"), and the breaches
of the coaching standard (docs: /work/shared/COACHING.md) found in them are counted
per 100 coach lines.

    python bench/conversations.py [--out DIR] [--seeds N] [--frameworks a,b] [--examples K]
                                  [--show 4,6]   (list every breach of those rules)

Words are compared case-folded, with curly apostrophes made straight. A play-back's
*points* are ``data["said"]`` (a re-check after a correction says only the points it
changed) or ``data["items"]`` (or, if a play-back carries none, the text between its
first colon and "Is that right?", split on "; "); its *length* is the number of words
in its points, so the frame ("Let me play that back in your words: ... Is that
right?") is not counted. "Pronoun turns" treat these as one word: I/me/you/we/us,
my/your/our, mine/yours/ours, myself/yourself, I'm/im/you're/we're, I've/you've,
I'd/you'd, I'll/you'll, am/are, was/were. Feeling words: died, die, dying, death,
dead, passed away, scared, afraid, frightened, terrified, fear, cry, crying, cried,
tears, tearful, fraud, ashamed, shame, embarrassed, lonely, loneliness, grief,
grieving, upset, anxious, anxiety; one preceded within two words by "not", "no
longer" or "less" does not count.

Breach rules, each meant to fire only when the breach is plain (conservative):

1. whole answers glued together: a play-back with a point that holds an entire
   answer of more than 12 words verbatim (pronoun turns allowed), or a play-back of
   more than 60 words. Counted once per play-back line.
2. the same summary read again and again: a visit to a stage (from its "stage" line
   to the next) with more than 2 play-backs (counted once, at the third), or a
   play-back whose points are identical to the play-back just before it.
3. play-back changes or invents words: a play-back with a point word the person
   never said in the session so far, other than the frame words "said", "and",
   "so" and the second-person side of a pronoun turn (you, your, you're, are,
   were ...). Counted once per play-back line.
4. clean question on a broken fragment: a "clean" line whose quoted phrase
   (``data["quotes"]``, else the text in quotes) ends on a function word (either,
   and, the, to, of, a, an, my, your, our, their, every, with, for, in, on, at, by,
   from, or, but, is, are, was, be, that, this, as, if, so, than, very, just, not),
   is an all-caps acronym alone ("HQ", "RTC"), is a lone name (one capitalised word
   the person wrote capitalised mid-sentence), or is more than 6 words. Once per line.
5. correction text played back: a play-back point that carries a correction
   preamble: starts "no," / "no." / "nope" / "nah" / "no its" / "no it's", or holds
   "not quite", "you missed", "u missed", "it's more that" / "its more that", or
   "it's not X exactly". Counted once per play-back line.
6. follow-up ignores what was just said, once per answer: (a) an answer with a
   feeling word whose next coach line is neither an "acknowledge" line nor quotes
   them (holds the feeling word or 3 running words of the answer); (b) an "I don't
   know" answer (idk, dunno, no idea, not sure; at most 8 words) met by an
   encourager; (c) a "nothing else" answer (nothing else / nothing more / that's it
   / that's all / nah thats all) met by an encourager or a line starting "what else",
   "what more", "anything else" or "tell me more". Safety lines are never counted
   here: stepping out for risk comes first.
7. reframe at the wrong moment: a reframe line that replies to the session's first
   answer, or follows an answer with a feeling word, or follows an answer to
   another reframe. Counted once per reframe line.
8. the same question twice: an asking line (not a play-back, play-back-missed or
   safety line) whose words, with a leading "and"/"so" dropped, equal an earlier
   asking line's, or whose content words (3 or more, stop words dropped) overlap an
   earlier line's by at least 80% (shared / larger set). The question re-asked right
   after a safety exchange (going back to where the person was) is not counted.

Also printed: play-back length (median, max), reflections per question (reflections:
"acknowledge", "playback", "bridge" (an earlier answer said back) and "branch" (which
way their words point) and "commitment-check" (their step said back) lines, and any
coach statement without a "?" that quotes 3
running words of the last answer; questions: coach lines with a "?" other than
play-backs, commitment checks and safety lines, so a "branch" line counts as both), reframes per session, how sessions ended, safety
responses (and any in a persona that never signals risk), and yeses not heard (a
persona's own yes, e.g. "ya", "mostly", met by another play-back or "what did I miss").
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.personas import PERSONAS, Persona  # noqa: E402
from coach.engine.frameworks import load_frameworks  # noqa: E402
from coach.engine.session import Session  # noqa: E402

TODAY = date(2026, 11, 23)
MAX_ANSWERS = 200
SAFETY = frozenset({"risk", "risk-choice"})
PLAYBACKS = frozenset({"playback"})
RULES = {
    1: "play-back is whole answers glued together",
    2: "the same summary read again and again",
    3: "play-back changes or invents words",
    4: "clean question on a broken fragment",
    5: "correction text played back",
    6: "follow-up ignores what was just said",
    7: "reframe at the wrong moment",
    8: "the same question twice",
}

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
CANON = {}
for _group, _name in (
    (("i", "me", "you", "we", "us"), "<you>"),
    (("my", "your", "our"), "<your>"),
    (("mine", "yours", "ours"), "<yours>"),
    (("myself", "yourself"), "<yourself>"),
    (("i'm", "im", "you're", "youre", "we're"), "<you're>"),
    (("i've", "ive", "you've", "we've"), "<you've>"),
    (("i'd", "you'd", "we'd"), "<you'd>"),
    (("i'll", "you'll", "we'll"), "<you'll>"),
    (("am", "are"), "<are>"),
    (("was", "were"), "<were>"),
):
    for _w in _group:
        CANON[_w] = _name
#: Words a play-back may hold that the person need not have said.
FRAME_WORDS = frozenset(
    """you your yours yourself yourselves you're you've you'd you'll are were said and
    so""".split()
)
FEELING = re.compile(
    r"\b(died|die|dies|dying|death|dead|passed away|scared|afraid|frightened|terrified|fear"
    r"|cry|crying|cried|tears|tearful|fraud|ashamed|shame|embarrassed|lonely|loneliness"
    r"|grief|grieving|upset|anxious|anxiety)\b"
)
NEGATED = re.compile(r"\b(not|no longer|less)(\s+\w+){0,2}\s*$")
DONT_KNOW = re.compile(r"\b(i don'?t know|i do not know|idk|dunno|no idea|not sure)\b")
NOTHING_ELSE = re.compile(r"\b(nothing (else|more)|that'?s (it|all|everything)|thats (it|all))\b")
GENERIC_MORE = re.compile(r"^(and )?(what else|what more|anything else|tell me more)\b")
FUNCTION_END = frozenset(
    """either and the to of a an my your our their every with for in on at by from or but
    is are was be that this as if so than very just not""".split()
)
PREAMBLE = re.compile(
    r"^\W*(no\s*[,.;:!-]|nope\b|nah\b|no (it'?s|its)\b)|\bnot quite\b|\bu? ?you missed\b|\bu missed\b"
    r"|\bit'?s more that\b|\bits more that\b|\bit'?s not( \w+){1,2} exactly\b"
)
STOP_WORDS = frozenset(
    """a an the and or but so to of in on at by for with from about into is are was were
    be been am do does did what which who whom whose when where why how that this these
    those it its you your yours we our they their them i me my there here is has have had
    can could would will should shall may might must any some more most else just now
    then than as if not no very really""".split()
)
QUOTED = re.compile(r"(?<![A-Za-z])['‘\"“](.+?)['’\"”](?![A-Za-z])")


# ---------------------------------------------------------------------- words


def words(text: str) -> list[str]:
    return [w.group().casefold().replace("’", "'") for w in WORD.finditer(text)]


def canon(tokens: Sequence[str]) -> list[str]:
    return [CANON.get(t, t) for t in tokens]


def contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    if n == 0 or n > len(haystack):
        return False
    first = needle[0]
    for i in range(len(haystack) - n + 1):
        if haystack[i] == first and list(haystack[i : i + n]) == list(needle):
            return True
    return False


def shares_run(a: Sequence[str], b: Sequence[str], n: int = 3) -> bool:
    """Whether ``a`` and ``b`` share ``n`` running words."""
    grams = {tuple(a[i : i + n]) for i in range(len(a) - n + 1)}
    return any(tuple(b[i : i + n]) in grams for i in range(len(b) - n + 1))


def feeling_words(text: str) -> list[str]:
    low = " ".join(words(text))
    return [m.group() for m in FEELING.finditer(low) if not NEGATED.search(low[: m.start()])]


def points(turn: Any) -> list[str]:
    data = turn.data or {}
    items = data.get("said") or data.get("items")  # a re-check says only what changed
    if items:
        return [str(i) for i in items]
    match = re.search(r":\s*(.*?)\s*\.?\s*Is that right\?", turn.text, re.S)
    return [p for p in (match.group(1).split("; ") if match else [turn.text]) if p.strip()]


def playback_length(turn: Any) -> int:
    return sum(len(words(p)) for p in points(turn))


def quotes(turn: Any) -> list[str]:
    data = turn.data or {}
    found = data.get("quotes") if data else None
    return [str(q) for q in found] if found else QUOTED.findall(turn.text)


def normal_question(text: str) -> str:
    tokens = words(text)
    while tokens and tokens[0] in ("and", "so"):
        tokens = tokens[1:]
    return " ".join(tokens)


# ---------------------------------------------------------------------- sessions


def session_seed(seed: int, persona: Persona, framework_id: str) -> int:
    return zlib.crc32(f"{seed}:{persona.id}:{framework_id}".encode())


def run(persona: Persona, framework: Any, seed: int) -> tuple[list[Any], str, int]:
    """One conversation: its transcript, how it ended, and how many replies were sent."""
    s = session_seed(seed, persona, framework.id)
    person = persona.with_seed(s)
    extra: dict[str, Any] = {}
    if persona.earlier_commitment:
        try:
            from coach.engine.model import OpenCommitment

            extra["open_commitments"] = [OpenCommitment(1, persona.earlier_commitment,
                                                        due="2026-11-20", made="2026-11-09")]
        except ImportError:
            pass
    if persona.returning:
        extra["gentle_start"] = True
    try:
        session = Session(framework, seed=s, today=lambda: TODAY, **extra)
    except TypeError:  # the engine dropped an optional keyword: run without it
        session = Session(framework, seed=s, today=lambda: TODAY)
    session.start()
    sent = 0
    while (not session.finished and session.status != "paused"
           and session.pending is not None and sent < MAX_ANSWERS):
        session.answer(person.reply(session.pending, session.transcript))
        sent += 1
    if not session.finished and session.status == "active":
        session.interrupt()
    return list(session.transcript), str(session.status), sent


def write_transcript(path: Path, persona: Persona, framework: Any, seed: int,
                     transcript: Sequence[Any], status: str) -> list[int]:
    """Write the transcript; return the file line number (from 1) of each turn."""
    lines = [f"# {persona.name}, {persona.role} ({persona.sector}; {persona.register})",
             f"# framework: {framework.id}; seed {seed}; ended {status}", ""]
    numbers: list[int] = []
    for turn in transcript:
        numbers.append(len(lines) + 1)
        text = turn.text.replace("\r", "")
        head = f"Coach [{turn.kind}]: " if turn.speaker == "coach" else (
            "You: " if turn.kind == "answer" else "You [command]: ")
        body = text.split("\n")
        lines.append(head + body[0])
        lines.extend("    " + b for b in body[1:])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return numbers


# ---------------------------------------------------------------------- breaches


def breaches(transcript: Sequence[Any]) -> list[tuple[int, int, str]]:
    """Every breach found: (rule, turn position, note)."""
    found: list[tuple[int, int, str]] = []
    said: set[str] = set()
    answers: list[tuple[int, str]] = []  # (position, text) of the person's answers
    visit = 0
    visit_playbacks: Counter[int] = Counter()
    last_playback: tuple[int, tuple[str, ...]] | None = None
    asked: list[tuple[str, frozenset[str], int]] = []
    last_question_kind = ""
    reask_after_safety = False

    for pos, turn in enumerate(transcript):
        if turn.speaker == "you":
            if turn.kind == "answer":
                said.update(words(turn.text))
                answers.append((pos, turn.text))
            continue
        kind = turn.kind
        if kind == "stage":
            visit += 1
            last_playback = None
        if kind in SAFETY:
            reask_after_safety = True

        if kind == "playback":
            pts = points(turn)
            # 1
            length = playback_length(turn)
            glued = [a for _, a in answers if len(words(a)) > 12
                     and any(contains_run(canon(words(p)), canon(words(a))) for p in pts)]
            if glued or length > 60:
                note = f"{length} words" + (f"; holds whole answer: {glued[0][:60]!r}" if glued else "")
                found.append((1, pos, note))
            # 2
            visit_playbacks[visit] += 1
            if visit_playbacks[visit] == 3:
                found.append((2, pos, "third play-back in this stage"))
            key = tuple(pts)
            if last_playback is not None and last_playback[1] == key:
                found.append((2, pos, "identical to the play-back before"))
            last_playback = (visit, key)
            # 3
            invented = sorted({w for p in pts for w in words(p)
                               if w not in said and w not in FRAME_WORDS})
            if invented:
                found.append((3, pos, "never said: " + ", ".join(invented[:6])))
            # 5
            with_preamble = [p for p in pts if PREAMBLE.search(" ".join(p.casefold().split()))]
            if with_preamble:
                found.append((5, pos, repr(with_preamble[0][:70])))

        if kind == "clean":
            for phrase in quotes(turn)[:1]:
                tokens = words(phrase)
                reason = ""
                if len(tokens) > 6:
                    reason = "more than 6 words"
                elif tokens and tokens[-1] in FUNCTION_END:
                    reason = f"ends on {tokens[-1]!r}"
                elif " " not in phrase.strip() and not re.search(r"[a-z]", phrase) \
                        and len(re.findall(r"[A-Z]", phrase)) >= 2:
                    reason = "acronym alone"
                elif len(tokens) == 1 and re.fullmatch(r"[A-Z][a-z]+", phrase.strip()) \
                        and any(re.search(rf"(?<![.!?]\s)(?<=\w\s){re.escape(phrase.strip())}\b", a)
                                for _, a in answers):
                    reason = "a lone name"
                if reason:
                    found.append((4, pos, f"{phrase!r}: {reason}"))

        if kind == "reframe" and answers:
            a_pos, a_text = answers[-1]
            reasons = []
            if len(answers) == 1:
                reasons.append("reply to the first answer")
            if feeling_words(a_text):
                reasons.append("after feeling words: " + ", ".join(feeling_words(a_text)))
            if last_question_kind == "reframe":
                reasons.append("right after another reframe")
            if reasons:
                found.append((7, pos, "; ".join(reasons)))

        from_model = getattr(sys.modules.get("coach.engine.model"), "ASKING_KINDS", None)
        asking = kind in from_model if from_model else "?" in turn.text
        if asking:
            if kind not in SAFETY and kind not in ("playback", "playback-missed"):
                norm = normal_question(turn.text)
                content = frozenset(w for w in words(turn.text) if w not in STOP_WORDS)
                if reask_after_safety and any(norm == q for q, _, _ in asked):
                    pass  # going back to where the person was, after stepping out
                else:
                    for q, c, where in asked:
                        if q == norm:
                            found.append((8, pos, f"same as line {where}: {turn.text[:60]!r}"))
                            break
                        if len(c) >= 3 and len(content) >= 3 and \
                                len(c & content) / max(len(c), len(content)) >= 0.8:
                            found.append((8, pos, f"overlaps line {where}: {turn.text[:60]!r}"))
                            break
                asked.append((norm, content, pos))
                reask_after_safety = False
            last_question_kind = kind

    # 6: what follows each answer
    for a_pos, a_text in answers:
        nxt = next((t for t in transcript[a_pos + 1 :] if t.speaker == "coach"), None)
        if nxt is None or nxt.kind in SAFETY or nxt.kind in ("stopped", "paused", "ended"):
            continue
        feel = feeling_words(a_text)
        reply_words = words(nxt.text)
        if feel:
            quoted = any(f in " ".join(reply_words) for f in feel) or \
                shares_run(canon(words(a_text)), canon(reply_words))
            if nxt.kind != "acknowledge" and not quoted:
                found.append((6, a_pos, f"{', '.join(feel)} -> [{nxt.kind}] {nxt.text[:50]!r}"))
                continue
        low = " ".join(words(a_text))
        if DONT_KNOW.search(low) and len(words(a_text)) <= 8 and nxt.kind == "encourager":
            found.append((6, a_pos, f"don't know -> {nxt.text[:40]!r}"))
        elif NOTHING_ELSE.search(low) and (nxt.kind == "encourager"
                                           or GENERIC_MORE.match(normal_question(nxt.text))):
            found.append((6, a_pos, f"nothing else -> [{nxt.kind}] {nxt.text[:40]!r}"))
    return found


# ---------------------------------------------------------------------- figures


def reflections_and_questions(transcript: Sequence[Any]) -> tuple[int, int]:
    reflections = questions = 0
    last_answer: list[str] = []
    for turn in transcript:
        if turn.speaker == "you":
            if turn.kind == "answer":
                last_answer = canon(words(turn.text))
            continue
        if turn.kind in SAFETY:
            continue
        if turn.kind in ("acknowledge", "playback", "bridge", "branch", "commitment-check"):
            reflections += 1
        elif "?" not in turn.text and turn.kind not in (
                "opening", "stage", "close", "help", "paused", "stopped", "ended") \
                and last_answer and shares_run(last_answer, canon(words(turn.text))):
            reflections += 1
        if "?" in turn.text and turn.kind not in ("playback", "commitment-check"):
            questions += 1
    return reflections, questions


def yeses_not_heard(persona: Persona, transcript: Sequence[Any]) -> tuple[int, int]:
    """(persona yeses to play-backs, of which met by another play-back or 'what did I miss')."""
    total = missed = 0
    for i, turn in enumerate(transcript):
        if turn.speaker != "you" or turn.text not in persona.yeses:
            continue
        before = next((t for t in reversed(transcript[:i]) if t.speaker == "coach"), None)
        if before is None or before.kind != "playback":
            continue
        total += 1
        after = next((t for t in transcript[i + 1 :] if t.speaker == "coach"), None)
        if after is not None and after.kind in ("playback", "playback-missed"):
            missed += 1
    return total, missed


def personas_from(path: Path, parser: argparse.ArgumentParser) -> Sequence[Persona]:
    """The ``PERSONAS`` a Python file defines (it may import ``bench.personas``)."""
    import runpy

    try:
        found = runpy.run_path(str(path)).get("PERSONAS")
    except (OSError, SyntaxError) as exc:
        parser.error(f"cannot read personas from {path}: {exc}")
    if not found or not all(isinstance(p, Persona) for p in found):
        parser.error(f"{path} defines no PERSONAS tuple of bench.personas.Persona")
    return tuple(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/coach-transcripts"))
    parser.add_argument("--seeds", type=int, default=1, help="conversations per persona and framework")
    parser.add_argument("--frameworks", default="", help="comma-separated framework ids (default: all)")
    parser.add_argument("--examples", type=int, default=1, help="examples printed per breach kind")
    parser.add_argument("--show", default="", help="comma-separated rule numbers to list in full")
    parser.add_argument("--personas", type=Path, default=None,
                        help="a Python file defining PERSONAS to run instead of bench/personas.py's"
                             " (other people's answers)")
    args = parser.parse_args()
    args.show = {int(n) for n in args.show.split(",") if n.strip().isdigit()}

    personas = PERSONAS if args.personas is None else personas_from(args.personas, parser)
    loaded = load_frameworks()
    frameworks = list(loaded.frameworks.values())
    if args.frameworks:
        wanted = [f.strip() for f in args.frameworks.split(",") if f.strip()]
        unknown = [f for f in wanted if f not in loaded.frameworks]
        if unknown:
            parser.error(f"unknown framework(s): {', '.join(unknown)}; "
                         f"known: {', '.join(sorted(loaded.frameworks))}")
        frameworks = [loaded.frameworks[f] for f in wanted]
    args.out.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    counts: Counter[int] = Counter()
    examples: dict[int, list[str]] = defaultdict(list)
    endings: Counter[str] = Counter()
    lengths: list[int] = []
    coach_lines = reflections = questions = reframes = sessions = 0
    safety_sessions: list[str] = []
    false_alarms: list[str] = []
    yes_total = yes_missed = 0
    rule8_kinds: Counter[str] = Counter()

    for persona in personas:
        for framework in frameworks:
            for seed in range(1, args.seeds + 1):
                transcript, status, _ = run(persona, framework, seed)
                name = f"{persona.id}__{framework.id}" + (f"__s{seed}" if args.seeds > 1 else "")
                numbers = write_transcript(args.out / f"{name}.txt", persona, framework, seed,
                                           transcript, status)
                sessions += 1
                endings[status] += 1
                coach = [t for t in transcript if t.speaker == "coach"]
                coach_lines += len(coach)
                lengths += [playback_length(t) for t in coach if t.kind == "playback"]
                reframes += sum(1 for t in coach if t.kind == "reframe")
                r, q = reflections_and_questions(transcript)
                reflections += r
                questions += q
                if any(t.kind == "risk" for t in coach):
                    safety_sessions.append(name)
                    if not persona.risk:
                        false_alarms.append(name)
                t_yes, t_missed = yeses_not_heard(persona, transcript)
                yes_total += t_yes
                yes_missed += t_missed
                for rule, pos, note in breaches(transcript):
                    counts[rule] += 1
                    if rule == 8:
                        rule8_kinds[transcript[pos].kind] += 1
                    if len(examples[rule]) < args.examples or rule in args.show:
                        examples[rule].append(f"{name}.txt:{numbers[pos]}: {note}")

    elapsed = time.perf_counter() - started
    per100 = 100 / coach_lines if coach_lines else 0.0
    print(f"{sessions} sessions ({len(personas)} personas x {len(frameworks)} frameworks"
          f" x {args.seeds} seed(s)), {coach_lines} coach lines, {elapsed:.1f} s")
    print(f"{'breach':<44} {'count':>6} {'per 100':>8}")
    for rule, title in RULES.items():
        print(f"{rule}. {title:<41} {counts[rule]:>6} {counts[rule] * per100:>8.2f}")
        for example in examples[rule]:
            print(f"     e.g. {example}")
    if counts[8]:
        print("   rule 8 by kind: " + ", ".join(f"{k} {n}" for k, n in rule8_kinds.most_common()))
    if lengths:
        print(f"play-back length in words: median {statistics.median(lengths):g}, "
              f"max {max(lengths)} ({len(lengths)} play-backs)")
    print(f"reflections per question: {reflections}/{questions} = "
          f"{reflections / questions if questions else 0:.2f}")
    print(f"reframes per session: {reframes / sessions if sessions else 0:.2f}")
    print("sessions: " + ", ".join(f"{k} {n}" for k, n in sorted(endings.items())))
    print(f"safety responses: {len(safety_sessions)} sessions"
          f" ({len(false_alarms)} in personas that never signal risk"
          + (f": {', '.join(false_alarms[:4])}" if false_alarms else "") + ")")
    print(f"persona yeses to play-backs not heard as yes: {yes_missed}/{yes_total}")
    print(f"transcripts: {args.out}/")


if __name__ == "__main__":
    main()
