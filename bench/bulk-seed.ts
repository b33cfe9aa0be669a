import { fileURLToPath } from "node:url";
import type BetterSqlite3 from "better-sqlite3";
import { hashSecret } from "../src/auth/secret-hash.js";
import { loadNodeConfig } from "../src/config.js";
import { applyMigrations, readMigrationFiles } from "../src/db/migrator.js";
import { openSqliteStorage, type SqliteStorage } from "../src/db/sqlite-storage.js";
import {
  type DemoOrganisation,
  demoId,
  generateDemoOrganisations,
  type SeedOptions,
  SYNTHETIC_FLAG,
} from "../src/demo/seed-demo.js";
import { SEPARATOR } from "../src/domain/benchmark/aggregate-rows.js";
import { contributionAnswers } from "../src/domain/benchmark/contribution-fold.js";
import { ALL_PERIODS, type PeerContext, peerGroupsFor, quarterOf } from "../src/domain/benchmark/peer-groups.js";
import { type Answer, applicablePractices, mayBeNotApplicable } from "../src/domain/scoring.js";
import { seededRandom } from "../src/domain/seeded-random.js";
import { cutRelease } from "../src/store/benchmark-releases.js";
import { latestPublishedVersion, loadFrameworkContent } from "../src/store/frameworks.js";

/**
 * The demo data at benchmark scale: the same organisations and rounds as `seedDemoData` (one
 * generator, `generateDemoOrganisations`), written with prepared better-sqlite3 statements in large
 * transactions instead of one compiled Kysely statement per row, with the contribution rows a release
 * cut folds (tests/node/bench-bulk-seed.test.ts proves they equal the demo seeder's and a recompute).
 * Node + SQLite only; the D1 check uses SQL files.
 */

export interface BulkSeedOptions extends SeedOptions {
  /**
   * Organisations (the first ones) that get one more round as a complete draft, as an HR tool leaves
   * it after creating it and sending every answer in one PATCH: what the submission scenario submits.
   */
  readonly drafts: number;
  /** An integration client (an HR tool) linked to every organisation, so it may act for all of them. */
  readonly integration: { readonly clientId: string; readonly secretHash: string };
  /** Organisations per transaction. */
  readonly batch?: number;
}

export interface BulkSeedResult {
  readonly organisations: number;
  readonly submitted: number;
  readonly drafts: readonly { organisationId: string; assessmentId: string }[];
  /** Each organisation's latest submitted assessment (for GET recommendations). */
  readonly latest: readonly { organisationId: string; assessmentId: string }[];
  /** Peer groups (version × period × group) with at least one contribution. */
  readonly groupRows: number;
}

/** The draft ids live after every round id the generator can use (2 per organisation). */
export function draftAssessmentId(organisations: number, index: number): string {
  return demoId("asm", 2 * organisations + index);
}

export function bulkSeed(connection: BetterSqlite3.Database, options: BulkSeedOptions): BulkSeedResult {
  const existing = connection.prepare("SELECT count(*) AS n FROM organisations").get() as { n: number };
  if (existing.n > 0) throw new Error("the bulk seeder only seeds an empty database");
  const version = options.framework.version;
  const now = options.now.toISOString();
  const insertOrganisation = connection.prepare(
    `INSERT INTO organisations (id, name, kvk_number, sbi_section, sbi_code, headcount, size_class, region,
       labour_market_region, has_hr_department, legal_form, created_by_client_id, created_at, updated_at)
     VALUES (?, ?, NULL, ?, NULL, ?, ?, ?, NULL, ?, NULL, 'demo-seeder', ?, ?)`,
  );
  const insertAssessment = connection.prepare(
    `INSERT INTO assessments (id, organisation_id, framework_version, status, revision, size_class, sbi_section,
       region, has_hr_department, scores, created_at, updated_at, submitted_at)
     VALUES (?, ?, ?, 'draft', 1, ?, ?, ?, ?, NULL, ?, ?, NULL)`,
  );
  const insertAnswer = connection.prepare(
    `INSERT INTO assessment_answers (assessment_id, practice_id, maturity, not_applicable, comment, updated_at)
     VALUES (?, ?, ?, ?, NULL, ?)`,
  );
  // As the store does it: answers go in while the assessment is a draft (the triggers refuse them after).
  const submit = connection.prepare(
    "UPDATE assessments SET status = 'submitted', revision = 2, scores = ?, contribution_answers = ?, submitted_at = ? WHERE id = ?",
  );
  const patched = connection.prepare("UPDATE assessments SET revision = 2 WHERE id = ?");
  const insertContribution = connection.prepare(
    `INSERT INTO benchmark_contributions (framework_version, period, organisation_id, assessment_id, revision)
     VALUES (?, ?, ?, ?, 1)`,
  );
  const link = connection.prepare(
    "INSERT INTO client_organisations (client_id, organisation_id, created_at) VALUES (?, ?, ?)",
  );

  const addAnswers = (assessmentId: string, answers: ReadonlyMap<string, Answer>, at: string) => {
    for (const [practiceId, answer] of answers) {
      const notApplicable = answer === "notApplicable";
      insertAnswer.run(assessmentId, practiceId, notApplicable ? null : answer, notApplicable ? 1 : 0, at);
    }
  };

  connection
    .prepare(
      "INSERT INTO deployment_flags (name, value) VALUES (?, 'true') ON CONFLICT (name) DO UPDATE SET value = 'true'",
    )
    .run(SYNTHETIC_FLAG);
  connection
    .prepare(
      `INSERT INTO clients (id, name, role, status, secret_hash, organisation_id, created_at, updated_at)
       VALUES (?, 'Bench HR tool', 'integration', 'active', ?, NULL, ?, ?)`,
    )
    .run(options.integration.clientId, options.integration.secretHash, now, now);

  const cells = new Set<string>();
  const drafts: { organisationId: string; assessmentId: string }[] = [];
  const latest: { organisationId: string; assessmentId: string }[] = [];
  const draftRandom = seededRandom(options.seed + 1);
  let submitted = 0;

  const writeOrganisation = (organisation: DemoOrganisation) => {
    const { row, rounds } = organisation;
    const hasHr = row.hasHrDepartment ? 1 : 0;
    insertOrganisation.run(
      row.id,
      row.name,
      row.sbiSection,
      row.headcount,
      row.sizeClass,
      row.region,
      hasHr,
      row.createdAt,
      row.createdAt,
    );
    link.run(options.integration.clientId, row.id, now);
    // Each period's contribution is the latest submitted round there (as computeAggregatesFromAssessments).
    const contributions = new Map<string, (typeof rounds)[number]>();
    for (const round of rounds) {
      insertAssessment.run(
        round.assessmentId,
        row.id,
        version,
        row.sizeClass,
        row.sbiSection,
        row.region,
        hasHr,
        round.submittedAt,
        round.submittedAt,
      );
      addAnswers(round.assessmentId, round.answers, round.submittedAt);
      submit.run(
        JSON.stringify(round.scores),
        contributionAnswers(round.answers),
        round.submittedAt,
        round.assessmentId,
      );
      submitted++;
      for (const period of [ALL_PERIODS, quarterOf(round.submittedAt)]) {
        const before = contributions.get(period);
        const later =
          before === undefined ||
          round.submittedAt > before.submittedAt ||
          (round.submittedAt === before.submittedAt && round.assessmentId > before.assessmentId);
        if (later) contributions.set(period, round);
      }
    }
    const context = { sbiSection: row.sbiSection, sizeClass: row.sizeClass, region: row.region };
    for (const [period, round] of contributions) {
      insertContribution.run(version, period, row.id, round.assessmentId);
      cells.add([version, period, context.sbiSection, context.sizeClass, context.region].join(SEPARATOR));
      if (period === ALL_PERIODS) latest.push({ organisationId: row.id, assessmentId: round.assessmentId });
    }
    if (organisation.index < options.drafts) {
      const assessmentId = draftAssessmentId(options.organisations, organisation.index);
      const draftContext = { ...context, hasHrDepartment: row.hasHrDepartment };
      const answers = new Map<string, Answer>();
      for (const practice of applicablePractices(options.framework, draftContext)) {
        const notApplicable = mayBeNotApplicable(practice, draftContext) && draftRandom.next() < 0.25;
        answers.set(practice.id, notApplicable ? "notApplicable" : (draftRandom.integer(0, 4) as Answer));
      }
      insertAssessment.run(assessmentId, row.id, version, row.sizeClass, row.sbiSection, row.region, hasHr, now, now);
      addAnswers(assessmentId, answers, now);
      patched.run(assessmentId);
      drafts.push({ organisationId: row.id, assessmentId });
    }
  };

  const batchSize = options.batch ?? 2000;
  const writeBatch = connection.transaction((batch: DemoOrganisation[]) => {
    for (const organisation of batch) writeOrganisation(organisation);
  });
  let batch: DemoOrganisation[] = [];
  for (const organisation of generateDemoOrganisations(options)) {
    batch.push(organisation);
    if (batch.length >= batchSize) {
      writeBatch(batch);
      batch = [];
    }
  }
  writeBatch(batch);
  const groupRows = groupsWithContributions(cells);
  return { organisations: options.organisations, submitted, drafts, latest, groupRows };
}

/**
 * The peer groups (version × period × group) with at least one contribution, from the narrowest cells
 * the contributions lie in: what a release cut folds them into.
 */
function groupsWithContributions(cells: ReadonlySet<string>): number {
  const groups = new Set<string>();
  for (const cell of cells) {
    const [frameworkVersion = "", period = "", sbiSection, sizeClass, region] = cell.split(SEPARATOR);
    const context = { sbiSection, sizeClass, region } as PeerContext;
    for (const group of peerGroupsFor(context)) groups.add([frameworkVersion, period, group.key].join(SEPARATOR));
  }
  return groups.size;
}

/** The integration client both bench runners seed and load with. */
export const BENCH_INTEGRATION = {
  clientId: "bench-integration",
  clientSecret: "bench-integration-EXeWvoFX99XGdoWJE0_W_X0vMmbgh3GiGkm_0_n6lMbt",
};

/**
 * A fresh SQLite file, migrated and bulk-seeded against the latest published framework (as of today,
 * with the bench integration client), left open for the caller to close.
 */
export async function seedFreshDatabase(
  path: string,
  organisations: number,
  drafts: number,
): Promise<{ storage: SqliteStorage; seeded: BulkSeedResult }> {
  const storage = openSqliteStorage(path);
  applyMigrations(storage.connection, readMigrationFiles(fileURLToPath(new URL("../migrations", import.meta.url))));
  const version = await latestPublishedVersion(storage.db);
  const framework = version === undefined ? undefined : await loadFrameworkContent(storage.db, version);
  if (framework === undefined) throw new Error("no published framework version to seed against");
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const integration = {
    clientId: BENCH_INTEGRATION.clientId,
    secretHash: await hashSecret(BENCH_INTEGRATION.clientSecret),
  };
  const seeded = bulkSeed(storage.connection, { organisations, seed: 42, now: today, framework, drafts, integration });
  return { storage, seeded };
}

/**
 * A fresh database as seedFreshDatabase makes it, with its first benchmark release cut (as the API's
 * first start or first read would cut it) and everything checkpointed into the main file: servers
 * started on it start as a restart does. Closed again.
 */
export async function seedWithFirstRelease(
  path: string,
  organisations: number,
  drafts: number,
): Promise<BulkSeedResult> {
  const { storage, seeded } = await seedFreshDatabase(path, organisations, drafts);
  try {
    const { settings } = loadNodeConfig({ ...process.env, DATABASE_PATH: path });
    await cutRelease(storage, {
      minimumGroupSize: settings.benchmarks.minGroupSize,
      maxControlledShare: settings.benchmarks.maxControlledShare,
      keep: settings.benchmarks.releasesKept,
      now: new Date(),
      trigger: "command",
    });
    storage.connection.pragma("wal_checkpoint(TRUNCATE)");
    return seeded;
  } finally {
    await storage.close();
  }
}

/** The API's settings in every bench: its servers (bench/run.ts) get them as environment too. */
export const BENCH_API_ENV = {
  ACCESS_TOKEN_TTL_SECONDS: "3600",
  DEMO_DATA: "true",
  // A load test is one client from one address far beyond any fair-use limit: the limiter still runs
  // and counts (its cost is measured), it just never says no.
  RATE_LIMIT_CLIENT_REQUESTS: "1000000",
  RATE_LIMIT_ANONYMOUS_REQUESTS: "1000000",
  RATE_LIMIT_TOKEN_CLIENT_REQUESTS: "1000000",
  RATE_LIMIT_TOKEN_ADDRESS_REQUESTS: "1000000",
  // The same for the per-client concurrency cap on expensive reads: 32 connections are one client.
  EXPENSIVE_REQUESTS_PER_CLIENT: "1000",
} as const;
