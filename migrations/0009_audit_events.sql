-- The audit log: one row per successful write through the API, written in the same atomic write as
-- the change where the operation uses one. Who (client id and role), what (resource type, resource
-- id, action), when, and the request id. Never a secret, a request body or a workforce figure: only
-- opaque ids. No foreign keys: an event outlives the client or organisation it names (erasure
-- removes the organisation's data, not the record that it was created, changed and erased).
CREATE TABLE audit_events (
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_role TEXT NOT NULL,
  action TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  request_id TEXT NOT NULL
);

-- Newest first, for the list and its cursor; and by client and by resource, for the filters.
CREATE INDEX audit_events_by_time ON audit_events (created_at, id);
CREATE INDEX audit_events_by_client ON audit_events (client_id, created_at, id);
CREATE INDEX audit_events_by_resource ON audit_events (resource_type, resource_id, created_at, id);
