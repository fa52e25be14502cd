"""Arbitrary answers never crash a session, and it never quotes what was not said."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.engine.frameworks import load_frameworks
from coach.engine.session import MAX_ANSWER_CHARS, Session
from coach.resources import bundled_directory
from tests.test_fidelity import playback_words_are_theirs

FRAMEWORKS = load_frameworks([bundled_directory("frameworks")]).frameworks

answers = st.one_of(
    st.text(max_size=200),
    st.sampled_from([
        "", "   ", "[bold]stuck[/]", "[@click=app.quit]quit[/]", "[link=http://x]x[/link]",
        "I feel 💥 stuck in a rut", "Ich fühle mich überfordert", "我感到很累", "\u202eevil",
        "e\u0301te\u0301", "next", "back", "help", "NO", "yes", "a" * 5000,
        "I really really feel stuck stuck stuck",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=500,
            max_size=3000),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    framework_id=st.sampled_from(sorted(FRAMEWORKS)),
    replies=st.lists(answers, min_size=1, max_size=25),
    seed=st.integers(0, 2**31),
)
def test_arbitrary_answers(framework_id: str, replies: list[str], seed: int) -> None:
    session = Session(FRAMEWORKS[framework_id], seed=seed, today=lambda: date(2026, 11, 23))
    session.start()
    for reply in replies:
        if session.finished:
            break
        assert len(reply) <= MAX_ANSWER_CHARS
        session.answer(reply)
    said = [t.text for t in session.transcript if t.speaker == "you"]
    for turn in session.transcript:
        for quote in turn.data.get("quotes", []):
            assert any(quote in text for text in said)
            assert f"'{quote}'" in turn.text
        for item in turn.data.get("items", []):
            assert playback_words_are_theirs(item, said)
    # A replay of the same replies says exactly the same things.
    replayed = Session.replay(FRAMEWORKS[framework_id], said, seed=seed,
                              today=lambda: date(2026, 11, 23))
    assert [t.text for t in replayed.transcript] == [t.text for t in session.transcript]
