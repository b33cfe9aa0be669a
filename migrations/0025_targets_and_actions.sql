-- Issue 19: the employer's plan. Actions turn a practice into a decision (a target maturity, an owner
-- given as a role or team, a due date, a status); targets set a measurable goal on one of the
-- workforce shares a submission snapshots. Organisation-level only: no person is named or described.
-- Both go with the organisation (erasure), and carry a revision for If-Match like assessments.

CREATE TABLE actions (
  id TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  target_level INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 4),
  owner TEXT NOT NULL CHECK (length(owner) BETWEEN 1 AND 100),
  due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'done', 'dropped')),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX actions_by_organisation ON actions (organisation_id, created_at, id);
-- For the due-action events (webhooks): the open actions by due date.
CREATE INDEX actions_by_due_date ON actions (due_date, id) WHERE status IN ('planned', 'inProgress');

CREATE TRIGGER actions_revision_guard
BEFORE UPDATE OF revision ON actions
WHEN NEW.revision <> OLD.revision + 1
BEGIN
  SELECT RAISE(ABORT, 'stale action revision');
END;

CREATE TABLE targets (
  id TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  measure TEXT NOT NULL CHECK (measure IN (
    'migrationBackgroundShare',
    'migrationBackgroundManagementShare',
    'migrationBackgroundHiresShare',
    'learningParticipationWithMigrationBackground',
    'learningParticipationWithoutMigrationBackground'
  )),
  baseline_value REAL NOT NULL CHECK (baseline_value BETWEEN 0 AND 100),
  baseline_date TEXT NOT NULL CHECK (baseline_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  target_value REAL NOT NULL CHECK (target_value BETWEEN 0 AND 100),
  target_date TEXT NOT NULL CHECK (target_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (target_date > baseline_date)
);
CREATE INDEX targets_by_organisation ON targets (organisation_id, created_at, id);

CREATE TRIGGER targets_revision_guard
BEFORE UPDATE OF revision ON targets
WHEN NEW.revision <> OLD.revision + 1
BEGIN
  SELECT RAISE(ABORT, 'stale target revision');
END;
