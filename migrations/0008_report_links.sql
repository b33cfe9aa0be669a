-- Report links: a browser cannot send a Bearer header, so an employer opens its benchmark report
-- through a short-lived signed link. The token itself is never stored (it is a JWT signed with the
-- API's keys, whose `jti` is this row's id); the row makes a link listable and revocable. Erasing
-- the organisation erases its links.
CREATE TABLE report_links (
  id TEXT PRIMARY KEY NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_by_client TEXT NOT NULL,
  language TEXT CHECK (language IS NULL OR language IN ('nl', 'en')),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX report_links_by_organisation ON report_links (organisation_id, created_at, id);
