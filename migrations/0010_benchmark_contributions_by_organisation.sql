-- An organisation's contributions by organisation first: the organisation benchmark (its latest
-- contribution in period 'all', any framework version) and an erasure look them up without the
-- framework version, which the primary key needs first, so without this they scan every contribution.
CREATE INDEX benchmark_contributions_by_organisation ON benchmark_contributions (organisation_id, period);
