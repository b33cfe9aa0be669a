/**
 * The database schema as Kysely sees it: one interface per table, mirroring `migrations/`.
 * A table is added here in the same change as the migration that creates it.
 */

export interface OrganisationsTable {
  id: string;
  name: string;
  kvk_number: string | null;
  sbi_section: string;
  sbi_code: string | null;
  headcount: number;
  size_class: string;
  region: string;
  labour_market_region: string | null;
  has_hr_department: number;
  legal_form: string | null;
  created_by_client_id: string;
  created_at: string;
  updated_at: string;
}

export interface ClientsTable {
  id: string;
  name: string;
  role: string;
  status: string;
  secret_hash: string;
  organisation_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClientOrganisationsTable {
  client_id: string;
  organisation_id: string;
  created_at: string;
}

export interface ClientSectionsTable {
  client_id: string;
  sbi_section: string;
}

export interface SigningKeysTable {
  kid: string;
  private_jwk: string;
  created_at: string;
}

export interface FrameworkVersionsTable {
  version: string;
  status: string;
  predecessor: string | null;
  content: string;
  changes: string;
  content_hash: string;
  practice_count: number;
  created_at: string;
  published_at: string | null;
  retired_at: string | null;
}

export interface FrameworkPracticesTable {
  version: string;
  practice_id: string;
  position: number;
  content: string;
}

export interface DatabaseSchema {
  framework_versions: FrameworkVersionsTable;
  framework_practices: FrameworkPracticesTable;
  organisations: OrganisationsTable;
  clients: ClientsTable;
  client_organisations: ClientOrganisationsTable;
  client_sections: ClientSectionsTable;
  signing_keys: SigningKeysTable;
}
