import type { Generated } from "kysely";

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
  benchmark_revision: Generated<number>;
  /** 1 while a KvK number another registration held first awaits an admin's confirmation (migration 0034). */
  kvk_held: Generated<number>;
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
  /** Bumped by a secret rotation: tokens and links of an older generation no longer work (0018). */
  credential_generation: Generated<number>;
}

export interface ClientOrganisationsTable {
  client_id: string;
  organisation_id: string;
  created_at: string;
}

/** What each non-admin client controls or ever controlled (migration 0015, kept by triggers). */
export interface ClientOrganisationHistoryTable {
  client_id: string;
  organisation_id: string;
  since: string;
}

/** Counted uses under a limit (migration 0016). */
export interface UsageEventsTable {
  subject_id: string;
  kind: "what-if" | "assessment" | "registration";
  occurred_at: string;
  window_start: string;
  window_limit: number;
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

export interface OrganisationWorkforceTable {
  organisation_id: string;
  reference_year: number | null;
  migration_background_share: number | null;
  migration_background_management_share: number | null;
  migration_background_hires_share: number | null;
  learning_participation_with_migration_background: number | null;
  learning_participation_without_migration_background: number | null;
  aged_over_55_share: number | null;
  at_most_mbo2_share: number | null;
  routine_work_share: number | null;
  labour_migrant_share: number | null;
  agency_worker_share: number | null;
  statushouder_share: number | null;
  manager_count: number | null;
  hires_count: number | null;
  source: string | null;
  updated_at: string;
}

export interface AssessmentsTable {
  id: string;
  organisation_id: string;
  framework_version: string;
  status: string;
  revision: number;
  size_class: string;
  sbi_section: string;
  region: string;
  has_hr_department: number;
  scores: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** The workforce figures at submission (JSON), migration 0013. */
  workforce_snapshot: string | null;
  /** Hash of answers, scores and workforce snapshot at submission, migration 0013. */
  contribution_hash: string | null;
  /** The answers as a release cut folds them (migration 0028): practice id → level, JSON. */
  contribution_answers: string | null;
}

export interface AssessmentAnswersTable {
  assessment_id: string;
  practice_id: string;
  maturity: number | null;
  not_applicable: number;
  comment: string | null;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  client_id: string;
  idempotency_key: string;
  request_hash: string;
  state: string;
  response_status: number | null;
  response_headers: string | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

export interface BenchmarkContributionsTable {
  framework_version: string;
  period: string;
  organisation_id: string;
  assessment_id: string;
  revision: number;
}

export interface DeploymentFlagsTable {
  name: string;
  value: string;
}

export interface AuditEventsTable {
  id: string;
  created_at: string;
  client_id: string;
  client_role: string;
  action: string;
  resource_type: string;
  resource_id: string;
  request_id: string;
}

export interface ReportLinksTable {
  id: string;
  organisation_id: string;
  created_by_client: string;
  language: "nl" | "en" | null;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** The credential generation of the client that made the link (0018). */
  client_generation: Generated<number>;
}

export interface BenchmarkStateTable {
  id: number;
  revision: number;
}

export interface BenchmarkReleasesTable {
  id: Generated<number>;
  cut_at: string;
  status: string;
  trigger: string;
  minimum_group_size: number;
}

export interface BenchmarkReleaseLatticesTable {
  release_id: number;
  framework_version: string;
  period: string;
  figures_release_id: number;
  /** Figure name → release whose state its values rest on (JSON, migration 0033); null: none carried. */
  carried_figures?: string | null;
}

export interface BenchmarkReleaseGroupsTable {
  release_id: number;
  framework_version: string;
  period: string;
  group_key: string;
  figures: string;
}

export interface BenchmarkReleaseMembersTable {
  release_id: number;
  framework_version: string;
  period: string;
  chunk: number;
  members: string;
}

/** Every published state of a lattice, kept after its release is pruned (migration 0031). */
export interface BenchmarkLatticeStatesTable {
  framework_version: string;
  period: string;
  figures_release_id: number;
  chunk: number;
  cut_at: string;
  state_hash: string;
  published: string;
  members: string;
  /** The figures this state carried (JSON array of names, chunk 0; migration 0033); null: none. */
  carried_figures?: string | null;
}

/** Who controlled an erased organisation, by its opaque member key (migration 0030). */
export interface BenchmarkErasedControllersTable {
  member_key: string;
  client_id: string;
  erased_at: string;
}

export interface BenchmarkReleaseCurrentTable {
  id: number;
  release_id: number | null;
}

export interface ActionsTable {
  id: string;
  organisation_id: string;
  practice_id: string;
  target_level: number;
  owner: string;
  due_date: string;
  status: string;
  note: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  /** The due date the `action.due` event announced (migration 0029); null until then, and again after the due date changes. */
  due_announced_for: string | null;
}

export interface TargetsTable {
  id: string;
  organisation_id: string;
  measure: string;
  baseline_value: number;
  baseline_date: string;
  target_value: number;
  target_date: string;
  note: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** Webhook subscriptions, the event outbox, deliveries and attempts (migration 0027). */
export interface WebhookSubscriptionsTable {
  id: string;
  client_id: string;
  url: string;
  event_types: string;
  secret: string;
  status: string;
  disabled_reason: string | null;
  disabled_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface WebhookEventsTable {
  id: string;
  type: string;
  organisation_id: string | null;
  data: string;
  created_at: string;
  fanned_out: Generated<number>;
}

export interface WebhookDeliveriesTable {
  subscription_id: string;
  event_id: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  created_at: string;
}

export interface WebhookDeliveryAttemptsTable {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  outcome: string;
  response_status: number | null;
  error: string | null;
  next_attempt_at: string | null;
  created_at: string;
}

export interface LabourMarketVersionsTable {
  version: string;
  status: string;
  row_count: number;
  content_hash: string;
  created_at: string;
  published_at: string | null;
}

export interface LabourMarketAvailabilityTable {
  version: string;
  sbi_section: string;
  region: string;
  education_level: string;
  share: number;
  source: string;
  year: number;
  licence: string;
}

export interface DatabaseSchema {
  labour_market_versions: LabourMarketVersionsTable;
  labour_market_availability: LabourMarketAvailabilityTable;
  actions: ActionsTable;
  targets: TargetsTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_delivery_attempts: WebhookDeliveryAttemptsTable;
  benchmark_releases: BenchmarkReleasesTable;
  benchmark_release_lattices: BenchmarkReleaseLatticesTable;
  benchmark_release_groups: BenchmarkReleaseGroupsTable;
  benchmark_release_members: BenchmarkReleaseMembersTable;
  benchmark_lattice_states: BenchmarkLatticeStatesTable;
  benchmark_erased_controllers: BenchmarkErasedControllersTable;
  benchmark_release_current: BenchmarkReleaseCurrentTable;
  benchmark_state: BenchmarkStateTable;
  audit_events: AuditEventsTable;
  report_links: ReportLinksTable;
  deployment_flags: DeploymentFlagsTable;
  benchmark_contributions: BenchmarkContributionsTable;
  organisation_workforce: OrganisationWorkforceTable;
  assessments: AssessmentsTable;
  assessment_answers: AssessmentAnswersTable;
  idempotency_keys: IdempotencyKeysTable;
  framework_versions: FrameworkVersionsTable;
  framework_practices: FrameworkPracticesTable;
  organisations: OrganisationsTable;
  clients: ClientsTable;
  client_organisations: ClientOrganisationsTable;
  client_sections: ClientSectionsTable;
  client_organisation_history: ClientOrganisationHistoryTable;
  usage_events: UsageEventsTable;
  signing_keys: SigningKeysTable;
}
