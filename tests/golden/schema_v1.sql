-- A journal made by the first schema (0001_journal), kept to test migrations.
PRAGMA user_version = 1;
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'free',
    title TEXT,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    framework TEXT,
    mood INTEGER
);
CREATE TABLE tags (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    framework TEXT NOT NULL,
    seed INTEGER NOT NULL,
    title TEXT,
    kind TEXT NOT NULL DEFAULT 'session',
    status TEXT NOT NULL DEFAULT 'active',
    started TEXT NOT NULL,
    updated TEXT NOT NULL,
    entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL,
    meta TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE turns (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    kind TEXT NOT NULL,
    stage TEXT,
    text TEXT NOT NULL,
    data TEXT,
    created TEXT NOT NULL,
    PRIMARY KEY (session_id, idx)
);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    source TEXT NOT NULL DEFAULT 'session'
);
CREATE VIRTUAL TABLE "entries_fts" USING FTS5 (
    "title", "body",
    tokenize='porter unicode61 remove_diacritics 2',
    content="entries"
);
CREATE TRIGGER "entries_ai" AFTER INSERT ON "entries" BEGIN
  INSERT INTO "entries_fts" (rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;
CREATE TRIGGER "entries_ad" AFTER DELETE ON "entries" BEGIN
  INSERT INTO "entries_fts" ("entries_fts", rowid, "title", "body") VALUES('delete', old.rowid, old."title", old."body");
END;
CREATE TRIGGER "entries_au" AFTER UPDATE ON "entries" BEGIN
  INSERT INTO "entries_fts" ("entries_fts", rowid, "title", "body") VALUES('delete', old.rowid, old."title", old."body");
  INSERT INTO "entries_fts" (rowid, "title", "body") VALUES (new.rowid, new."title", new."body");
END;
INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('coach', '0001_journal', '2026-01-05 10:00:00.000000+00:00');
INSERT INTO entries (id, kind, title, body, created, updated, starred, framework, mood) VALUES (1, 'free', 'First light', 'Listening before speaking, again.', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z', 1, NULL, 3);
INSERT INTO entries (id, kind, title, body, created, updated, starred, framework, mood) VALUES (2, 'session', 'Grow — 6 Jan 2026', 'Goal: delegate the rota.', '2026-01-06T09:30:00Z', '2026-01-06T09:45:00Z', 0, 'grow', NULL);
INSERT INTO tags (entry_id, tag) VALUES (1, 'listening');
INSERT INTO sessions (id, framework, seed, title, kind, status, started, updated, entry_id, meta) VALUES (1, 'grow', 4, NULL, 'session', 'finished', '2026-01-06T09:30:00Z', '2026-01-06T09:45:00Z', 2, '{}');
INSERT INTO turns (session_id, idx, speaker, kind, stage, text, data, created) VALUES (1, 0, 'coach', 'question', 'goal', 'What do you want?', NULL, '2026-01-06T09:30:00Z');
INSERT INTO turns (session_id, idx, speaker, kind, stage, text, data, created) VALUES (1, 1, 'you', 'answer', 'goal', 'To delegate the rota', NULL, '2026-01-06T09:31:00Z');
INSERT INTO commitments (id, text, due, status, created, updated, session_id, source) VALUES (1, 'hand the rota to Ana', '2026-01-09', 'open', '2026-01-06T09:44:00Z', '2026-01-06T09:44:00Z', 1, 'session');
