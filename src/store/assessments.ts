import { CompiledQuery, type Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { SbiSection, SizeClass } from "../domain/framework/framework-schema.js";
import type { ProvinceCode } from "../domain/organisation-profile.js";
import type { Answer, Maturity, Scores } from "../domain/scoring.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import { preparedQuery } from "./prepared-query.js";
import type { AssessmentsTable, DatabaseSchema } from "./schema.js";

export interface AssessmentContext {
  readonly sizeClass: SizeClass;
  readonly sbiSection: SbiSection;
  readonly region: ProvinceCode;
  readonly hasHrDepartment: boolean;
}

export interface AssessmentRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly frameworkVersion: string;
  readonly status: "draft" | "submitted";
  readonly revision: number;
  readonly context: AssessmentContext;
  readonly scores: Scores | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
}

export interface StoredAnswer {
  readonly practiceId: string;
  readonly answer: Answer;
  readonly comment: string | null;
  readonly updatedAt: string;
}

/** A change to one answer: a new answer, or null to clear it. */
export interface AnswerChange {
  readonly practiceId: string;
  readonly answer: Answer | null;
  readonly comment: string | null;
}

/**
 * The columns an `AssessmentRecord` is made of: not `*`, which would also read the submission's frozen
 * answers, workforce figures and hash (a release cut's inputs, about half of a submitted row) on
 * every read of an assessment.
 */
const RECORD_COLUMNS = [
  "id",
  "organisation_id",
  "framework_version",
  "status",
  "revision",
  "size_class",
  "sbi_section",
  "region",
  "has_hr_department",
  "scores",
  "created_at",
  "updated_at",
  "submitted_at",
] as const;
type RecordRow = Pick<AssessmentsTable, (typeof RECORD_COLUMNS)[number]>;

function toRecord(row: RecordRow): AssessmentRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    frameworkVersion: row.framework_version,
    status: row.status as AssessmentRecord["status"],
    revision: row.revision,
    context: {
      sizeClass: row.size_class as SizeClass,
      sbiSection: row.sbi_section as SbiSection,
      region: row.region as ProvinceCode,
      hasHrDepartment: row.has_hr_department === 1,
    },
    scores: row.scores === null ? null : (JSON.parse(row.scores) as Scores),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  };
}

export async function insertAssessment(
  storage: Storage,
  assessment: { id: string; organisationId: string; frameworkVersion: string; context: AssessmentContext; now: Date },
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const now = assessment.now.toISOString();
  const insert = storage.db.insertInto("assessments").values({
    id: assessment.id,
    organisation_id: assessment.organisationId,
    framework_version: assessment.frameworkVersion,
    status: "draft",
    revision: 1,
    size_class: assessment.context.sizeClass,
    sbi_section: assessment.context.sbiSection,
    region: assessment.context.region,
    has_hr_department: assessment.context.hasHrDepartment ? 1 : 0,
    scores: null,
    created_at: now,
    updated_at: now,
    submitted_at: null,
  });
  await storage.writeAtomically([insert, ...alsoWrite]);
}

/** The organisation's open draft, if it has one (migration 0024 allows at most one). */
export async function openDraftOf(db: Kysely<DatabaseSchema>, organisationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("assessments")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "draft")
    .orderBy("created_at")
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** Whether the database refused a write because the organisation already has an open draft (0024). */
export function isSecondOpenDraft(error: unknown): boolean {
  return error instanceof Error && error.message.includes("the organisation already has an open draft");
}

// On every request that names an assessment (and twice in a submission): built once per database.
const assessmentById = preparedQuery((db, values: { id: string }) =>
  db.selectFrom("assessments").select(RECORD_COLUMNS).where("id", "=", values.id),
);

export async function getAssessment(db: Kysely<DatabaseSchema>, id: string): Promise<AssessmentRecord | undefined> {
  const [row] = await assessmentById(db, { id });
  return row === undefined ? undefined : toRecord(row);
}

const answersOf = preparedQuery((db, values: { assessmentId: string }) =>
  db
    .selectFrom("assessment_answers")
    .select(["practice_id", "maturity", "not_applicable", "comment", "updated_at"])
    .where("assessment_id", "=", values.assessmentId),
);

export async function getAnswers(db: Kysely<DatabaseSchema>, assessmentId: string): Promise<StoredAnswer[]> {
  const rows = await answersOf(db, { assessmentId });
  return rows.map((row) => ({
    practiceId: row.practice_id,
    answer: row.not_applicable === 1 ? "notApplicable" : (row.maturity as Maturity),
    comment: row.comment,
    updatedAt: row.updated_at,
  }));
}

/** The statement that claims the next revision; the database aborts the write if it is stale. */
function claimRevision(db: Kysely<DatabaseSchema>, id: string, expectedRevision: number, now: string) {
  return db
    .updateTable("assessments")
    .set({ revision: expectedRevision + 1, updated_at: now })
    .where("id", "=", id);
}

/** Answers per upsert: 6 bound parameters each, within D1's 100 per statement. */
const ANSWERS_PER_STATEMENT = 16;
/** Practice ids per delete, next to the assessment id. */
const CLEARED_PER_STATEMENT = 90;

/**
 * A multi-row upsert of answers with bound parameters: its text depends only on the row count, so a
 * full chunk is prepared once per runtime and reused (a PATCH of every answer is a handful of them
 * instead of one compiled statement per answer).
 */
function upsertAnswersSql(rows: number): string {
  const values = new Array<string>(rows).fill("(?, ?, ?, ?, ?, ?)").join(", ");
  return `INSERT INTO assessment_answers (assessment_id, practice_id, maturity, not_applicable, comment, updated_at) VALUES ${values} ON CONFLICT (assessment_id, practice_id) DO UPDATE SET maturity = excluded.maturity, not_applicable = excluded.not_applicable, comment = excluded.comment, updated_at = excluded.updated_at`;
}

/** Sets and clears answers in one atomic write, if the assessment is still at `expectedRevision`. */
export async function saveAnswers(
  storage: Storage,
  id: string,
  expectedRevision: number,
  changes: readonly AnswerChange[],
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const at = now.toISOString();
  const statements: WriteStatement[] = [claimRevision(storage.db, id, expectedRevision, at)];
  // One change per practice (the last one wins, as statement order did): an upsert may not touch a row twice.
  const latest = new Map(changes.map((change) => [change.practiceId, change]));
  const cleared = [...latest.values()].filter((change) => change.answer === null).map((change) => change.practiceId);
  const set = [...latest.values()].filter((change) => change.answer !== null);
  for (let start = 0; start < cleared.length; start += CLEARED_PER_STATEMENT) {
    statements.push(
      storage.db
        .deleteFrom("assessment_answers")
        .where("assessment_id", "=", id)
        .where("practice_id", "in", cleared.slice(start, start + CLEARED_PER_STATEMENT)),
    );
  }
  for (let start = 0; start < set.length; start += ANSWERS_PER_STATEMENT) {
    const chunk = set.slice(start, start + ANSWERS_PER_STATEMENT);
    const parameters = chunk.flatMap((change) => [
      id,
      change.practiceId,
      change.answer === "notApplicable" ? null : change.answer,
      change.answer === "notApplicable" ? 1 : 0,
      change.comment,
      at,
    ]);
    statements.push(CompiledQuery.raw(upsertAnswersSql(chunk.length), parameters));
  }
  await storage.writeAtomically([...statements, ...alsoWrite]);
}

/**
 * The submission's UPDATE, one text (so each runtime prepares it once), returning the stored record:
 * the response is built from what was written, without reading it back.
 */
const SUBMIT_SQL = `UPDATE assessments SET revision = ?, status = 'submitted', scores = ?, submitted_at = ?, updated_at = ?,
  workforce_snapshot = ?, contribution_hash = ?, contribution_answers = ? WHERE id = ? RETURNING ${RECORD_COLUMNS.join(", ")}`;

/**
 * Submits the assessment with its scores in one atomic write, together with `alsoWrite` (the
 * benchmark contribution it changes), if it is still at `expectedRevision`. Resolves to the submitted
 * record as stored.
 */
export async function submitAssessment(
  storage: Storage,
  id: string,
  expectedRevision: number,
  scores: Scores,
  now: Date,
  alsoWrite: readonly WriteStatement[],
  contribution: {
    readonly workforceSnapshot: string | null;
    readonly hash: string;
    /** The answers as a release cut folds them (`contributionAnswers`). */
    readonly answers: string;
  },
): Promise<AssessmentRecord> {
  const at = now.toISOString();
  const [submitted] = await storage.writeAtomically([
    CompiledQuery.raw(SUBMIT_SQL, [
      expectedRevision + 1,
      JSON.stringify(scores),
      at,
      at,
      contribution.workforceSnapshot,
      contribution.hash,
      contribution.answers,
      id,
    ]),
    ...alsoWrite,
  ]);
  const row = submitted?.rows[0] as RecordRow | undefined;
  if (row === undefined) throw new Error(`assessment ${id} vanished while it was submitted`);
  return toRecord(row);
}

/** An organisation's assessments, newest first. */
export async function listAssessments(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
  page: PageRequest,
): Promise<{ assessments: AssessmentRecord[]; nextCursor: string | null }> {
  const query = db.selectFrom("assessments").select(RECORD_COLUMNS).where("organisation_id", "=", organisationId);
  const { rows, nextCursor } = await cursorPage(query, page, { newestFirst: true });
  return { assessments: rows.map(toRecord), nextCursor };
}

const submittedBefore = preparedQuery((db, values: { organisationId: string; submittedAt: string; id: string }) =>
  db
    .selectFrom("assessments")
    .select(RECORD_COLUMNS)
    .where("organisation_id", "=", values.organisationId)
    .where("status", "=", "submitted")
    .where((eb) => eb(eb.refTuple("submitted_at", "id"), "<", eb.tuple(values.submittedAt, values.id)))
    .orderBy("submitted_at", "desc")
    .orderBy("id", "desc")
    .limit(1),
);

/** The organisation's submitted round before this one, if any. */
export async function previousSubmitted(
  db: Kysely<DatabaseSchema>,
  assessment: AssessmentRecord,
): Promise<AssessmentRecord | undefined> {
  if (assessment.submittedAt === null) return undefined;
  const [row] = await submittedBefore(db, {
    organisationId: assessment.organisationId,
    submittedAt: assessment.submittedAt,
    id: assessment.id,
  });
  return row === undefined ? undefined : toRecord(row);
}

/** Maps the database's refusals of a write to what they mean. */
export function assessmentWriteConflict(error: unknown): "stale" | "submitted" | null {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes("stale assessment revision")) return "stale";
  if (message.includes("a submitted assessment is immutable")) return "submitted";
  if (message.includes("stale benchmark contribution") || message.includes("stale organisation benchmark revision")) {
    return "stale";
  }
  return null;
}

/** A submitted round as the plan's evaluation reads it: when, against which version, and its frozen figures. */
export interface SubmittedRound {
  readonly assessmentId: string;
  readonly frameworkVersion: string;
  readonly submittedAt: string;
  /** The representation figures frozen at submission (JSON object), or null when there were none. */
  readonly workforce: Readonly<Record<string, number | null>> | null;
}

/**
 * The organisation's submitted rounds, oldest first. Few per organisation (new rounds are limited per
 * 30 days), so reading them all for a plan's progress stays cheap.
 */
export async function listSubmittedRounds(
  db: Kysely<DatabaseSchema>,
  organisationId: string,
): Promise<SubmittedRound[]> {
  const rows = await db
    .selectFrom("assessments")
    .select(["id", "framework_version", "submitted_at", "workforce_snapshot"])
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "submitted")
    .orderBy("submitted_at", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map((row) => ({
    assessmentId: row.id,
    frameworkVersion: row.framework_version,
    submittedAt: row.submitted_at as string,
    workforce:
      row.workforce_snapshot === null
        ? null
        : (JSON.parse(row.workforce_snapshot) as Readonly<Record<string, number | null>>),
  }));
}
