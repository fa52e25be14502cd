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
    from coach.engine.model import Framework, OpenCommitment, Turn
    from coach.engine.session import Session
    from coach.store import Journal, SessionInfo


def reviews_from_meta(meta: Mapping[str, object]) -> list[OpenCommitment]:
    """The open commitments a saved session opened by reviewing, from its meta."""
    from coach.engine.model import OpenCommitment

    raw = meta.get("reviews", [])
    return [OpenCommitment(**item) for item in raw] if isinstance(raw, list) else []


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
    saved_meta = {**(meta or {}), "reviews": [dataclasses.asdict(r) for r in reviews]}
    if gentle:
        saved_meta["gentle_start"] = True
    session_id = journal.start_session(framework.id, seed=seed, title=title, kind=kind,
                                       meta=saved_meta)
    if after_start is not None:
        after_start(session_id)
    session = Session(framework, seed=seed, open_commitments=reviews, now=journal.now,
                      recorder=journal.recorder(session_id), gentle_start=gentle,
                      risk_offers=_risk_offers(unattended), unattended=unattended)
    return session, session_id, session.start()


def _risk_offers(unattended: bool) -> int:
    from coach.engine.session import RISK_OFFERS

    return 1 if unattended else RISK_OFFERS


def restore(journal: Journal, framework: Framework, info: SessionInfo, *,
            unattended: bool = False) -> Session:
    """Session ``info`` brought back from its saved turns, saying nothing new."""
    from coach.engine.session import Session

    return Session.restore(framework, journal.turns(info.id), seed=info.seed,
                           now=journal.now, open_commitments=reviews_from_meta(info.meta),
                           recorder=journal.recorder(info.id),
                           gentle_start=bool(info.meta.get("gentle_start")),
                           risk_offers=_risk_offers(unattended), unattended=unattended)


def resume(journal: Journal, framework: Framework, info: SessionInfo, *,
           unattended: bool = False) -> tuple[Session, list[Turn]]:
    """An unfinished session brought back, and its welcome back (saved as it is said)."""
    session = restore(journal, framework, info, unattended=unattended)
    return session, session.resume()
