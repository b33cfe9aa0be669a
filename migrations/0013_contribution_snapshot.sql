-- What a submission contributes to the benchmark, frozen with it: the workforce figures as they were
-- at submission (the live workforce context stays the employer's own view and may change at any time;
-- only this snapshot feeds peer medians), and a hash of answers, scores and that snapshot, so a
-- release cut can tell a resubmission that changed nothing from one that changed something.
ALTER TABLE assessments ADD COLUMN workforce_snapshot TEXT;
ALTER TABLE assessments ADD COLUMN contribution_hash TEXT;

-- Submissions from before this migration: their workforce as it is now, and their own id as the
-- hash (a new submission of the same answers then counts as a change once, which is only stricter).
-- The frozen-assessment trigger refuses updates of submitted rows, so it is set aside for the backfill.
DROP TRIGGER assessments_submitted_frozen;
UPDATE assessments
SET
  contribution_hash = id,
  workforce_snapshot = (
    SELECT json_object(
      'migrationBackgroundShare', w.migration_background_share,
      'migrationBackgroundManagementShare', w.migration_background_management_share,
      'migrationBackgroundHiresShare', w.migration_background_hires_share,
      'learningParticipationWithMigrationBackground', w.learning_participation_with_migration_background,
      'learningParticipationWithoutMigrationBackground', w.learning_participation_without_migration_background
    )
    FROM organisation_workforce AS w
    WHERE w.organisation_id = assessments.organisation_id
  )
WHERE status = 'submitted';
CREATE TRIGGER assessments_submitted_frozen
BEFORE UPDATE ON assessments
WHEN OLD.status = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'a submitted assessment is immutable');
END;
