"""The session's opening and closing moves: reviews, the commitment, the check-out.

A session opens by following up commitments from earlier sessions, and closes by
asking for one practical commitment and how the person feels now.
"""

from __future__ import annotations

from coach.engine.analyser import Analysis
from coach.engine.dates import find_due_date, nice_date
from coach.engine.model import Kind
from coach.engine.replies import read_status
from coach.engine.session_voice import Voice


class CloseMoves(Voice):
    """Reviews of earlier commitments, the new commitment, the check-out and the close."""

    _review_index: int

    def _begin_conversation(self) -> None:
        """Commitments to review first, if there are any; then the first stage."""
        if self.reviews:
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])

    def _on_gentle(self, text: str, analysis: Analysis) -> None:
        self._say(Kind.NOTE, self._render("gentle_thanks"))
        self._begin_conversation()

    # ------------------------------------------------------------------ reviews

    def _ask_review(self) -> None:
        review = self.reviews[self._review_index]
        due = nice_date(review.due) if review.due else None
        self._ask(Kind.COMMITMENT_REVIEW,
                  self._render("commitment_review", text=review.text, due=due),
                  None, {"commitment_id": review.id})
        self.awaiting = "review"

    def _on_review(self, text: str, analysis: Analysis) -> None:
        self._ask(Kind.COMMITMENT_STATUS, self._render("commitment_status"), None)
        self.awaiting = "review-status"

    def _on_review_status(self, text: str, analysis: Analysis) -> None:
        status = read_status(text) or "open"
        self._say(Kind.NOTE, self._render("commitment_noted", status=status))
        self._next_review()

    def _next_review(self) -> None:
        self._review_index += 1
        if self._review_index < len(self.reviews):
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])

    def _review_data(self, text: str) -> dict[str, object]:
        status = read_status(text) or "open"
        return {"commitment_id": self.reviews[self._review_index].id, "status": status}

    # ------------------------------------------------------------------ the close

    def _ask_commitment(self) -> None:
        self.stage_state = None
        self._ask(Kind.COMMITMENT, self._render("commitment"), None)
        self.awaiting = "commitment"

    def _commitment_data(self, text: str) -> dict[str, object]:
        due = find_due_date(text, self.today())
        return {"commitment": text.strip(), "due": due.isoformat() if due else None}

    def _on_commitment(self, text: str, analysis: Analysis) -> None:
        self.commitment = text.strip()
        self.commitment_due = find_due_date(text, self.today())
        self._ask_checkout()

    def _ask_checkout(self) -> None:
        self._reflection = None
        self._ask(Kind.CHECKOUT, self._render("checkout"), None)
        self.awaiting = "checkout"

    def _on_checkout(self, text: str, analysis: Analysis) -> None:
        self._acknowledge(text, None, about_self=True)
        self._close()

    def _close(self) -> None:
        due = nice_date(self.commitment_due.isoformat()) if self.commitment_due else None
        self._say(Kind.CLOSE, self._render("close", commitment=self.commitment, due=due))
        self._end("finished")

