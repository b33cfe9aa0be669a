-- Every published state of each lattice (docs/privacy.md, "Every published state"): what the change
-- threshold compares a cut with, kept for as long as a reader may hold the figures, so after the
-- release's figures are pruned (BENCHMARK_RELEASES_KEPT). Per member its opaque key, peer context,
-- content hash, entity key, the clients that knew it and its figure mask, never a figure; with the
-- groups the state published. Written once per distinct state (a carried lattice publishes the same
-- state again; a refresh with the same members and groups as a stored state adds nothing).
CREATE TABLE benchmark_lattice_states (
  framework_version TEXT NOT NULL,
  period TEXT NOT NULL,
  -- The release whose figures first published this state (it may have been pruned since).
  figures_release_id INTEGER NOT NULL,
  chunk INTEGER NOT NULL,
  cut_at TEXT NOT NULL,
  -- A hash of the members (without who knew them) and the published groups: the same state is stored once.
  state_hash TEXT NOT NULL,
  -- The published group keys (JSON array), in chunk 0; '[]' in the other chunks.
  published TEXT NOT NULL,
  members TEXT NOT NULL,
  PRIMARY KEY (framework_version, period, figures_release_id, chunk)
);
CREATE INDEX benchmark_lattice_states_hash ON benchmark_lattice_states (framework_version, period, state_hash);

-- The states of the releases kept so far: each refreshed lattice's members as its release stored
-- them, with the groups it published. Hashed by release (not by content: such a state is stored once
-- anyway, and a later identical state is then stored again, which only costs a comparison).
INSERT INTO benchmark_lattice_states
  (framework_version, period, figures_release_id, chunk, cut_at, state_hash, published, members)
SELECT
  m.framework_version,
  m.period,
  m.release_id,
  m.chunk,
  r.cut_at,
  'release ' || m.release_id,
  CASE WHEN m.chunk = 0 THEN (
    SELECT json_group_array(g.group_key)
    FROM benchmark_release_groups g
    WHERE g.release_id = m.release_id AND g.framework_version = m.framework_version AND g.period = m.period
  ) ELSE '[]' END,
  m.members
FROM benchmark_release_members m
JOIN benchmark_releases r ON r.id = m.release_id AND r.status = 'published'
JOIN benchmark_release_lattices l
  ON l.release_id = m.release_id AND l.framework_version = m.framework_version AND l.period = m.period
  AND l.figures_release_id = m.release_id;
