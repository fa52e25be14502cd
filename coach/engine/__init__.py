"""The coaching engine: pure logic, no Textual and no database.

Import the pieces from their modules (``coach.engine.session``,
``coach.engine.frameworks`` ...); this package stays cheap to import.
"""
