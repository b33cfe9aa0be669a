-- Who controlled an organisation when it was erased (docs/privacy.md, "Who knew a member"): written in
-- the erasure's atomic write, before its client history rows go with it, next to the opaque member key
-- a release keeps (never the organisation's id). A client linked after a cut to an organisation erased
-- before the next cut knew it although no release saw the link; the next cut counts it as known to that
-- client. Kept until every stored release was cut after the erasure (no kept figures hold the member).
CREATE TABLE benchmark_erased_controllers (
  member_key TEXT NOT NULL,
  client_id TEXT NOT NULL,
  erased_at TEXT NOT NULL,
  PRIMARY KEY (member_key, client_id)
);
