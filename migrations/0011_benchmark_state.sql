-- One counter that changes with every change of the benchmark aggregates, so an instance can keep
-- what it read of them (group counts, the publishable set, histograms, practice levels) until it
-- changes. Every change of the aggregates goes with a change of a contribution (a submission, a
-- resubmission, an erasure, a rebuild), in the same atomic write; the triggers bump the counter there.
CREATE TABLE benchmark_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL
);
INSERT INTO benchmark_state (id, revision) VALUES (1, 0);

CREATE TRIGGER benchmark_state_after_contribution_insert
AFTER INSERT ON benchmark_contributions
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;

CREATE TRIGGER benchmark_state_after_contribution_update
AFTER UPDATE ON benchmark_contributions
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;

CREATE TRIGGER benchmark_state_after_contribution_delete
AFTER DELETE ON benchmark_contributions
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;
