import { CompiledQuery, type Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import {
  type AggregateDelta,
  addContribution,
  type Contribution,
  emptyDelta,
  nonZero,
  SEPARATOR,
} from "../domain/benchmark/aggregate-rows.js";
import { type DisclosureCounts, disclosureCounts } from "../domain/benchmark/disclosure-counts.js";
import { ALL_PERIODS, type PeerContext, quarterOf } from "../domain/benchmark/peer-groups.js";
import type { Answer, Maturity, Scores } from "../domain/scoring.js";
import type { AssessmentContext } from "./assessments.js";
import type { DatabaseSchema } from "./schema.js";

/**
 * The benchmark aggregates: written as signed deltas in the submission's own atomic write, read per
 * group. Values are inlined as SQL literals in multi-row upserts (D1 binds at most 100 parameters per
 * statement); every inlined string is checked against a strict pattern first.
 */

const SAFE_TEXT = /^[A-Za-z0-9_.*|-]{1,80}$/;
const ROWS_PER_STATEMENT = 250;

function literal(text: string): string {
  if (!SAFE_TEXT.test(text)) throw new Error(`refusing to inline ${JSON.stringify(text)} into SQL`);
  return `'${text}'`;
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`refusing to inline ${value} into SQL`);
  return String(value);
}

/**
 * The upserts as SQL text, built directly: a submission changes several hundred rows, and a query
 * builder node per cell cost more than the database work (bench/RESULTS.md). Table and column names
 * are ours; every value goes through `literal` or `integer`.
 */
function upserts(
  table: string,
  columns: readonly string[],
  keyColumns: readonly string[],
  rows: Map<string, number>,
): WriteStatement[] {
  const entries = [...rows];
  const names = (list: readonly string[]) => list.map((column) => `"${column}"`).join(", ");
  const statements: WriteStatement[] = [];
  for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
    const values = entries.slice(start, start + ROWS_PER_STATEMENT).map(([key, count]) => {
      const parts = key.split(SEPARATOR);
      const cells = parts.map((part, index) => (columns[index] === "bin" ? integer(Number(part)) : literal(part)));
      return `(${[...cells, integer(count)].join(", ")})`;
    });
    statements.push(
      CompiledQuery.raw(
        `INSERT INTO "${table}" (${names(columns)}, organisations) VALUES ${values.join(", ")} ON CONFLICT (${names(keyColumns)}) DO UPDATE SET organisations = organisations + excluded.organisations`,
      ),
    );
  }
  return statements;
}

/** The statements that apply a delta to the three aggregate tables. */
export function deltaStatements(delta: AggregateDelta): WriteStatement[] {
  const net = nonZero(delta);
  const groupColumns = ["framework_version", "period", "group_key"];
  const binColumns = [...groupColumns, "measure", "bin"];
  const levelColumns = [...groupColumns, "practice_id", "level"];
  return [
    ...upserts("benchmark_groups", groupColumns, groupColumns, net.groups),
    ...upserts("benchmark_score_bins", binColumns, binColumns, net.bins),
    ...upserts("benchmark_practice_levels", levelColumns, levelColumns, net.levels),
  ];
}

async function answersOf(db: Kysely<DatabaseSchema>, assessmentId: string): Promise<Map<string, Answer>> {
  const rows = await db
    .selectFrom("assessment_answers")
    .select(["practice_id", "maturity", "not_applicable"])
    .where("assessment_id", "=", assessmentId)
    .execute();
  return new Map(
    rows.map((row) => [row.practice_id, row.not_applicable === 1 ? "notApplicable" : (row.maturity as Maturity)]),
  );
}

/**
 * The statement that claims the organisation's next benchmark revision: the database aborts the whole
 * write when another submission or erasure of the same organisation got there first.
 */
async function claimOrganisation(db: Kysely<DatabaseSchema>, organisationId: string): Promise<WriteStatement> {
  const row = await db
    .selectFrom("organisations")
    .select("benchmark_revision")
    .where("id", "=", organisationId)
    .executeTakeFirst();
  return db
    .updateTable("organisations")
    .set({ benchmark_revision: (row?.benchmark_revision ?? 0) + 1 })
    .where("id", "=", organisationId);
}

/** A submitted assessment as a contribution to one period. */
async function contributionOf(db: Kysely<DatabaseSchema>, assessmentId: string, period: string): Promise<Contribution> {
  const row = await db
    .selectFrom("assessments")
    .select(["framework_version", "sbi_section", "size_class", "region", "scores"])
    .where("id", "=", assessmentId)
    .executeTakeFirstOrThrow();
  return {
    frameworkVersion: row.framework_version,
    period,
    context: { sbiSection: row.sbi_section, sizeClass: row.size_class, region: row.region } as Contribution["context"],
    scores: JSON.parse(row.scores ?? "null") as Scores,
    answers: await answersOf(db, assessmentId),
  };
}

export interface NewContribution {
  readonly organisationId: string;
  readonly assessmentId: string;
  readonly frameworkVersion: string;
  readonly context: AssessmentContext;
  readonly scores: Scores;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly submittedAt: Date;
}

/**
 * The writes that make a just-submitted assessment the organisation's contribution for its version,
 * overall and for the quarter of submission, replacing what it contributed before. The contribution
 * rows carry a revision guard, so two submissions racing for one organisation cannot both count.
 */
export async function contributionWrites(storage: Storage, submission: NewContribution): Promise<WriteStatement[]> {
  const { db } = storage;
  const delta = emptyDelta();
  const statements: WriteStatement[] = [await claimOrganisation(db, submission.organisationId)];
  for (const period of [ALL_PERIODS, quarterOf(submission.submittedAt.toISOString())]) {
    const existing = await db
      .selectFrom("benchmark_contributions")
      .select(["assessment_id", "revision"])
      .where("framework_version", "=", submission.frameworkVersion)
      .where("period", "=", period)
      .where("organisation_id", "=", submission.organisationId)
      .executeTakeFirst();
    if (existing === undefined) {
      statements.push(
        db.insertInto("benchmark_contributions").values({
          framework_version: submission.frameworkVersion,
          period,
          organisation_id: submission.organisationId,
          assessment_id: submission.assessmentId,
          revision: 1,
        }),
      );
    } else {
      addContribution(delta, await contributionOf(db, existing.assessment_id, period), -1);
      statements.push(
        db
          .updateTable("benchmark_contributions")
          .set({ assessment_id: submission.assessmentId, revision: existing.revision + 1 })
          .where("framework_version", "=", submission.frameworkVersion)
          .where("period", "=", period)
          .where("organisation_id", "=", submission.organisationId),
      );
    }
    addContribution(
      delta,
      {
        frameworkVersion: submission.frameworkVersion,
        period,
        context: submission.context,
        scores: submission.scores,
        answers: submission.answers,
      },
      1,
    );
  }
  return [...statements, ...deltaStatements(delta)];
}

/** The writes that take every contribution of an organisation out of the aggregates (before it is erased). */
export async function withdrawalWrites(storage: Storage, organisationId: string): Promise<WriteStatement[]> {
  const { db } = storage;
  const rows = await db
    .selectFrom("benchmark_contributions")
    .select(["framework_version", "period", "assessment_id", "revision"])
    .where("organisation_id", "=", organisationId)
    .execute();
  const delta = emptyDelta();
  const statements: WriteStatement[] = [await claimOrganisation(db, organisationId)];
  for (const row of rows) {
    addContribution(delta, await contributionOf(db, row.assessment_id, row.period), -1);
    // Guarded like a replacement, so a submission racing with the erasure aborts one of them.
    statements.push(
      db
        .updateTable("benchmark_contributions")
        .set({ revision: row.revision + 1 })
        .where("framework_version", "=", row.framework_version)
        .where("period", "=", row.period)
        .where("organisation_id", "=", organisationId),
    );
  }
  return [...statements, ...deltaStatements(delta)];
}

/**
 * What the disclosure rules need for one lattice (framework version × period): distinct organisations
 * per group (by KvK number where given) and, per non-admin client, the members it controls or ever
 * controlled (docs/privacy.md, "Clients that control organisations"). A release cut calls this once
 * per lattice and hands it to `publishableGroups`.
 */
export async function disclosureInputs(
  db: Kysely<DatabaseSchema>,
  frameworkVersion: string,
  period: string,
): Promise<DisclosureCounts> {
  const members = await db
    .selectFrom("benchmark_contributions")
    .innerJoin("assessments", "assessments.id", "benchmark_contributions.assessment_id")
    .innerJoin("organisations", "organisations.id", "benchmark_contributions.organisation_id")
    .select([
      "organisations.id as organisationId",
      "organisations.kvk_number as kvkNumber",
      "assessments.sbi_section as sbiSection",
      "assessments.size_class as sizeClass",
      "assessments.region as region",
    ])
    .where("benchmark_contributions.framework_version", "=", frameworkVersion)
    .where("benchmark_contributions.period", "=", period)
    .execute();
  const history = await db
    .selectFrom("client_organisation_history")
    .innerJoin("clients", "clients.id", "client_organisation_history.client_id")
    .innerJoin(
      "benchmark_contributions",
      "benchmark_contributions.organisation_id",
      "client_organisation_history.organisation_id",
    )
    .select([
      "client_organisation_history.client_id as clientId",
      "client_organisation_history.organisation_id as organisationId",
    ])
    .where("clients.role", "<>", "admin")
    .where("benchmark_contributions.framework_version", "=", frameworkVersion)
    .where("benchmark_contributions.period", "=", period)
    .execute();
  const controllers = new Map<string, string[]>();
  for (const row of history) {
    const list = controllers.get(row.organisationId);
    if (list === undefined) controllers.set(row.organisationId, [row.clientId]);
    else list.push(row.clientId);
  }
  return disclosureCounts(
    members.map((member) => ({
      organisationId: member.organisationId,
      kvkNumber: member.kvkNumber,
      context: { sbiSection: member.sbiSection, sizeClass: member.sizeClass, region: member.region } as PeerContext,
    })),
    controllers,
  );
}

/** The aggregates recomputed from the assessments alone: each organisation's latest submission per version and period. */
export async function computeAggregatesFromAssessments(db: Kysely<DatabaseSchema>): Promise<{
  delta: AggregateDelta;
  contributions: { frameworkVersion: string; period: string; organisationId: string; assessmentId: string }[];
}> {
  const submitted = await db
    .selectFrom("assessments")
    .select(["id", "organisation_id", "framework_version", "submitted_at"])
    .where("status", "=", "submitted")
    .orderBy("submitted_at")
    .orderBy("id")
    .execute();
  const latest = new Map<
    string,
    { frameworkVersion: string; period: string; organisationId: string; assessmentId: string }
  >();
  for (const row of submitted) {
    for (const period of [ALL_PERIODS, quarterOf(row.submitted_at as string)]) {
      latest.set([row.framework_version, period, row.organisation_id].join(SEPARATOR), {
        frameworkVersion: row.framework_version,
        period,
        organisationId: row.organisation_id,
        assessmentId: row.id,
      });
    }
  }
  const delta = emptyDelta();
  for (const contribution of latest.values()) {
    addContribution(delta, await contributionOf(db, contribution.assessmentId, contribution.period), 1);
  }
  return { delta, contributions: [...latest.values()] };
}

/** Replaces every aggregate with a recomputation from the assessments, in one atomic write. */
export async function rebuildAggregates(storage: Storage): Promise<{ contributions: number; groups: number }> {
  const { db } = storage;
  const { delta, contributions } = await computeAggregatesFromAssessments(db);
  await storage.writeAtomically([
    db.deleteFrom("benchmark_practice_levels"),
    db.deleteFrom("benchmark_score_bins"),
    db.deleteFrom("benchmark_groups"),
    db.deleteFrom("benchmark_contributions"),
    ...contributions.map((contribution) =>
      db.insertInto("benchmark_contributions").values({
        framework_version: contribution.frameworkVersion,
        period: contribution.period,
        organisation_id: contribution.organisationId,
        assessment_id: contribution.assessmentId,
        revision: 1,
      }),
    ),
    ...deltaStatements(delta),
  ]);
  return { contributions: contributions.length, groups: delta.groups.size };
}
