-- Counted uses with a limit per subject and window (docs/privacy.md, "Probing limits"): what-if
-- calls and new assessment rounds per organisation, registrations per integration client. The row
-- carries the window and limit it was admitted under; the trigger refuses the insert, and with it the
-- whole atomic write it belongs to (a D1 batch or a SQLite transaction), when the subject's uses in
-- that window have reached the limit. Check and count are one statement, so concurrent requests
-- cannot both take the last use. Holds only opaque ids and times; an erasure removes the
-- organisation's rows.
CREATE TABLE usage_events (
  subject_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('what-if', 'assessment', 'registration')),
  occurred_at TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_limit INTEGER NOT NULL CHECK (window_limit >= 1)
);
CREATE INDEX usage_events_by_subject ON usage_events (subject_id, kind, occurred_at);

CREATE TRIGGER usage_events_limit
BEFORE INSERT ON usage_events
WHEN (
  SELECT count(*) FROM usage_events
  WHERE subject_id = NEW.subject_id AND kind = NEW.kind AND occurred_at >= NEW.window_start
) >= NEW.window_limit
BEGIN
  SELECT RAISE(ABORT, 'usage limit reached');
END;
