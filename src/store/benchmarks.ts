import { CompiledQuery, type Kysely } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import {
  type AggregateDelta,
  addContribution,
  type Contribution,
  emptyDelta,
  SEPARATOR,
} from "../domain/benchmark/aggregate-rows.js";
import { type DisclosureCounts, disclosureCounts } from "../domain/benchmark/disclosure-counts.js";
import { memberKey } from "../domain/benchmark/member-key.js";
import { ALL_PERIODS, type PeerContext, quarterOf } from "../domain/benchmark/peer-groups.js";
import type { Answer, Maturity, Scores } from "../domain/scoring.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema } from "./schema.js";

/**
 * Benchmark contributions: which submitted assessment each organisation contributes per framework
 * version and period (overall, and the quarter of submission). A submission or an erasure changes
 * only these rows, in its own atomic write; a release cut folds the contributions into the figures
 * it publishes (benchmark-releases.ts). Nothing keeps live aggregates (migration 0028 dropped them).
 */

/** Contribution rows per INSERT when rebuilding: 5 bound parameters each, within D1's 100. */
const CONTRIBUTIONS_PER_INSERT = 20;

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

const CLAIM_ORGANISATION = "UPDATE organisations SET benchmark_revision = ? WHERE id = ?";

const benchmarkRevisionOf = preparedQuery((db, values: { organisationId: string }) =>
  db.selectFrom("organisations").select("benchmark_revision").where("id", "=", values.organisationId),
);

/**
 * The statement that claims the organisation's next benchmark revision: the database aborts the whole
 * write when another submission or erasure of the same organisation got there first.
 */
async function claimOrganisation(db: Kysely<DatabaseSchema>, organisationId: string): Promise<WriteStatement> {
  const [row] = await benchmarkRevisionOf(db, { organisationId });
  return CompiledQuery.raw(CLAIM_ORGANISATION, [(row?.benchmark_revision ?? 0) + 1, organisationId]);
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
  readonly submittedAt: Date;
}

/**
 * One statement for both periods of a submission, with bound parameters and the same text every
 * time (so each runtime prepares it once). A resubmission replaces the assessment the organisation
 * contributes; the row's revision moves by one (its guard trigger refuses anything else).
 */
const UPSERT_CONTRIBUTIONS = `INSERT INTO benchmark_contributions (framework_version, period, organisation_id, assessment_id, revision)
VALUES (?, ?, ?, ?, 1), (?, ?, ?, ?, 1)
ON CONFLICT (framework_version, period, organisation_id)
DO UPDATE SET assessment_id = excluded.assessment_id, revision = benchmark_contributions.revision + 1`;

/**
 * The writes that make a just-submitted assessment the organisation's contribution for its version,
 * overall and for the quarter of submission: one contribution statement, no aggregate. The
 * organisation's benchmark revision is claimed in the same write, so a submission racing with another
 * submission or an erasure of the same organisation aborts instead of both counting.
 */
export async function contributionWrites(storage: Storage, submission: NewContribution): Promise<WriteStatement[]> {
  const contribution = (period: string) => [
    submission.frameworkVersion,
    period,
    submission.organisationId,
    submission.assessmentId,
  ];
  return [
    await claimOrganisation(storage.db, submission.organisationId),
    CompiledQuery.raw(UPSERT_CONTRIBUTIONS, [
      ...contribution(ALL_PERIODS),
      ...contribution(quarterOf(submission.submittedAt.toISOString())),
    ]),
  ];
}

/**
 * Who controls the organisation (any registration of its KvK number that takes part: a held one, or the
 * organisation itself when held, spreads nothing; migration 0034), recorded by its opaque member key
 * before its history rows go: a client linked to it after the last cut knew it although no release saw
 * the link (docs/privacy.md, "Who knew a member"; migration 0030). Not its own employer clients: they
 * are erased with it, read nothing afterwards, and their ids must not outlive it.
 */
const RECORD_ERASED_CONTROLLERS = `INSERT OR IGNORE INTO benchmark_erased_controllers (member_key, client_id, erased_at)
SELECT ?, history.client_id, ? FROM client_organisation_history AS history
JOIN clients ON clients.id = history.client_id
WHERE clients.role <> 'admin'
AND NOT (clients.role = 'employer' AND clients.organisation_id IS ?)
AND history.organisation_id IN (
  SELECT id FROM organisations WHERE id = ?
  OR (kvk_number IS NOT NULL AND kvk_held = 0
    AND (kvk_number, 0) = (SELECT kvk_number, kvk_held FROM organisations WHERE id = ?))
)`;

/**
 * The writes that withdraw every contribution of an organisation (before it is erased, in the same
 * write, and before its client history goes): the next release cut no longer counts it, and knows who
 * controlled it. Guarded like a submission.
 */
export async function withdrawalWrites(
  storage: Storage,
  organisationId: string,
  erasedAt: Date,
): Promise<WriteStatement[]> {
  const { db } = storage;
  return [
    await claimOrganisation(db, organisationId),
    CompiledQuery.raw(RECORD_ERASED_CONTROLLERS, [
      await memberKey(organisationId),
      erasedAt.toISOString(),
      organisationId,
      organisationId,
      organisationId,
    ]),
    db.deleteFrom("benchmark_contributions").where("organisation_id", "=", organisationId),
  ];
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
    // A held registration (a borrowed KvK number, migration 0034) takes no part until an admin confirms it.
    .where("organisations.kvk_held", "=", 0)
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

interface LatestContribution {
  readonly frameworkVersion: string;
  readonly period: string;
  readonly organisationId: string;
  readonly assessmentId: string;
}

/** What the contributions should be, from the assessments alone: each organisation's latest submission per version and period. */
async function latestContributions(db: Kysely<DatabaseSchema>): Promise<LatestContribution[]> {
  const submitted = await db
    .selectFrom("assessments")
    .select(["id", "organisation_id", "framework_version", "submitted_at"])
    .where("status", "=", "submitted")
    .orderBy("submitted_at")
    .orderBy("id")
    .execute();
  const latest = new Map<string, LatestContribution>();
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
  return [...latest.values()];
}

/**
 * The aggregates recomputed from the assessments alone, one contribution at a time through
 * `addContribution`: the reference a release cut (which folds the contribution rows its own way) is
 * tested against.
 */
export async function computeAggregatesFromAssessments(db: Kysely<DatabaseSchema>): Promise<{
  delta: AggregateDelta;
  contributions: LatestContribution[];
}> {
  const contributions = await latestContributions(db);
  const delta = emptyDelta();
  for (const contribution of contributions) {
    addContribution(delta, await contributionOf(db, contribution.assessmentId, contribution.period), 1);
  }
  return { delta, contributions };
}

/**
 * Replaces every contribution row with what the assessments say it should be, in one atomic write
 * (the demo seeder writes assessments directly and then calls this; `npm run contributions:rebuild`
 * repairs a database by hand). Multi-row inserts keep each statement within D1's 100 parameters.
 */
export async function rebuildContributions(storage: Storage): Promise<{ contributions: number }> {
  const { db } = storage;
  const contributions = await latestContributions(db);
  const statements: WriteStatement[] = [db.deleteFrom("benchmark_contributions")];
  for (let start = 0; start < contributions.length; start += CONTRIBUTIONS_PER_INSERT) {
    statements.push(
      db.insertInto("benchmark_contributions").values(
        contributions.slice(start, start + CONTRIBUTIONS_PER_INSERT).map((contribution) => ({
          framework_version: contribution.frameworkVersion,
          period: contribution.period,
          organisation_id: contribution.organisationId,
          assessment_id: contribution.assessmentId,
          revision: 1,
        })),
      ),
    );
  }
  await storage.writeAtomically(statements);
  return { contributions: contributions.length };
}
