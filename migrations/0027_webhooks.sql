-- Signed webhooks for HR tools (issue 19, the Standard Webhooks specification).
--
-- A client subscribes an https URL to event types its role may see. The secret signs every delivery
-- (HMAC-SHA256), so it is kept as issued: the client holds it to verify, we hold it to sign.
CREATE TABLE webhook_subscriptions (
  id TEXT PRIMARY KEY NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  -- JSON array of event types, e.g. ["assessment.submitted"].
  event_types TEXT NOT NULL,
  secret TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
  -- Why it is disabled (by its client, or by the deliverer after persistent failure).
  disabled_reason TEXT,
  disabled_at TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX webhook_subscriptions_by_client ON webhook_subscriptions (client_id, created_at, id);

-- The outbox: one row per event, written in the same atomic write as the change it reports.
-- A per-organisation event goes with its organisation (erasure leaves no trace of it).
CREATE TABLE webhook_events (
  id TEXT PRIMARY KEY NOT NULL,
  type TEXT NOT NULL,
  organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
  -- The `data` of the payload (JSON): ids and links only, never answers or workforce figures.
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- 0 until the deliverer has made one delivery per matching subscription.
  fanned_out INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_events_to_fan_out ON webhook_events (fanned_out, created_at);

-- One event for one subscription, until delivered, failed for good or dropped.
CREATE TABLE webhook_deliveries (
  subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'dropped')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);

-- Every attempt, as the subscriber sees it at GET /v1/webhooks/{id}/deliveries. No organisation id:
-- the event id is opaque once its event is gone.
CREATE TABLE webhook_delivery_attempts (
  id TEXT PRIMARY KEY NOT NULL,
  subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed', 'dropped')),
  response_status INTEGER,
  error TEXT,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX webhook_delivery_attempts_by_subscription
  ON webhook_delivery_attempts (subscription_id, created_at, id);
