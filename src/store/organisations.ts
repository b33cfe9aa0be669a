import { type Kysely, sql } from "kysely";
import type { Principal } from "../auth/authenticate.js";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { SbiSection, SizeClass } from "../domain/framework/framework-schema.js";
import type { ProvinceCode } from "../domain/organisation-profile.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema, OrganisationsTable } from "./schema.js";

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly kvkNumber: string | null;
  readonly sbiSection: SbiSection;
  readonly sbiCode: string | null;
  readonly headcount: number;
  readonly sizeClass: SizeClass;
  readonly region: ProvinceCode;
  readonly labourMarketRegion: string | null;
  readonly hasHrDepartment: boolean;
  readonly legalForm: string | null;
  /**
   * Its KvK number was held by another registration when it was given, and no admin has confirmed that
   * they are one organisation: it takes no part in benchmark releases (migration 0034). Admins only see it.
   */
  readonly kvkHeld: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type NewOrganisation = Omit<Organisation, "createdAt" | "updatedAt" | "kvkHeld">;

/** An organisation row as the store writes it (the benchmark guard is the benchmark store's). */
type OrganisationRow = Omit<OrganisationsTable, "benchmark_revision" | "kvk_held">;

function toOrganisation(row: OrganisationRow & { readonly kvk_held?: number }): Organisation {
  return {
    id: row.id,
    name: row.name,
    kvkNumber: row.kvk_number,
    sbiSection: row.sbi_section as SbiSection,
    sbiCode: row.sbi_code,
    headcount: row.headcount,
    sizeClass: row.size_class as SizeClass,
    region: row.region as ProvinceCode,
    labourMarketRegion: row.labour_market_region,
    hasHrDepartment: row.has_hr_department === 1,
    legalForm: row.legal_form,
    kvkHeld: row.kvk_held === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The profile's columns, as both insert and update write them. */
function profileColumns(organisation: NewOrganisation) {
  return {
    name: organisation.name,
    kvk_number: organisation.kvkNumber,
    sbi_section: organisation.sbiSection,
    sbi_code: organisation.sbiCode,
    headcount: organisation.headcount,
    size_class: organisation.sizeClass,
    region: organisation.region,
    labour_market_region: organisation.labourMarketRegion,
    has_hr_department: organisation.hasHrDepartment ? 1 : 0,
    legal_form: organisation.legalForm,
  };
}

/**
 * An admin's confirmation that a held registration is the same organisation as the others of its KvK
 * number: only while it is held with the number the admin checked (a number changed meanwhile is held
 * anew and needs its own check). Whether a registration is held is decided by the database whenever a
 * number is given (triggers of migration 0034), so a write built from a stale read cannot skip it.
 */
export function confirmKvkStatement(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  kvkNumber: string,
): WriteStatement {
  return db
    .updateTable("organisations")
    .set({ kvk_held: 0 })
    .where("id", "=", organisationId)
    .where("kvk_held", "=", 1)
    .where("kvk_number", "=", kvkNumber);
}

/** Inserts the organisation; an integration client that creates one is linked to it in the same write. */
export async function insertOrganisation(
  storage: Storage,
  organisation: NewOrganisation,
  createdBy: Principal,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<Organisation> {
  const timestamp = now.toISOString();
  const row: OrganisationRow = {
    id: organisation.id,
    ...profileColumns(organisation),
    created_by_client_id: createdBy.clientId,
    created_at: timestamp,
    updated_at: timestamp,
  };
  await storage.writeAtomically([
    storage.db.insertInto("organisations").values(row),
    ...(createdBy.role === "integration"
      ? [
          storage.db.insertInto("client_organisations").values({
            client_id: createdBy.clientId,
            organisation_id: organisation.id,
            created_at: timestamp,
          }),
        ]
      : []),
    ...alsoWrite,
  ]);
  const stored = await getOrganisation(storage.db, organisation.id);
  return stored ?? toOrganisation(row);
}

export async function getOrganisation(db: Kysely<DatabaseSchema>, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom("organisations").selectAll().where("id", "=", id).executeTakeFirst();
  return row === undefined ? undefined : toOrganisation(row);
}

/** On every assessment request of an integration client: built once per database (prepared-query.ts). */
const clientLink = preparedQuery((db, values: { clientId: string; organisationId: string }) =>
  db
    .selectFrom("client_organisations")
    .select("organisation_id")
    .where("client_id", "=", values.clientId)
    .where("organisation_id", "=", values.organisationId),
);

/**
 * Tenant isolation in one place: may this caller see this organisation? Admins see all, an employer
 * its own, an integration the ones linked to it, a sector client none (aggregates only).
 */
export async function canSeeOrganisation(
  db: Kysely<DatabaseSchema>,
  principal: Principal,
  organisationId: string,
): Promise<boolean> {
  switch (principal.role) {
    case "admin":
      return true;
    case "employer":
      return principal.organisationId === organisationId;
    case "integration": {
      const [link] = await clientLink(db, { clientId: principal.clientId, organisationId });
      return link !== undefined;
    }
    case "sector":
      return false;
  }
}

/** The organisation, when it exists and the caller may see it; otherwise undefined (the route answers 404). */
export async function findVisibleOrganisation(
  db: Kysely<DatabaseSchema>,
  principal: Principal,
  organisationId: string,
): Promise<Organisation | undefined> {
  if (!(await canSeeOrganisation(db, principal, organisationId))) return undefined;
  return getOrganisation(db, organisationId);
}

/**
 * An organisation `principal` registered with this KvK number and still acts for (an admin: any it
 * registered; an integration client: one it is still linked to), if there is one. Registrations by
 * other clients are never looked at: their existence is not this client's to learn.
 */
export async function findOwnRegistrationByKvk(
  db: Kysely<DatabaseSchema>,
  principal: Principal,
  kvkNumber: string,
): Promise<string | undefined> {
  let query = db
    .selectFrom("organisations")
    .select("organisations.id")
    .where("organisations.created_by_client_id", "=", principal.clientId)
    .where("organisations.kvk_number", "=", kvkNumber);
  if (principal.role !== "admin") {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("client_organisations")
          .select("client_organisations.organisation_id")
          .whereRef("client_organisations.organisation_id", "=", "organisations.id")
          .where("client_organisations.client_id", "=", principal.clientId),
      ),
    );
  }
  const row = await query.orderBy("organisations.created_at").orderBy("organisations.id").limit(1).executeTakeFirst();
  return row?.id;
}

/** What decides an organisation's benchmark answer, read with the caller's right to see it. */
export interface OrganisationBenchmarkState {
  /** The assessment of its latest contribution (for the framework asked for), or null: none submitted. */
  readonly assessmentId: string | null;
  /** The current benchmark release, or null when none has been cut yet. */
  readonly releaseId: number | null;
  /**
   * What else the answer sets the release against, read live: the organisation's own workforce
   * shares (a PUT changes them at any time) and how many labour-market tables are published (a
   * published table never changes, and the newest is used). Part of the answer's cache key.
   */
  readonly liveInputs: string;
}

/**
 * One query for everything a benchmark read checks before it can answer from a cache: the
 * organisation exists and the caller may see it (canSeeOrganisation's rules), the assessment of its
 * latest contribution (a submitted assessment never changes, so with the release it decides the
 * answer) and the current release. Undefined when the caller may not see the organisation.
 */
export async function organisationBenchmarkState(
  db: Kysely<DatabaseSchema>,
  principal: Principal,
  organisationId: string,
  period: string,
  frameworkVersion: string | undefined,
): Promise<OrganisationBenchmarkState | undefined> {
  if (principal.role === "sector") return undefined;
  if (principal.role === "employer" && principal.organisationId !== organisationId) return undefined;
  const linkOnly = principal.role === "integration";
  const [row] =
    frameworkVersion === undefined
      ? await BENCHMARK_STATE[linkOnly ? "linked" : "any"].allVersions(db, {
          organisationId,
          period,
          clientId: principal.clientId,
        })
      : await BENCHMARK_STATE[linkOnly ? "linked" : "any"].oneVersion(db, {
          organisationId,
          period,
          clientId: principal.clientId,
          frameworkVersion,
        });
  if (row === undefined || !row.visible) return undefined;
  return {
    assessmentId: row.assessment_id ?? null,
    releaseId: row.release_id ?? null,
    liveInputs: `${row.labour_market_versions ?? 0}|${row.workforce_shares ?? ""}`,
  };
}

/** The state query in its four shapes: integration clients see linked organisations only; with or without a framework version. */
function benchmarkStateQuery(linkOnly: boolean, oneVersion: boolean) {
  return preparedQuery(
    (db, values: { organisationId: string; period: string; clientId: string; frameworkVersion?: string }) =>
      db
        .selectFrom("organisations as o")
        .select((eb) => {
          let latest = eb
            .selectFrom("benchmark_contributions as bc")
            .innerJoin("assessments as a", "a.id", "bc.assessment_id")
            .select("bc.assessment_id")
            .whereRef("bc.organisation_id", "=", "o.id")
            .where("bc.period", "=", values.period)
            .orderBy("a.submitted_at", "desc")
            .limit(1);
          if (oneVersion) latest = latest.where("bc.framework_version", "=", values.frameworkVersion as string);
          return [
            eb
              .exists(
                linkOnly
                  ? eb
                      .selectFrom("client_organisations as co")
                      .select("co.organisation_id")
                      .whereRef("co.organisation_id", "=", "o.id")
                      .where("co.client_id", "=", values.clientId)
                  : eb.selectFrom("organisations as self").select("self.id").whereRef("self.id", "=", "o.id"),
              )
              .as("visible"),
            latest.as("assessment_id"),
            eb.selectFrom("benchmark_release_current").select("release_id").where("id", "=", 1).as("release_id"),
            eb
              .selectFrom("labour_market_versions")
              .select((inner) => inner.fn.countAll<number>().as("count"))
              .where("status", "=", "published")
              .as("labour_market_versions"),
            eb
              .selectFrom("organisation_workforce as w")
              .select(
                sql<string>`ifnull(w.migration_background_share, '') || '/' || ifnull(w.migration_background_hires_share, '') || '/' || ifnull(w.migration_background_management_share, '')`.as(
                  "shares",
                ),
              )
              .whereRef("w.organisation_id", "=", "o.id")
              .as("workforce_shares"),
          ];
        })
        .where("o.id", "=", values.organisationId),
  );
}

const BENCHMARK_STATE = {
  linked: { allVersions: benchmarkStateQuery(true, false), oneVersion: benchmarkStateQuery(true, true) },
  any: { allVersions: benchmarkStateQuery(false, false), oneVersion: benchmarkStateQuery(false, true) },
};

/** Applies a complete new profile (the route merges the patch and derives section and size class). */
export async function updateOrganisation(
  storage: Storage,
  organisation: NewOrganisation,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db
      .updateTable("organisations")
      .set({ ...profileColumns(organisation), updated_at: now.toISOString() })
      .where("id", "=", organisation.id),
    ...alsoWrite,
  ]);
}

export interface OrganisationFilter {
  readonly sbiSection?: SbiSection | undefined;
  readonly sizeClass?: SizeClass | undefined;
}

/** The organisations the caller may see, in creation order, one page at a time. */
export async function listVisibleOrganisations(
  db: Kysely<DatabaseSchema>,
  principal: Principal,
  filter: OrganisationFilter,
  page: PageRequest,
): Promise<{ organisations: Organisation[]; nextCursor: string | null }> {
  let query = db.selectFrom("organisations").selectAll("organisations");
  if (principal.role === "employer") query = query.where("organisations.id", "=", principal.organisationId ?? "");
  if (principal.role === "integration") {
    query = query
      .innerJoin("client_organisations", "client_organisations.organisation_id", "organisations.id")
      .where("client_organisations.client_id", "=", principal.clientId);
  }
  if (principal.role === "sector") return { organisations: [], nextCursor: null };
  if (filter.sbiSection !== undefined) query = query.where("organisations.sbi_section", "=", filter.sbiSection);
  if (filter.sizeClass !== undefined) query = query.where("organisations.size_class", "=", filter.sizeClass);
  const { rows, nextCursor } = await cursorPage(query, page, { table: "organisations" });
  return { organisations: rows.map(toOrganisation), nextCursor };
}
