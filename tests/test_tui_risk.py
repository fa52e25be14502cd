"""The app's risk response: its own panel, the support list, and three choices."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Button, Static

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.widgets.answer_box import AnswerBox
from coach.tui.widgets.chat_log import ChatMessage
from coach.tui.widgets.support_panel import ChoiceOffer, SupportPanel
from tests.tui_helpers import send, settle

RISKY = "lately on the drive home I think about steering into the barrier so it all stops"


async def chat_at_risk(pilot: Pilot[None]) -> ChatScreen:
    await settle(pilot)
    pilot.app.action_start("think-it-through")  # type: ignore[attr-defined]
    await settle(pilot)
    chat = pilot.app.screen
    assert isinstance(chat, ChatScreen)
    await send(pilot, RISKY)
    return chat


async def test_the_risk_response_has_its_own_panel_with_the_support_list(app: CoachApp) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        (panel,) = chat.query(SupportPanel)
        assert panel.border_title == "Your safety comes first"
        support = str(panel.query_one(".support-list", Static).render())
        assert "116 123" in support and "\n- " in support  # laid out as a list
        labels = [str(b.label) for b in panel.query(Button)]
        assert labels == ["Pause", "Stop", "Carry on"]
        # the risk response is not a chat bubble, and nothing said repeats the means
        assert all(m.turn.kind != "risk" for m in chat.query(ChatMessage))
        coach_text = " ".join(str(w.render()) for w in panel.query(Static))
        assert "barrier" not in coach_text and "steering" not in coach_text


async def test_carry_on_returns_to_the_conversation(app: CoachApp) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        await pilot.click("#safety-carry-on")
        await settle(pilot)
        assert chat.session is not None and chat.session.awaiting == "answer"
        assert all(b.disabled for b in chat.query(Button).results(Button)
                   if (b.id or "").startswith("safety-"))


async def test_a_typed_reply_that_chooses_nothing_is_offered_the_choice_again(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        await send(pilot, "I don't know")
        assert len(chat.query(ChoiceOffer)) == 1
        await send(pilot, "maybe")
        # Paused with everything kept; the support details stay on screen.
        assert pilot.app.screen is chat
        assert chat.session is not None and chat.session.status == "paused"
        assert chat.query_one(AnswerBox).read_only
        assert len(chat.query(SupportPanel)) == 1
        assert chat.session_id is not None
        info = journal.get_session(chat.session_id)
        assert info is not None and info.status == "paused"


async def test_the_pause_button_pauses_the_session(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        session_id = chat.session_id
        await pilot.click("#safety-pause")
        await settle(pilot)
        assert session_id is not None
        info = journal.get_session(session_id)
        assert info is not None and info.status == "paused"


async def test_the_stop_button_stops_the_session(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        await pilot.click("#safety-stop")
        await settle(pilot)
        assert chat.session is not None and chat.session.status == "stopped"


async def test_saving_an_entry_that_speaks_of_risk_shows_support_without_blocking(
    app: CoachApp, journal: Journal
) -> None:
    from textual.widgets import TextArea

    async with app.run_test(size=(110, 45)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        pilot.app.screen.query_one("#body", TextArea).text = "My ex keeps following me home."
        await pilot.press("ctrl+s")
        await settle(pilot)
        (entry,) = journal.newest()
        assert entry.body == "My ex keeps following me home."
        notes = [n for n in pilot.app._notifications if "116 123" in n.message]
        assert len(notes) == 1 and notes[0].title == "Your safety comes first"


async def test_a_session_paused_at_risk_resumes_with_only_the_new_offer_standing(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(110, 45)) as pilot:
        chat = await chat_at_risk(pilot)
        session_id = chat.session_id
        await pilot.click("#safety-pause")
        await settle(pilot)
        assert session_id is not None
        if pilot.app.screen is chat:
            await pilot.press("escape")
            await settle(pilot)
        pilot.app.action_resume(session_id)  # type: ignore[attr-defined]
        await settle(pilot)
        resumed = pilot.app.screen
        assert isinstance(resumed, ChatScreen) and resumed is not chat
        offers = list(resumed.query(SupportPanel)) + list(resumed.query(ChoiceOffer))
        assert len(offers) == 2
        enabled = [b for b in resumed.query(Button) if not b.disabled]
        assert [str(b.label) for b in enabled] == ["Pause", "Stop", "Carry on"]
        assert enabled[0].parent is not None
        assert enabled[0].parent.parent is resumed.query_one(ChoiceOffer)
        await pilot.click(f"#{enabled[2].id}")
        await settle(pilot)
        assert resumed.session is not None and resumed.session.awaiting == "answer"
