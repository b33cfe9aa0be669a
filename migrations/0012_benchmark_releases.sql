-- Benchmark releases (docs/privacy.md): everything others read of the aggregates comes from a frozen,
-- published release, never from the live aggregates. A release is written while status = 'building'
-- (in chunks, within D1's statement limits) and becomes visible only when benchmark_release_current
-- is switched to it, in one statement, last.
CREATE TABLE benchmark_releases (
  id INTEGER PRIMARY KEY,
  cut_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('building', 'published')),
  trigger TEXT NOT NULL,
  minimum_group_size INTEGER NOT NULL
);

-- One row per lattice (framework version × period) in a release. figures_release_id names the release
-- whose figures (groups, members) the lattice shows: itself when the lattice was refreshed, an earlier
-- one when the change threshold carried the lattice forward.
CREATE TABLE benchmark_release_lattices (
  release_id INTEGER NOT NULL REFERENCES benchmark_releases (id) ON DELETE CASCADE,
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  figures_release_id INTEGER NOT NULL,
  PRIMARY KEY (release_id, framework_version, period)
);

-- The published figures of one group, exactly as answers render them (JSON).
CREATE TABLE benchmark_release_groups (
  release_id INTEGER NOT NULL REFERENCES benchmark_releases (id) ON DELETE CASCADE,
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  group_key TEXT NOT NULL,
  figures TEXT NOT NULL,
  PRIMARY KEY (release_id, framework_version, period, group_key)
);

-- What the next cut compares with (the change threshold): per refreshed lattice, each member's
-- hashed organisation id, peer context and content hash, in chunks of JSON. Never read by answers.
CREATE TABLE benchmark_release_members (
  release_id INTEGER NOT NULL REFERENCES benchmark_releases (id) ON DELETE CASCADE,
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  members TEXT NOT NULL,
  PRIMARY KEY (release_id, framework_version, period, chunk)
);

-- The release readers see. Switched last, by one guarded statement.
CREATE TABLE benchmark_release_current (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  release_id INTEGER
);
INSERT INTO benchmark_release_current (id, release_id) VALUES (1, NULL);
