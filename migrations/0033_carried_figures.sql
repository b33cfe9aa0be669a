-- Per-figure carry (docs/privacy.md, "Per figure"): a release may refresh a lattice's membership while
-- some figures (one practice's shares, one measure's distribution, one workforce median) keep the
-- values of an earlier state in every group. Which ones, and the release whose state they rest on.
-- Per lattice of a release: a JSON object, figure name → the release that published its values from
-- its own members; NULL when every figure rests on the lattice's own members.
ALTER TABLE benchmark_release_lattices ADD COLUMN carried_figures TEXT;
-- Per kept published state: the names of the figures it carried (JSON array, in chunk 0), so a later
-- cut compares each figure only with the states that published it. NULL: none.
ALTER TABLE benchmark_lattice_states ADD COLUMN carried_figures TEXT;
