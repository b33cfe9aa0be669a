-- Workforce context (organisation-level figures only), self-assessments with their answers, and the
-- stored responses of idempotent POSTs.

CREATE TABLE organisation_workforce (
  organisation_id TEXT PRIMARY KEY NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  reference_year INTEGER,
  migration_background_share REAL CHECK (migration_background_share BETWEEN 0 AND 100),
  migration_background_management_share REAL CHECK (migration_background_management_share BETWEEN 0 AND 100),
  migration_background_hires_share REAL CHECK (migration_background_hires_share BETWEEN 0 AND 100),
  learning_participation_with_migration_background REAL CHECK (learning_participation_with_migration_background BETWEEN 0 AND 100),
  learning_participation_without_migration_background REAL CHECK (learning_participation_without_migration_background BETWEEN 0 AND 100),
  aged_over_55_share REAL CHECK (aged_over_55_share BETWEEN 0 AND 100),
  at_most_mbo2_share REAL CHECK (at_most_mbo2_share BETWEEN 0 AND 100),
  routine_work_share REAL CHECK (routine_work_share BETWEEN 0 AND 100),
  updated_at TEXT NOT NULL
);

CREATE TABLE assessments (
  id TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  framework_version TEXT NOT NULL REFERENCES framework_versions (version),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
  -- Bumped by every write; the ETag. Writes name the revision they expect (see the trigger).
  revision INTEGER NOT NULL,
  -- The organisation's context when the assessment was created; fixed at submission.
  size_class TEXT NOT NULL,
  sbi_section TEXT NOT NULL,
  region TEXT NOT NULL,
  has_hr_department INTEGER NOT NULL,
  scores TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  CHECK ((status = 'submitted') = (scores IS NOT NULL AND submitted_at IS NOT NULL))
);
CREATE INDEX assessments_by_organisation ON assessments (organisation_id, created_at, id);

CREATE TABLE assessment_answers (
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  maturity INTEGER CHECK (maturity BETWEEN 0 AND 4),
  not_applicable INTEGER NOT NULL CHECK (not_applicable IN (0, 1)),
  comment TEXT CHECK (comment IS NULL OR length(comment) <= 1000),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, practice_id),
  CHECK ((not_applicable = 1 AND maturity IS NULL) OR (not_applicable = 0 AND maturity IS NOT NULL))
);

-- Optimistic concurrency inside one atomic write (D1 has no interactive transactions): a write first
-- sets the revision it expects plus one; if someone wrote in between, this aborts the whole write.
CREATE TRIGGER assessments_revision_guard
BEFORE UPDATE OF revision ON assessments
WHEN NEW.revision <> OLD.revision + 1
BEGIN
  SELECT RAISE(ABORT, 'stale assessment revision');
END;

CREATE TRIGGER assessments_submitted_frozen
BEFORE UPDATE ON assessments
WHEN OLD.status = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'a submitted assessment is immutable');
END;

CREATE TRIGGER assessment_answers_insert_frozen
BEFORE INSERT ON assessment_answers
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a submitted assessment is immutable');
END;

CREATE TRIGGER assessment_answers_update_frozen
BEFORE UPDATE ON assessment_answers
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a submitted assessment is immutable');
END;

CREATE TABLE idempotency_keys (
  client_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('in_progress', 'completed')),
  response_status INTEGER,
  response_headers TEXT,
  response_body TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (client_id, idempotency_key)
);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
