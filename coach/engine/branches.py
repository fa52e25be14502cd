"""Where a framework branches: which way the answers point, and the person's choice.

A branching stage (Cynefin's cause-and-effect stage, say) lists the words that send
the conversation one way or another. The coach never takes the turn silently: it says
which way the person's own words point and asks which fits, and the reply chooses.
Stages are numbered along the path the person takes, so a branch never makes the
count jump.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coach.engine.model import Framework, Stage
from coach.engine.phrases import WORD
from coach.engine.replies import read_playback_reply

#: At most this many of the person's words are quoted for a proposal.
MAX_WORDS_QUOTED = 3


@dataclass(frozen=True)
class BranchProposal:
    """Where the answers point: the stage ``goto`` (titled ``title``), the person's
    words that point there, and every way on, by title."""

    goto: str
    title: str
    words: tuple[str, ...]
    options: tuple[str, ...]


@dataclass(frozen=True)
class BranchReading:
    """The way on a reply takes; ``chosen`` is False when the reply named none and the
    proposal was taken."""

    goto: str
    chosen: bool


def _folded(text: str) -> str:
    return " ".join(w.group().casefold().replace("’", "'") for w in WORD.finditer(text))


def _targets(framework: Framework, stage: Stage) -> list[str]:
    """Every stage a branching stage can go on to, each once, in the framework's order."""
    targets: list[str] = []
    for branch in stage.branches:
        if branch.goto not in targets:
            targets.append(branch.goto)
    fallback = stage.next or _following(framework, stage)
    if fallback != "end" and fallback not in targets:
        targets.append(fallback)
    return sorted(targets, key=framework.stage_index)


def _following(framework: Framework, stage: Stage) -> str:
    index = framework.stage_index(stage.id)
    return framework.stages[index + 1].id if index + 1 < len(framework.stages) else "end"


def _found(term: str, answer: str) -> str | None:
    """The person's own words for ``term`` in ``answer`` (as they wrote them), or None."""
    words = [re.escape(w.group()) for w in WORD.finditer(term)]
    if not words:
        return None
    match = re.search(r"(?<!\w)" + r"\W+".join(words) + r"(?!\w)", answer, re.IGNORECASE)
    return match.group() if match else None


def propose_branch(framework: Framework, stage: Stage, answers: Sequence[str]) -> BranchProposal:
    """Which way ``answers`` point: the branch whose words they use most, in order of the
    framework's branches when tied; the stage's fallback when they use none."""
    targets = _targets(framework, stage)
    best: tuple[int, str, list[str]] | None = None
    for branch in stage.branches:
        quoted: list[str] = []
        for term in branch.when:
            for answer in answers:
                said = _found(term, answer)
                if said and not any(said.casefold() in q.casefold() for q in quoted):
                    quoted = [q for q in quoted if q.casefold() not in said.casefold()]
                    quoted.append(said)
        if quoted and (best is None or len(quoted) > best[0]):
            best = (len(quoted), branch.goto, quoted)
    if best is None:
        goto, quoted = stage.next or _following(framework, stage), []
    else:
        goto, quoted = best[1], best[2]
    return BranchProposal(
        goto=goto,
        title=framework.stage(goto).title,
        words=tuple(quoted[:MAX_WORDS_QUOTED]),
        options=tuple(_described(framework.stage(t)) for t in targets),
    )


def _described(stage: Stage) -> str:
    """A way on by its title, with what it means when its purpose says ("When cause and
    effect only show in hindsight, ..." gives "complex (cause and effect only show in
    hindsight)"), so the choice is not in jargon alone."""
    purpose = stage.purpose.strip()
    if purpose.startswith("When ") and "," in purpose:
        return f"{stage.title} ({purpose[5:purpose.index(',')].strip()})"
    return stage.title


_NOT_BEFORE = re.compile(r"\b(?:not|isn't|isnt|never|less|rather than|instead of)\s+(?:\w+\s+)?$")


def read_branch_reply(framework: Framework, stage: Stage, text: str,
                      proposal: BranchProposal) -> BranchReading:
    """The way on ``text`` chooses: a way named by its title (the last one named, and
    not one that is denied: "not complex, more complicated"), else a yes to the
    proposal, else the branch whose words the reply uses; when it names none, the
    proposal."""
    low = _folded(text)
    named: list[tuple[int, str]] = []
    for target in _targets(framework, stage):
        title = _folded(framework.stage(target).title)
        for match in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", low):
            if not _NOT_BEFORE.search(low[: match.start()]):
                named.append((match.start(), target))
    if named:
        return BranchReading(max(named)[1], True)
    verdict, _ = read_playback_reply(text)
    if verdict in ("yes", "yes-more"):
        return BranchReading(proposal.goto, True)
    said = propose_branch(framework, stage, [text])
    if said.words:
        return BranchReading(said.goto, True)
    return BranchReading(proposal.goto, False)


def path_position(framework: Framework, visited: Sequence[str]) -> tuple[int, int]:
    """(number, total) of the stage just entered, counted along the person's path: the
    stages visited, then the stages still ahead of the last one."""
    number = len(visited)
    ahead = 0
    seen = set(visited)
    stage = framework.stage(visited[-1])
    while True:
        following = stage.next or _following(framework, stage)
        if following == "end" or following in seen:
            break
        seen.add(following)
        ahead += 1
        stage = framework.stage(following)
    return number, number + ahead
