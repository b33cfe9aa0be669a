-- Access ends everywhere at once. Every access token and report link carries the credential
-- generation of the client it was issued to; rotating the client's secret bumps it, so every token
-- and link issued before stops working at the moment of the rotation (checked where the client is
-- looked up anyway). Links made before this migration carry no generation and count as generation 0.
ALTER TABLE clients ADD COLUMN credential_generation INTEGER NOT NULL DEFAULT 0;

-- The generation a report link was made under, so a link can be checked without opening its token
-- (and listed as revoked once its client's generation moved on).
ALTER TABLE report_links ADD COLUMN client_generation INTEGER NOT NULL DEFAULT 0;

-- Unlinking an integration client from an organisation revokes the links it made for that
-- organisation in the same write; this index finds them.
CREATE INDEX report_links_by_client ON report_links (created_by_client, organisation_id);
