-- Organisations (employers), API clients with their roles and scope of access, and JWT signing keys.
-- Timestamps are ISO 8601 UTC text. Ids are opaque random strings (never sequential).

CREATE TABLE organisations (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  kvk_number TEXT,
  sbi_section TEXT NOT NULL CHECK (sbi_section IN ('A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T','U')),
  sbi_code TEXT,
  headcount INTEGER NOT NULL CHECK (headcount >= 1),
  size_class TEXT NOT NULL CHECK (size_class IN ('micro','small','medium','large')),
  region TEXT NOT NULL,
  labour_market_region TEXT,
  has_hr_department INTEGER NOT NULL CHECK (has_hr_department IN (0, 1)),
  legal_form TEXT,
  created_by_client_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organisations_by_created ON organisations (created_at, id);
CREATE INDEX organisations_by_section_size ON organisations (sbi_section, size_class);

CREATE TABLE clients (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin','employer','integration','sector')),
  status TEXT NOT NULL CHECK (status IN ('active','disabled')),
  secret_hash TEXT NOT NULL,
  organisation_id TEXT REFERENCES organisations (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- An employer client is bound to exactly one organisation; no other role is.
  CHECK ((role = 'employer') = (organisation_id IS NOT NULL))
);
CREATE INDEX clients_by_created ON clients (created_at, id);
CREATE INDEX clients_by_organisation ON clients (organisation_id);

-- Organisations an integration client acts for.
CREATE TABLE client_organisations (
  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  PRIMARY KEY (client_id, organisation_id)
);
CREATE INDEX client_organisations_by_organisation ON client_organisations (organisation_id);

-- SBI sections a sector client may read aggregates for.
CREATE TABLE client_sections (
  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  sbi_section TEXT NOT NULL,
  PRIMARY KEY (client_id, sbi_section)
);

-- Signing keys generated and kept by the service when none are configured. The newest signs;
-- every key here verifies until it is removed.
CREATE TABLE signing_keys (
  kid TEXT PRIMARY KEY NOT NULL,
  private_jwk TEXT NOT NULL,
  created_at TEXT NOT NULL
);
