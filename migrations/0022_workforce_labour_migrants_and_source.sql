-- Workforce context, issue 17: the shares of labour migrants, agency workers and statushouders (they
-- bring the practices for those groups forward), the headcounts that show whether a share describes
-- enough people (managers, last year's hires), and where the figures came from. Still one row per
-- organisation, organisation-level figures only.

ALTER TABLE organisation_workforce ADD COLUMN labour_migrant_share REAL CHECK (labour_migrant_share BETWEEN 0 AND 100);
ALTER TABLE organisation_workforce ADD COLUMN agency_worker_share REAL CHECK (agency_worker_share BETWEEN 0 AND 100);
ALTER TABLE organisation_workforce ADD COLUMN statushouder_share REAL CHECK (statushouder_share BETWEEN 0 AND 100);
ALTER TABLE organisation_workforce ADD COLUMN manager_count INTEGER CHECK (manager_count >= 0);
ALTER TABLE organisation_workforce ADD COLUMN hires_count INTEGER CHECK (hires_count >= 0);
ALTER TABLE organisation_workforce ADD COLUMN source TEXT CHECK (source IN ('survey', 'cbsBarometer', 'hrSystem', 'estimate'));
