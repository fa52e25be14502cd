"""Starting and resuming a coaching conversation with the journal, for line mode and the app.

A new conversation is saved to the journal with the open commitments it opens by
reviewing; a resumed one is rebuilt from its saved turns. Both use the journal's clock,
so a due date in an answer is read against the same "today" the journal keeps.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.engine.model import Framework, OpenCommitment, Recalled, Turn
    from coach.engine.session import Session
    from coach.store import Journal, SessionInfo


def reviews_from_meta(meta: Mapping[str, object]) -> list[OpenCommitment]:
    """The open commitments a saved session opened by reviewing, from its meta."""
    from coach.engine.model import OpenCommitment

    raw = meta.get("reviews", [])
    return [OpenCommitment(**item) for item in raw] if isinstance(raw, list) else []


#: At most this many of an exchange's notes are brought into its reflection.
MAX_RECALLED = 3
#: A note longer than this (in words) is not quoted back whole, so it is not brought back.
MAX_RECALLED_WORDS = 30


def recalled_from_meta(meta: Mapping[str, object]) -> list[Recalled]:
    """The notes a saved session brings back, from its meta."""
    from coach.engine.model import Recalled

    raw = meta.get("recall", [])
    return [Recalled(**item) for item in raw] if isinstance(raw, list) else []


def notes_to_recall(journal: Journal, meta: Mapping[str, object]) -> list[Recalled]:
    """For an exchange's reflection: the day's notes to bring back, one for each tag (the
    first note under it), then untagged ones, at most three, in the order they were
    taken. A note that speaks of risk, or is too long to quote whole, stays out."""
    from coach.engine.model import Recalled
    from coach.engine.risk import risk_kind

    xid = meta.get("exchange_id")
    if meta.get("exchange_part") != "reflect" or not isinstance(xid, int):
        return []
    chosen: list[tuple[int, Recalled]] = []
    seen_tags: set[str] = set()
    untagged: list[tuple[int, Recalled]] = []
    for order, note in enumerate(journal.exchange_notes(xid)):
        if len(note.text.split()) > MAX_RECALLED_WORDS or risk_kind(note.text):
            continue
        tag = note.tags[0] if note.tags else None
        if tag is None:
            untagged.append((order, Recalled(" ".join(note.text.split()))))
        elif tag.casefold() not in seen_tags:
            seen_tags.add(tag.casefold())
            chosen.append((order, Recalled(" ".join(note.text.split()), tag)))
    chosen = chosen[:MAX_RECALLED]
    chosen += untagged[: MAX_RECALLED - len(chosen)]
    return [note for _, note in sorted(chosen, key=lambda pair: pair[0])]


def new_seed() -> int:
    return random.SystemRandom().randrange(2**31)


def begin(
    journal: Journal,
    framework: Framework,
    *,
    seed: int | None,
    title: str,
    kind: str = "session",
    meta: Mapping[str, object] | None = None,
    after_start: Callable[[int], None] | None = None,
    unattended: bool = False,
    review: bool = False,
) -> tuple[Session, int, list[Turn]]:
    """A new session saved to the journal, opening with the commitments to follow up.

    Those are the open commitments that are due, or were made more than a day ago (at
    most two, never one made in the last hour); ``review`` asks about every open
    commitment, whatever its date. An ``unattended`` run (answers from a file or a
    pipe) reviews nothing unless ``review`` is given, so its lines go to the
    conversation, and offers the choice to carry on after a risk response once, then
    pauses. After a conversation where risk was heard, the new one opens gently,
    asking how the person is first.

    ``after_start(session_id)`` runs once the session is in the journal and before its
    first turn is saved (a leadership exchange links the session to itself there).
    Returns the session, its id and its opening lines.
    """
    from coach.engine.session import Session

    seed = seed if seed is not None else new_seed()
    if review:
        reviews = journal.commitments_to_review(journal.now(), every=True)
    elif unattended:
        reviews = []
    else:
        reviews = journal.commitments_to_review(journal.now())
    gentle = journal.last_session_heard_risk()
    recalled = notes_to_recall(journal, meta or {})
    saved_meta = {**(meta or {}), "reviews": [dataclasses.asdict(r) for r in reviews]}
    if recalled:
        saved_meta["recall"] = [dataclasses.asdict(r) for r in recalled]
    if gentle:
        saved_meta["gentle_start"] = True
    session_id = journal.start_session(framework.id, seed=seed, title=title, kind=kind,
                                       meta=saved_meta)
    if after_start is not None:
        after_start(session_id)
    _ready_to_listen()
    session = Session(framework, seed=seed, open_commitments=reviews, now=journal.now,
                      recorder=journal.recorder(session_id), gentle_start=gentle,
                      risk_offers=_risk_offers(unattended), unattended=unattended,
                      recalled=recalled)
    return session, session_id, session.start()


def _ready_to_listen() -> None:
    """Compile the risk rules now, before the first question, so that no answer waits on
    them (the first time only; later sessions find them ready)."""
    from coach.engine.risk import prepare

    prepare()


def _risk_offers(unattended: bool) -> int:
    from coach.engine.session import RISK_OFFERS

    return 1 if unattended else RISK_OFFERS


def restore(journal: Journal, framework: Framework, info: SessionInfo, *,
            unattended: bool = False) -> Session:
    """Session ``info`` brought back from its saved turns, saying nothing new."""
    from coach.engine.session import Session

    _ready_to_listen()
    return Session.restore(framework, journal.turns(info.id), seed=info.seed,
                           now=journal.now, open_commitments=reviews_from_meta(info.meta),
                           recorder=journal.recorder(info.id),
                           gentle_start=bool(info.meta.get("gentle_start")),
                           risk_offers=_risk_offers(unattended), unattended=unattended,
                           recalled=recalled_from_meta(info.meta))


def resume(journal: Journal, framework: Framework, info: SessionInfo, *,
           unattended: bool = False) -> tuple[Session, list[Turn]]:
    """An unfinished session brought back, and its welcome back (saved as it is said)."""
    session = restore(journal, framework, info, unattended=unattended)
    return session, session.resume()
