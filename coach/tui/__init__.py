"""The Textual app: home, the coaching chat, the journal, commitments and trends."""
