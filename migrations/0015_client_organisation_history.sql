-- Which organisations each non-admin client controls or ever controlled: an integration client the
-- ones it registered or was linked to, an employer client its own. What a client once knew it keeps
-- knowing, so unlinking leaves the row; erasing the organisation (or the client) removes it. The
-- benchmark disclosure rules count, per client, the members of a group it controls
-- (docs/privacy.md, "Clients that control organisations"). Triggers keep it, so no write path can
-- forget to.
CREATE TABLE client_organisation_history (
  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  since TEXT NOT NULL,
  PRIMARY KEY (client_id, organisation_id)
);
CREATE INDEX client_organisation_history_by_organisation ON client_organisation_history (organisation_id);

INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
SELECT client_id, organisation_id, created_at FROM client_organisations;
INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
SELECT id, organisation_id, created_at FROM clients WHERE organisation_id IS NOT NULL;
INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
SELECT organisations.created_by_client_id, organisations.id, organisations.created_at
FROM organisations JOIN clients ON clients.id = organisations.created_by_client_id
WHERE clients.role <> 'admin';

CREATE TRIGGER client_organisation_history_after_link
AFTER INSERT ON client_organisations
BEGIN
  INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
  VALUES (NEW.client_id, NEW.organisation_id, NEW.created_at);
END;

CREATE TRIGGER client_organisation_history_after_employer_client
AFTER INSERT ON clients
WHEN NEW.organisation_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
  VALUES (NEW.id, NEW.organisation_id, NEW.created_at);
END;

CREATE TRIGGER client_organisation_history_after_employer_rebind
AFTER UPDATE OF organisation_id ON clients
WHEN NEW.organisation_id IS NOT NULL
BEGIN
  INSERT OR IGNORE INTO client_organisation_history (client_id, organisation_id, since)
  VALUES (NEW.id, NEW.organisation_id, NEW.updated_at);
END;

-- What a client controls changes what may be published: the benchmark read cache (migration 0011)
-- must see it, as must a change of KvK number (distinct organisations are counted by KvK number).
CREATE TRIGGER benchmark_state_after_history_insert
AFTER INSERT ON client_organisation_history
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;

CREATE TRIGGER benchmark_state_after_history_delete
AFTER DELETE ON client_organisation_history
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;

CREATE TRIGGER benchmark_state_after_kvk_change
AFTER UPDATE OF kvk_number ON organisations
WHEN COALESCE(OLD.kvk_number, '') <> COALESCE(NEW.kvk_number, '')
BEGIN
  UPDATE benchmark_state SET revision = revision + 1 WHERE id = 1;
END;
