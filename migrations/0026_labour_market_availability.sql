-- Labour-market availability (issue 19): public reference figures of the share of the working
-- population with a migration background per SBI section × province (and per education level where
-- the source has it), each row with its source, year and licence. Versioned like the framework: an
-- admin loads a draft, publishes it, and from then on it never changes; reads use the newest
-- published version. '*' stands for "all" (all sections, all provinces, all education levels), so
-- the key has no NULLs; the national figure is the row '*' × '*' × '*'.

CREATE TABLE labour_market_versions (
  version TEXT PRIMARY KEY NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  row_count INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  published_at TEXT
);

CREATE TABLE labour_market_availability (
  version TEXT NOT NULL REFERENCES labour_market_versions (version) ON DELETE CASCADE,
  sbi_section TEXT NOT NULL,
  region TEXT NOT NULL,
  education_level TEXT NOT NULL CHECK (education_level IN ('*', 'low', 'middle', 'high')),
  share REAL NOT NULL CHECK (share BETWEEN 0 AND 100),
  source TEXT NOT NULL,
  year INTEGER NOT NULL,
  licence TEXT NOT NULL,
  PRIMARY KEY (version, sbi_section, region, education_level)
);

CREATE TRIGGER labour_market_versions_status_flow
BEFORE UPDATE OF status ON labour_market_versions
WHEN NOT (OLD.status = NEW.status OR (OLD.status = 'draft' AND NEW.status = 'published'))
BEGIN
  SELECT RAISE(ABORT, 'a labour-market version can only go draft -> published');
END;

CREATE TRIGGER labour_market_versions_content_frozen
BEFORE UPDATE OF version, row_count, content_hash ON labour_market_versions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published labour-market version is immutable: load a new version');
END;

CREATE TRIGGER labour_market_versions_keep_published
BEFORE DELETE ON labour_market_versions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published labour-market version cannot be deleted');
END;

CREATE TRIGGER labour_market_availability_insert_frozen
BEFORE INSERT ON labour_market_availability
WHEN (SELECT status FROM labour_market_versions WHERE version = NEW.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published labour-market version is immutable: load a new version');
END;

CREATE TRIGGER labour_market_availability_update_frozen
BEFORE UPDATE ON labour_market_availability
WHEN (SELECT status FROM labour_market_versions WHERE version = OLD.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published labour-market version is immutable: load a new version');
END;

CREATE TRIGGER labour_market_availability_delete_frozen
BEFORE DELETE ON labour_market_availability
WHEN (SELECT status FROM labour_market_versions WHERE version = OLD.version) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a published labour-market version is immutable: load a new version');
END;
