import type { Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import { type FrameworkContent, type Practice, PracticeSchema } from "../domain/framework/framework-schema.js";
import type { PracticeChanges, VersionParts } from "../domain/framework/framework-version.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema, FrameworkVersionsTable } from "./schema.js";

export type FrameworkStatus = "draft" | "published" | "retired";

/** A version's record without its content. */
export interface FrameworkVersionRecord {
  readonly version: string;
  readonly status: FrameworkStatus;
  readonly predecessor: string | null;
  readonly title: { nl: string; en: string };
  readonly changes: PracticeChanges;
  readonly contentHash: string;
  readonly practiceCount: number;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly retiredAt: string | null;
}

const RECORD_COLUMNS = [
  "version",
  "status",
  "predecessor",
  "content",
  "changes",
  "content_hash",
  "practice_count",
  "created_at",
  "published_at",
  "retired_at",
] as const;

function toRecord(row: FrameworkVersionsTable): FrameworkVersionRecord {
  const parts = JSON.parse(row.content) as VersionParts;
  return {
    version: row.version,
    status: row.status as FrameworkStatus,
    predecessor: row.predecessor,
    title: parts.title,
    changes: JSON.parse(row.changes) as PracticeChanges,
    contentHash: row.content_hash,
    practiceCount: row.practice_count,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    retiredAt: row.retired_at,
  };
}

/** Version labels compare by year, then number: 2026.10 comes after 2026.9. */
export function compareVersions(a: string, b: string): number {
  const [yearA = 0, numberA = 0] = a.split(".").map(Number);
  const [yearB = 0, numberB = 0] = b.split(".").map(Number);
  return yearA - yearB || numberA - numberB;
}

export async function listFrameworkVersions(
  db: Kysely<DatabaseSchema>,
  options: { includeDrafts: boolean },
): Promise<FrameworkVersionRecord[]> {
  let query = db.selectFrom("framework_versions").select(RECORD_COLUMNS);
  if (!options.includeDrafts) query = query.where("status", "<>", "draft");
  const rows = await query.execute();
  return rows.map(toRecord).sort((a, b) => compareVersions(a.version, b.version));
}

export async function getFrameworkVersion(
  db: Kysely<DatabaseSchema>,
  version: string,
): Promise<FrameworkVersionRecord | undefined> {
  const row = await db
    .selectFrom("framework_versions")
    .select(RECORD_COLUMNS)
    .where("version", "=", version)
    .executeTakeFirst();
  return row === undefined ? undefined : toRecord(row);
}

/** What tells one state of a version from another: its status and its content's hash (not the content). */
export interface FrameworkVersionStamp {
  readonly status: FrameworkStatus;
  readonly contentHash: string;
}

const VERSION_STAMP = preparedQuery((db, values: { version: string }) =>
  db.selectFrom("framework_versions").select(["status", "content_hash"]).where("version", "=", values.version),
);

/**
 * A version's stamp, or undefined: the public framework reads ask this on every request (one
 * primary-key lookup of two short columns, the query built once) instead of reading and parsing the
 * whole record, which they keep by stamp (routes/frameworks/framework-reader.ts).
 */
export async function frameworkVersionStamp(
  db: Kysely<DatabaseSchema>,
  version: string,
): Promise<FrameworkVersionStamp | undefined> {
  const [row] = await VERSION_STAMP(db, { version });
  return row === undefined ? undefined : { status: row.status as FrameworkStatus, contentHash: row.content_hash };
}

const PUBLISHED_VERSIONS = preparedQuery((db, _values: Record<string, never>) =>
  db.selectFrom("framework_versions").select("version").where("status", "=", "published"),
);

/** The newest published version (the `latest` alias), or undefined when none is published. */
export async function latestPublishedVersion(db: Kysely<DatabaseSchema>): Promise<string | undefined> {
  const rows = await PUBLISHED_VERSIONS(db, {});
  return rows
    .map((row) => row.version)
    .sort(compareVersions)
    .at(-1);
}

/** The full content of a version, practices in their order. */
export async function loadFrameworkContent(
  db: Kysely<DatabaseSchema>,
  version: string,
): Promise<FrameworkContent | undefined> {
  const row = await db
    .selectFrom("framework_versions")
    .select("content")
    .where("version", "=", version)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const practices = await db
    .selectFrom("framework_practices")
    .select("content")
    .where("version", "=", version)
    .orderBy("position")
    .execute();
  const parts = JSON.parse(row.content) as VersionParts;
  return { ...parts, practices: practices.map((practice) => JSON.parse(practice.content) as Practice) };
}

function practiceRows(db: Kysely<DatabaseSchema>, version: string, practices: readonly Practice[]) {
  return practices.map((practice, position) =>
    db.insertInto("framework_practices").values({
      version,
      practice_id: practice.id,
      position,
      content: JSON.stringify(PracticeSchema.parse(practice)),
    }),
  );
}

export interface DraftInput {
  readonly parts: VersionParts;
  readonly practices: readonly Practice[];
  readonly changes: PracticeChanges;
  readonly contentHash: string;
  readonly now: Date;
}

/** A new draft and its practices, in one atomic write. */
export async function insertDraft(
  storage: Storage,
  draft: DraftInput,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const { parts } = draft;
  await storage.writeAtomically([
    storage.db.insertInto("framework_versions").values({
      version: parts.version,
      status: "draft",
      predecessor: parts.predecessor,
      content: JSON.stringify(parts),
      changes: JSON.stringify(draft.changes),
      content_hash: draft.contentHash,
      practice_count: draft.practices.length,
      created_at: draft.now.toISOString(),
      published_at: null,
      retired_at: null,
    }),
    ...practiceRows(storage.db, parts.version, draft.practices),
    ...alsoWrite,
  ]);
}

/**
 * Replaces a draft's content in one atomic write. Should the version have been published in the
 * meantime, the database's triggers abort the whole write.
 */
export async function replaceDraft(
  storage: Storage,
  draft: DraftInput,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const { parts } = draft;
  await storage.writeAtomically([
    storage.db.deleteFrom("framework_practices").where("version", "=", parts.version),
    storage.db
      .updateTable("framework_versions")
      .set({
        predecessor: parts.predecessor,
        content: JSON.stringify(parts),
        changes: JSON.stringify(draft.changes),
        content_hash: draft.contentHash,
        practice_count: draft.practices.length,
      })
      .where("version", "=", parts.version)
      .where("status", "=", "draft"),
    ...practiceRows(storage.db, parts.version, draft.practices),
    ...alsoWrite,
  ]);
}

/** Moves a version along draft → published → retired; false when it was not in the `from` status. */
export async function changeFrameworkStatus(
  storage: Storage,
  version: string,
  from: FrameworkStatus,
  to: "published" | "retired",
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const at = now.toISOString();
  const [result] = await storage.writeAtomically([
    storage.db
      .updateTable("framework_versions")
      .set(to === "published" ? { status: to, published_at: at } : { status: to, retired_at: at })
      .where("version", "=", version)
      .where("status", "=", from),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}

export async function deleteDraft(
  storage: Storage,
  version: string,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db.deleteFrom("framework_versions").where("version", "=", version).where("status", "=", "draft"),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}
