-- Benchmark aggregates, maintained on every submission in the same atomic write as the assessment.
-- A peer group is SBI section × size class × region, with broader groups where a part is '*'. Each
-- organisation counts once per framework version and period ('all', or the quarter of submission,
-- e.g. '2026Q4'): its latest submitted assessment there. Reading a benchmark never scans assessments.
-- Counts change by signed deltas in multi-row upserts, so they carry no CHECK (>= 0): SQLite checks
-- the row to insert before it finds the conflict. The rebuild test keeps them honest.

CREATE TABLE benchmark_contributions (
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  PRIMARY KEY (framework_version, period, organisation_id)
);

-- The same optimistic guard as assessments: a write names the revision it replaces.
CREATE TRIGGER benchmark_contributions_revision_guard
BEFORE UPDATE OF revision ON benchmark_contributions
WHEN NEW.revision <> OLD.revision + 1
BEGIN
  SELECT RAISE(ABORT, 'stale benchmark contribution');
END;

CREATE TABLE benchmark_groups (
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  group_key TEXT NOT NULL,
  organisations INTEGER NOT NULL,
  PRIMARY KEY (framework_version, period, group_key)
);

-- Score histograms at 1-point resolution: bin b holds scores in [b, b + 1) (100 holds 100).
CREATE TABLE benchmark_score_bins (
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  group_key TEXT NOT NULL,
  measure TEXT NOT NULL,
  bin INTEGER NOT NULL CHECK (bin BETWEEN 0 AND 100),
  organisations INTEGER NOT NULL,
  PRIMARY KEY (framework_version, period, group_key, measure, bin)
);

-- Per practice, how many organisations answered each level ('0'–'4') or 'na'.
CREATE TABLE benchmark_practice_levels (
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  group_key TEXT NOT NULL,
  practice_id TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('0', '1', '2', '3', '4', 'na')),
  organisations INTEGER NOT NULL,
  PRIMARY KEY (framework_version, period, group_key, practice_id, level)
);
