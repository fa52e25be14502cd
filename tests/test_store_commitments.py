"""Commitments in the journal: habits, follow-ups with notes, edits, and which to review."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from coach.engine.model import OpenCommitment, Turn
from coach.store import Journal, StoreError
from coach.store.commitments import UNCHANGED, arrange
from coach.store.schema import SCHEMA_VERSION, migrations

GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)  # a Tuesday


class Clock:
    """The journal's clock, set by the test."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(clock: Clock) -> Iterator[Journal]:
    with Journal.memory(clock=clock) as opened:
        yield opened


def made_at(journal: Journal, clock: Clock, ago: timedelta, text: str,
            due: date | None = None, habit: str | None = None) -> int:
    clock.moment = NOW - ago
    try:
        return journal.add_commitment(text, due=due, habit=habit)
    finally:
        clock.moment = NOW


def ids(found: list[OpenCommitment]) -> list[int]:
    return [c.id for c in found]


# ------------------------------------------------------------------ which to review


def test_due_overdue_and_older_than_a_day_are_reviewed_most_recent_first(
        journal: Journal, clock: Clock) -> None:
    old = made_at(journal, clock, timedelta(days=3), "ask Sam for the figures")
    overdue = made_at(journal, clock, timedelta(hours=20), "book the room",
                      due=NOW.date() - timedelta(days=1))
    due_today = made_at(journal, clock, timedelta(hours=5), "message Jo", due=NOW.date())
    assert ids(journal.commitments_to_review(NOW, limit=5)) == [due_today, overdue, old]


def test_recent_ones_not_yet_due_wait(journal: Journal, clock: Clock) -> None:
    made_at(journal, clock, timedelta(hours=23), "no date yet")
    made_at(journal, clock, timedelta(hours=3), "due later", due=NOW.date() + timedelta(days=2))
    made_at(journal, clock, timedelta(hours=2), "a habit", habit="every Monday")
    assert journal.commitments_to_review(NOW) == []
    # once a day old, each is followed up, whatever its date
    later = NOW + timedelta(hours=1, minutes=1)
    assert [c.text for c in journal.commitments_to_review(later, limit=5)] == ["no date yet"]
    day_on = NOW + timedelta(hours=21, minutes=30)
    assert [c.text for c in journal.commitments_to_review(day_on, limit=5)] == [
        "due later", "no date yet"]
    assert [c.text for c in journal.commitments_to_review(NOW + timedelta(days=1), limit=5)] == [
        "a habit", "due later", "no date yet"]


def test_never_one_made_in_the_last_hour(journal: Journal, clock: Clock) -> None:
    fresh = made_at(journal, clock, timedelta(minutes=59), "due today", due=NOW.date())
    assert journal.commitments_to_review(NOW) == []
    assert ids(journal.commitments_to_review(NOW + timedelta(minutes=1))) == [fresh]


def test_at_most_two_by_default(journal: Journal, clock: Clock) -> None:
    made = [made_at(journal, clock, timedelta(days=n), f"thing {n}") for n in (5, 4, 3, 2)]
    assert ids(journal.commitments_to_review(NOW)) == [made[3], made[2]]
    assert ids(journal.commitments_to_review(NOW, limit=3)) == [made[3], made[2], made[1]]
    assert journal.commitments_to_review(NOW, limit=0) == []


def test_every_gives_every_open_one_whatever_its_date(journal: Journal, clock: Clock) -> None:
    a = made_at(journal, clock, timedelta(days=9), "old")
    b = made_at(journal, clock, timedelta(hours=3), "later", due=NOW.date() + timedelta(days=9))
    c = made_at(journal, clock, timedelta(minutes=5), "just now")
    d = made_at(journal, clock, timedelta(minutes=1), "habit", habit="daily")
    done = made_at(journal, clock, timedelta(days=2), "done already")
    journal.set_commitment_status(done, "done")
    assert ids(journal.commitments_to_review(NOW, every=True)) == [d, c, b, a]
    assert ids(journal.commitments_to_review(NOW, every=True, limit=1)) == [d, c, b, a]


def test_closed_ones_are_never_reviewed(journal: Journal, clock: Clock) -> None:
    dropped = made_at(journal, clock, timedelta(days=3), "let go", due=NOW.date())
    journal.set_commitment_status(dropped, "dropped")
    assert journal.commitments_to_review(NOW) == []


def test_the_review_carries_habit_and_when_it_was_made(journal: Journal, clock: Clock) -> None:
    cid = made_at(journal, clock, timedelta(days=2), "walk at lunch", habit="every weekday")
    assert journal.commitments_to_review(NOW) == [
        OpenCommitment(id=cid, text="walk at lunch", due=None, made=NOW - timedelta(days=2),
                       habit="every weekday")]


def test_a_naive_now_is_read_in_the_journal_s_time(journal: Journal, clock: Clock) -> None:
    cid = made_at(journal, clock, timedelta(hours=2), "message Jo", due=NOW.date())
    assert ids(journal.commitments_to_review(NOW.replace(tzinfo=None))) == [cid]


# ------------------------------------------------------------------ changing them


def test_status_changes_keep_each_follow_up(journal: Journal, clock: Clock) -> None:
    cid = journal.add_commitment("ask Sam for the figures", due=date(2026, 12, 9))
    clock.moment = NOW + timedelta(days=2)
    journal.set_commitment_status(cid, "open", note="  Old habits  ", due=date(2026, 12, 14))
    clock.moment = NOW + timedelta(days=7)
    journal.set_commitment_status(cid, "done", note="Sent them on Monday")
    item = journal.require_commitment(cid)
    assert item.status == "done" and item.due == date(2026, 12, 14)
    assert [(r.status, r.note, r.due, r.created) for r in item.reviews] == [
        ("open", "Old habits", date(2026, 12, 14), NOW + timedelta(days=2)),
        ("done", "Sent them on Monday", None, NOW + timedelta(days=7)),
    ]
    assert item.last_note == "Sent them on Monday"
    journal.set_commitment_status(cid, "open")  # reopened
    again = journal.require_commitment(cid)
    assert again.status == "open" and len(again.reviews) == 3 and again.last_note == (
        "Sent them on Monday")
    assert [c.id for c in journal.commitments()] == [cid]
    assert journal.commitments()[0].reviews == again.reviews


def test_update_text_due_and_habit(journal: Journal) -> None:
    cid = journal.add_commitment("call Jo", due=date(2026, 12, 11))
    changed = journal.update_commitment(cid, text="  call Jo about the rota ")
    assert (changed.text, changed.due, changed.habit) == ("call Jo about the rota",
                                                          date(2026, 12, 11), None)
    changed = journal.update_commitment(cid, due=None, habit="every  Friday")
    assert (changed.due, changed.habit) == (None, "every Friday")
    changed = journal.update_commitment(cid, due="2026-12-18", habit=None)
    assert (changed.due, changed.habit) == (date(2026, 12, 18), None)
    assert journal.update_commitment(cid, due=UNCHANGED).due == date(2026, 12, 18)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda j: j.update_commitment(99, text="x"), "no commitment 99"),
        (lambda j: j.update_commitment(1, text="  "), "empty"),
        (lambda j: j.update_commitment(1, due="soon"), "not a date"),
        (lambda j: j.set_commitment_status(99, "done"), "no commitment 99"),
        (lambda j: j.set_commitment_status(1, "finished"), "unknown commitment status"),
        (lambda j: j.require_commitment(99), "no commitment 99"),
    ],
)
def test_bad_changes_are_one_clear_error_and_change_nothing(journal: Journal, call,
                                                            message: str) -> None:
    journal.add_commitment("call Jo")
    before = journal.commitments(None)
    with pytest.raises(StoreError, match=message) as info:
        call(journal)
    assert "\n" not in str(info.value)
    assert journal.commitments(None) == before


def test_arrange_puts_overdue_first_and_habits_apart(journal: Journal, clock: Clock) -> None:
    today = NOW.date()
    habit = journal.add_commitment("walk", habit="daily")
    later = journal.add_commitment("later", due=today + timedelta(days=3))
    late = journal.add_commitment("late", due=today - timedelta(days=2))
    undated = journal.add_commitment("someday")
    soon = journal.add_commitment("today", due=today)
    done = journal.add_commitment("done")
    journal.set_commitment_status(done, "done")
    groups = arrange(journal.commitments(None), today)
    assert [[c.id for c in g] for g in (groups.overdue, groups.dated, groups.undated,
                                        groups.habits, groups.closed)] == [
        [late], [soon, later], [undated], [habit], [done]]
    assert journal.require_commitment(late).overdue(today)
    assert not journal.require_commitment(soon).overdue(today)


# ------------------------------------------------------------------ from a session's turns


def test_a_session_saves_a_habit_and_a_review_s_note_and_new_date(
        journal: Journal, clock: Clock) -> None:
    earlier = made_at(journal, clock, timedelta(days=3), "ask Sam for the figures")
    session = journal.start_session("grow", seed=1)
    journal.record_turn(session, Turn(0, "you", "answer", "Not yet, by Friday", data={
        "commitment_id": earlier, "status": "open", "note": "Not yet, by Friday",
        "due": "2026-12-11"}))
    journal.record_turn(session, Turn(1, "you", "answer", "gym every Tuesday and Friday", data={
        "commitment": "gym every Tuesday and Friday", "due": None,
        "habit": "every Tuesday and Friday"}))
    reviewed = journal.require_commitment(earlier)
    assert (reviewed.status, reviewed.due) == ("open", date(2026, 12, 11))
    assert [(r.status, r.note, r.session_id) for r in reviewed.reviews] == [
        ("open", "Not yet, by Friday", session)]
    [made] = [c for c in journal.commitments() if c.session_id == session]
    assert (made.text, made.due, made.habit) == ("gym every Tuesday and Friday", None,
                                                 "every Tuesday and Friday")
    # after back, a second answer replaces the session's commitment, habit and all
    journal.record_turn(session, Turn(2, "you", "answer", "call Jo tomorrow", data={
        "commitment": "call Jo tomorrow", "due": "2026-12-09", "habit": None}))
    [made] = [c for c in journal.commitments() if c.session_id == session]
    assert (made.text, made.due, made.habit) == ("call Jo tomorrow", date(2026, 12, 9), None)


def test_a_review_leaves_one_settled_elsewhere_alone(journal: Journal) -> None:
    cid = journal.add_commitment("call Jo")
    journal.set_commitment_status(cid, "dropped", note="not needed")
    session = journal.start_session("grow", seed=1)
    journal.record_turn(session, Turn(0, "you", "answer", "did it", data={
        "commitment_id": cid, "status": "done", "note": "did it"}))
    item = journal.require_commitment(cid)
    assert item.status == "dropped" and [r.note for r in item.reviews] == ["not needed"]


def test_an_unclear_review_marks_nothing(journal: Journal) -> None:
    cid = journal.add_commitment("call Jo")
    session = journal.start_session("grow", seed=1)
    journal.record_turn(session, Turn(0, "you", "answer", "kind of", data={
        "commitment_id": cid, "status": None, "note": "kind of"}))
    item = journal.require_commitment(cid)
    assert item.status == "open" and item.reviews == ()


def test_a_session_s_meta_keeps_the_reviews_it_opened_with(journal: Journal,
                                                           clock: Clock) -> None:
    import dataclasses

    made_at(journal, clock, timedelta(days=2), "walk", habit="daily")
    reviews = journal.commitments_to_review(NOW)
    session = journal.start_session("grow", seed=1, meta={
        "reviews": [dataclasses.asdict(r) for r in reviews]})
    info = journal.get_session(session)
    assert info is not None
    assert [OpenCommitment(**r) for r in info.meta["reviews"]] == reviews


# ------------------------------------------------------------------ the migration


def test_a_journal_at_version_four_gains_habits_and_reviews(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path)
    conn.executescript((GOLDEN / "schema_v1.sql").read_text())
    migrations.apply(Database(conn), stop_before="0005_commitment_habits_and_reviews")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO commitments (text, due, status, created, updated, source) VALUES"
                 " ('written at version four', '2026-12-11', 'open', '2026-12-01T08:00:00Z',"
                 " '2026-12-01T08:00:00Z', 'session')")
    conn.commit()
    before = conn.execute("SELECT count(*) FROM commitments").fetchone()[0]
    conn.close()

    with Journal.open(path, clock=Clock()) as journal:
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        everything = journal.commitments(None)
        assert len(everything) == before
        [kept] = [c for c in everything if c.text == "written at version four"]
        assert (kept.due, kept.habit, kept.reviews) == (date(2026, 12, 11), None, ())
        journal.set_commitment_status(kept.id, "done", note="sent it")
        assert journal.require_commitment(kept.id).last_note == "sent it"
        journal.update_commitment(kept.id, habit="every Monday")
        assert journal.require_commitment(kept.id).habit == "every Monday"
