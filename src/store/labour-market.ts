import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { SbiSection } from "../domain/framework/framework-schema.js";
import type { AvailabilityRow, EducationLevel } from "../domain/labour-market/labour-market-table.js";
import type { ProvinceCode } from "../domain/organisation-profile.js";
import { compareVersions } from "./frameworks.js";
import type { DatabaseSchema, LabourMarketAvailabilityTable } from "./schema.js";

/**
 * The labour-market availability tables (migration 0026): versions go draft → published, and a
 * published version never changes (the database's triggers refuse it). "All" is stored as '*'.
 */

export type LabourMarketStatus = "draft" | "published";

export interface LabourMarketVersionRecord {
  readonly version: string;
  readonly status: LabourMarketStatus;
  readonly rowCount: number;
  readonly contentHash: string;
  readonly createdAt: string;
  readonly publishedAt: string | null;
}

const ALL = "*";

function toRecord(row: {
  version: string;
  status: string;
  row_count: number;
  content_hash: string;
  created_at: string;
  published_at: string | null;
}): LabourMarketVersionRecord {
  return {
    version: row.version,
    status: row.status as LabourMarketStatus,
    rowCount: row.row_count,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    publishedAt: row.published_at,
  };
}

function toRow(row: LabourMarketAvailabilityTable): AvailabilityRow {
  return {
    section: row.sbi_section === ALL ? null : (row.sbi_section as SbiSection),
    region: row.region === ALL ? null : (row.region as ProvinceCode),
    educationLevel: row.education_level === ALL ? null : (row.education_level as EducationLevel),
    share: row.share,
    source: row.source,
    year: row.year,
    licence: row.licence,
  };
}

export async function getLabourMarketVersion(
  db: Kysely<DatabaseSchema>,
  version: string,
): Promise<LabourMarketVersionRecord | undefined> {
  const row = await db
    .selectFrom("labour_market_versions")
    .selectAll()
    .where("version", "=", version)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** Published versions, oldest first (labels compare as framework versions do: 2026.10 after 2026.9). */
export async function publishedLabourMarketVersions(db: Kysely<DatabaseSchema>): Promise<LabourMarketVersionRecord[]> {
  const rows = await db.selectFrom("labour_market_versions").selectAll().where("status", "=", "published").execute();
  return rows.map(toRecord).sort((a, b) => compareVersions(a.version, b.version));
}

/** The version reads use: the newest published one, or undefined when none is. */
export async function latestLabourMarketVersion(db: Kysely<DatabaseSchema>): Promise<string | undefined> {
  return (await publishedLabourMarketVersions(db)).at(-1)?.version;
}

export async function labourMarketRows(
  db: Kysely<DatabaseSchema>,
  version: string,
  filter: { section?: SbiSection | undefined; region?: ProvinceCode | undefined } = {},
): Promise<AvailabilityRow[]> {
  let query = db.selectFrom("labour_market_availability").selectAll().where("version", "=", version);
  if (filter.section !== undefined) query = query.where("sbi_section", "=", filter.section);
  if (filter.region !== undefined) query = query.where("region", "=", filter.region);
  const rows = await query.orderBy("sbi_section").orderBy("region").orderBy("education_level").execute();
  return rows.map(toRow);
}

/** The rows an organisation's fallback can use: its section or all, its province or all (at most 16). */
export async function labourMarketRowsAround(
  db: Kysely<DatabaseSchema>,
  version: string,
  section: SbiSection,
  region: ProvinceCode,
): Promise<AvailabilityRow[]> {
  const rows = await db
    .selectFrom("labour_market_availability")
    .selectAll()
    .where("version", "=", version)
    .where("sbi_section", "in", [section, ALL])
    .where("region", "in", [region, ALL])
    .execute();
  return rows.map(toRow);
}

/** Rows per INSERT: 8 bound parameters each, within D1's 100 per statement. */
const ROWS_PER_STATEMENT = 12;

function rowInserts(db: Kysely<DatabaseSchema>, version: string, rows: readonly AvailabilityRow[]) {
  const statements: WriteStatement[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    statements.push(
      db.insertInto("labour_market_availability").values(
        rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => ({
          version,
          sbi_section: row.section ?? ALL,
          region: row.region ?? ALL,
          education_level: row.educationLevel ?? ALL,
          share: row.share,
          source: row.source,
          year: row.year,
          licence: row.licence,
        })),
      ),
    );
  }
  return statements;
}

/**
 * Creates the draft or replaces its rows, in one atomic write. The status condition and the database's
 * triggers make it fail as a whole should the version have been published in the meantime.
 */
export async function putLabourMarketDraft(
  storage: Storage,
  draft: { version: string; rows: readonly AvailabilityRow[]; contentHash: string; now: Date; exists: boolean },
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const { db } = storage;
  const version = draft.exists
    ? [
        db.deleteFrom("labour_market_availability").where("version", "=", draft.version),
        db
          .updateTable("labour_market_versions")
          .set({ row_count: draft.rows.length, content_hash: draft.contentHash, created_at: draft.now.toISOString() })
          .where("version", "=", draft.version)
          .where("status", "=", "draft"),
      ]
    : [
        db.insertInto("labour_market_versions").values({
          version: draft.version,
          status: "draft",
          row_count: draft.rows.length,
          content_hash: draft.contentHash,
          created_at: draft.now.toISOString(),
          published_at: null,
        }),
      ];
  await storage.writeAtomically([...version, ...rowInserts(db, draft.version, draft.rows), ...alsoWrite]);
}

/** Publishes a draft; false when it was not a draft (any more). */
export async function publishLabourMarketVersion(
  storage: Storage,
  version: string,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db
      .updateTable("labour_market_versions")
      .set({ status: "published", published_at: now.toISOString() })
      .where("version", "=", version)
      .where("status", "=", "draft"),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}
