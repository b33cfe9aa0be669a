-- One guard per organisation over its benchmark contributions: a submission and an erasure of the
-- same organisation (or two submissions) each claim the next revision inside their atomic write, so
-- when they race, one of them aborts instead of leaving the aggregates wrong.
ALTER TABLE organisations ADD COLUMN benchmark_revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER organisations_benchmark_revision_guard
BEFORE UPDATE OF benchmark_revision ON organisations
WHEN NEW.benchmark_revision <> OLD.benchmark_revision + 1
BEGIN
  SELECT RAISE(ABORT, 'stale organisation benchmark revision');
END;
