-- The live aggregates are gone: a submission or an erasure now changes only the organisation's
-- benchmark contribution rows (one statement instead of about 820 aggregate upserts per submission),
-- and a release cut folds the contributions into the figures it publishes (src/store/benchmark-
-- releases.ts). Nothing read these tables but the cut; dropping them also drops every count an erased
-- organisation ever added to them. benchmark_contributions and benchmark_state stay.
DROP TABLE IF EXISTS benchmark_practice_levels;
DROP TABLE IF EXISTS benchmark_score_bins;
DROP TABLE IF EXISTS benchmark_groups;
