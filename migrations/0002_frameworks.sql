-- Practice framework versions (the menukaart). A version is a draft, published or retired; once it
-- leaves draft its content never changes (the triggers below enforce it in the database itself).
-- `content` is the version's JSON without its practices; each practice is a row of its own, so no
-- statement exceeds D1's statement size when a version is loaded by a migration.

CREATE TABLE framework_versions (
  version TEXT PRIMARY KEY NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  predecessor TEXT,
  content TEXT NOT NULL,
  changes TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  practice_count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  published_at TEXT,
  retired_at TEXT
);

CREATE TABLE framework_practices (
  version TEXT NOT NULL REFERENCES framework_versions (version) ON DELETE CASCADE,
  practice_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (version, practice_id)
);
CREATE INDEX framework_practices_by_position ON framework_practices (version, position);

CREATE TRIGGER framework_versions_status_flow
BEFORE UPDATE OF status ON framework_versions
WHEN NOT (OLD.status = NEW.status
  OR (OLD.status = 'draft' AND NEW.status = 'published')
  OR (OLD.status = 'published' AND NEW.status = 'retired'))
BEGIN
  SELECT RAISE(ABORT, 'framework status can only go draft -> published -> retired');
END;

CREATE TRIGGER framework_versions_content_frozen
BEFORE UPDATE OF version, predecessor, content, changes, content_hash, practice_count ON framework_versions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published framework version is immutable: make a new version');
END;

CREATE TRIGGER framework_versions_keep_released
BEFORE DELETE ON framework_versions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published framework version cannot be deleted; retire it');
END;

CREATE TRIGGER framework_practices_insert_frozen
BEFORE INSERT ON framework_practices
WHEN (SELECT status FROM framework_versions WHERE version = NEW.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published framework version is immutable: make a new version');
END;

CREATE TRIGGER framework_practices_update_frozen
BEFORE UPDATE ON framework_practices
WHEN (SELECT status FROM framework_versions WHERE version = OLD.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published framework version is immutable: make a new version');
END;

CREATE TRIGGER framework_practices_delete_frozen
BEFORE DELETE ON framework_practices
WHEN (SELECT status FROM framework_versions WHERE version = OLD.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published framework version is immutable: make a new version');
END;
