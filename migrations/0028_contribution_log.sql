-- The live aggregates are gone: a submission or an erasure now changes only the organisation's
-- benchmark contribution rows (one statement instead of about 820 aggregate upserts per submission),
-- and a release cut folds the contributions into the figures it publishes (src/store/benchmark-
-- releases.ts). Nothing read these tables but the cut; dropping them also drops every count an erased
-- organisation ever added to them. benchmark_contributions and benchmark_state stay.
DROP TABLE IF EXISTS benchmark_practice_levels;
DROP TABLE IF EXISTS benchmark_score_bins;
DROP TABLE IF EXISTS benchmark_groups;

-- What a submission contributes, frozen with it next to its workforce snapshot: its answers as the
-- cut folds them (a JSON object, practice id -> '0'..'4' or 'na'), so a cut reads one row per member
-- instead of every answer row. A cut falls back to the answers themselves where this is NULL.
ALTER TABLE assessments ADD COLUMN contribution_answers TEXT;

-- Submissions from before this migration get theirs from their answers. The frozen-assessment
-- trigger refuses updates of submitted rows, so it is set aside for the backfill (as in 0013).
DROP TRIGGER assessments_submitted_frozen;
UPDATE assessments
SET contribution_answers = (
  SELECT json_group_object(practice_id, CASE WHEN not_applicable = 1 THEN 'na' ELSE CAST(maturity AS TEXT) END)
  FROM assessment_answers
  WHERE assessment_answers.assessment_id = assessments.id
)
WHERE status = 'submitted';
CREATE TRIGGER assessments_submitted_frozen
BEFORE UPDATE ON assessments
WHEN OLD.status = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'a submitted assessment is immutable');
END;
