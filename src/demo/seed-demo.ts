import { sql } from "kysely";
import { hashSecret, randomToken } from "../auth/secret-hash.js";
import type { Storage, WriteStatement } from "../db/storage.js";
import { contributionAnswers } from "../domain/benchmark/contribution-fold.js";
import type { FrameworkContent, SbiSection, SizeClass } from "../domain/framework/framework-schema.js";
import type { ProvinceCode } from "../domain/organisation-profile.js";
import {
  type Answer,
  applicablePractices,
  mayBeNotApplicable,
  type Scores,
  scoreAssessment,
} from "../domain/scoring.js";
import { type Random, seededRandom } from "../domain/seeded-random.js";
import { rebuildContributions } from "../store/benchmarks.js";

/**
 * Synthetic organisations with plausible assessments, for the demo and the benchmarks. Deterministic
 * (seeded), clearly marked (names start with "Demo", the database carries the synthetic-data flag),
 * and refused on a database that holds anything else.
 */

export const SYNTHETIC_FLAG = "synthetic_demo_data";

export class NotADemoDatabaseError extends Error {
  constructor() {
    super(
      "this database holds organisations that are not demo data: the demo seeder only seeds an empty or demo database",
    );
    this.name = "NotADemoDatabaseError";
  }
}

export interface DemoCredentials {
  readonly admin: { clientId: string; clientSecret: string };
  readonly employer: { clientId: string; clientSecret: string; organisationId: string };
  readonly sector: { clientId: string; clientSecret: string; sections: SbiSection[] };
}

export interface SeedOptions {
  readonly organisations: number;
  readonly seed: number;
  /** The demo's "today": submissions spread over the five quarters before it. */
  readonly now: Date;
  readonly framework: FrameworkContent;
}

// Rough shares of employers by section and size in the Netherlands: enough to look plausible.
const SECTION_WEIGHTS: [SbiSection, number][] = [
  ["G", 18],
  ["M", 14],
  ["F", 11],
  ["Q", 9],
  ["C", 7],
  ["I", 7],
  ["N", 7],
  ["J", 6],
  ["P", 4],
  ["H", 4],
  ["S", 4],
  ["K", 3],
  ["O", 2],
  ["R", 2],
  ["L", 2],
];
const SIZE_WEIGHTS: [SizeClass, number][] = [
  ["micro", 40],
  ["small", 33],
  ["medium", 19],
  ["large", 8],
];
const REGION_WEIGHTS: [ProvinceCode, number][] = [
  ["NL-ZH", 21],
  ["NL-NH", 17],
  ["NL-NB", 15],
  ["NL-GE", 12],
  ["NL-UT", 8],
  ["NL-OV", 7],
  ["NL-LI", 6],
  ["NL-FR", 4],
  ["NL-GR", 3],
  ["NL-DR", 3],
  ["NL-FL", 2],
  ["NL-ZE", 2],
];
const HEADCOUNTS: Record<SizeClass, [number, number]> = {
  micro: [2, 9],
  small: [10, 49],
  medium: [50, 249],
  large: [250, 2500],
};
const NAMES = [
  "Anker",
  "Zuiderlicht",
  "De Linde",
  "Polderkracht",
  "Noordkaap",
  "Maasoever",
  "Vaart",
  "Heuvelrug",
  "Duinzicht",
  "Kempen",
];
const KINDS: Partial<Record<SbiSection, string>> = {
  C: "Productie",
  F: "Bouw",
  G: "Handel",
  H: "Logistiek",
  I: "Horeca",
  J: "ICT",
  K: "Financiële diensten",
  M: "Advies",
  N: "Schoonmaak",
  O: "Gemeente",
  P: "Onderwijs",
  Q: "Zorg",
  R: "Cultuur",
  S: "Dienstverlening",
  L: "Vastgoed",
};

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** Ids in the API's own format (prefix + 24 base32 characters), recognisably synthetic: "demo…". */
export function demoId(prefix: "org" | "asm", index: number): string {
  let digits = "";
  let rest = index;
  do {
    digits = (BASE32[rest % 32] as string) + digits;
    rest = Math.floor(rest / 32);
  } while (rest > 0);
  return `${prefix}_demo${digits.padStart(20, "a")}`;
}

function weighted<T>(random: Random, entries: readonly [T, number][]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries.at(-1) as [T, number])[0];
}

const EFFORT_SHIFT = { low: 0.4, medium: 0, high: -0.5 } as const;
const SIZE_SHIFT: Record<SizeClass, number> = { micro: -0.4, small: 0, medium: 0.3, large: 0.6 };

async function assertDemoOrEmpty(storage: Storage): Promise<void> {
  const flag = await storage.db
    .selectFrom("deployment_flags")
    .select("value")
    .where("name", "=", SYNTHETIC_FLAG)
    .executeTakeFirst();
  if (flag?.value === "true") return;
  const any = await storage.db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (any !== undefined) throw new NotADemoDatabaseError();
}

export async function isDemoDatabase(storage: Storage): Promise<boolean> {
  const flag = await storage.db
    .selectFrom("deployment_flags")
    .select("value")
    .where("name", "=", SYNTHETIC_FLAG)
    .executeTakeFirst();
  return flag?.value === "true";
}

/** One synthetic organisation with its submitted rounds, oldest first, as the store would hold them. */
export interface DemoOrganisation {
  readonly index: number;
  readonly row: {
    readonly id: string;
    readonly name: string;
    readonly sbiSection: SbiSection;
    readonly sizeClass: SizeClass;
    readonly region: ProvinceCode;
    readonly headcount: number;
    readonly hasHrDepartment: boolean;
    readonly createdAt: string;
  };
  readonly rounds: readonly DemoRound[];
}

export interface DemoRound {
  readonly assessmentId: string;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly scores: Scores;
  readonly submittedAt: string;
}

/**
 * The synthetic organisations, one at a time (so a bulk writer never holds them all): the single
 * source of the demo data, for the demo seeder and the load benchmarks' bulk seeder alike.
 */
export function* generateDemoOrganisations(options: SeedOptions): Generator<DemoOrganisation> {
  const random = seededRandom(options.seed);
  const quarterMs = 91 * 24 * 3_600_000;
  for (let index = 0; index < options.organisations; index++) {
    const section = weighted(random, SECTION_WEIGHTS);
    const sizeClass = weighted(random, SIZE_WEIGHTS);
    const region = weighted(random, REGION_WEIGHTS);
    const [low, high] = HEADCOUNTS[sizeClass];
    const headcount = random.integer(low, high);
    const hasHr =
      sizeClass === "large" ||
      (sizeClass === "medium" && random.next() < 0.8) ||
      (sizeClass === "small" && random.next() < 0.25);
    const created = new Date(options.now.getTime() - 5 * quarterMs - random.integer(0, 30) * 86_400_000).toISOString();
    const name = `Demo ${KINDS[section] ?? "Bedrijf"} ${random.pick(NAMES)} ${index + 1}`;
    const context = { sizeClass, sbiSection: section, hasHrDepartment: hasHr, region };
    const propensity = random.normal(1.5 + SIZE_SHIFT[sizeClass] + (hasHr ? 0.3 : 0), 0.6);
    const roundCount = random.next() < 0.25 ? 2 : 1;
    const firstQuarter = random.integer(0, roundCount === 2 ? 2 : 4);
    const rounds: DemoRound[] = [];
    for (let round = 0; round < roundCount; round++) {
      const answers = new Map<string, Answer>();
      for (const practice of applicablePractices(options.framework, context)) {
        if (mayBeNotApplicable(practice, context) && random.next() < 0.25) {
          answers.set(practice.id, "notApplicable");
          continue;
        }
        const mean =
          propensity +
          round * 0.35 +
          EFFORT_SHIFT[practice.effort.level] +
          (practice.evidence.level === "contested" ? -0.2 : 0);
        answers.set(practice.id, Math.min(4, Math.max(0, Math.round(random.normal(mean, 0.9)))) as Answer);
      }
      const quarter = firstQuarter + round * 2;
      const submittedAt = new Date(
        options.now.getTime() - (4 - quarter) * quarterMs - random.integer(1, 80) * 86_400_000,
      ).toISOString();
      rounds.push({
        assessmentId: demoId("asm", index * 2 + round),
        answers,
        scores: scoreAssessment(options.framework, context, answers),
        submittedAt,
      });
    }
    yield {
      index,
      row: {
        id: demoId("org", index),
        name,
        sbiSection: section,
        sizeClass,
        region,
        headcount,
        hasHrDepartment: hasHr,
        createdAt: created,
      },
      rounds,
    };
  }
}

/** Seeds once: a database that is seeded already keeps its data, and gets new demo credentials. */
export async function seedDemoData(
  storage: Storage,
  options: SeedOptions,
): Promise<DemoCredentials & { seeded: boolean }> {
  await assertDemoOrEmpty(storage);
  const { db } = storage;
  const alreadySeeded = (await db.selectFrom("organisations").select("id").limit(1).executeTakeFirst()) !== undefined;
  const statements: WriteStatement[] = [
    sql`INSERT INTO deployment_flags (name, value) VALUES (${SYNTHETIC_FLAG}, 'true') ON CONFLICT (name) DO UPDATE SET value = 'true'`.compile(
      db,
    ),
  ];
  const version = options.framework.version;

  if (!alreadySeeded) {
    for (const { row, rounds } of generateDemoOrganisations(options)) {
      statements.push(
        db.insertInto("organisations").values({
          id: row.id,
          name: row.name,
          kvk_number: null,
          sbi_section: row.sbiSection,
          sbi_code: null,
          headcount: row.headcount,
          size_class: row.sizeClass,
          region: row.region,
          labour_market_region: null,
          has_hr_department: row.hasHrDepartment ? 1 : 0,
          legal_form: null,
          created_by_client_id: "demo-seeder",
          created_at: row.createdAt,
          updated_at: row.createdAt,
        }),
      );
      for (const { assessmentId, answers, scores, submittedAt } of rounds) {
        // As the API does it: a draft, its answers, then the submission (the triggers allow no other order).
        statements.push(
          db.insertInto("assessments").values({
            id: assessmentId,
            organisation_id: row.id,
            framework_version: version,
            status: "draft",
            revision: 1,
            size_class: row.sizeClass,
            sbi_section: row.sbiSection,
            region: row.region,
            has_hr_department: row.hasHrDepartment ? 1 : 0,
            scores: null,
            created_at: submittedAt,
            updated_at: submittedAt,
            submitted_at: null,
          }),
        );
        for (const [practiceId, answer] of answers) {
          statements.push(
            db.insertInto("assessment_answers").values({
              assessment_id: assessmentId,
              practice_id: practiceId,
              maturity: answer === "notApplicable" ? null : answer,
              not_applicable: answer === "notApplicable" ? 1 : 0,
              comment: null,
              updated_at: submittedAt,
            }),
          );
        }
        statements.push(
          db
            .updateTable("assessments")
            .set({
              status: "submitted",
              revision: 2,
              scores: JSON.stringify(scores),
              contribution_answers: contributionAnswers(answers),
              submitted_at: submittedAt,
            })
            .where("id", "=", assessmentId),
        );
      }
    }
  }

  // The demo employer: the first organisation of the largest section × size × region cell.
  await storage.writeAtomically(statements);
  if (!alreadySeeded) await rebuildContributions(storage);
  const cell = await db
    .selectFrom("organisations")
    .select([
      "sbi_section",
      "size_class",
      "region",
      (eb) => eb.fn.countAll<number>().as("n"),
      (eb) => eb.fn.min("id").as("first"),
    ])
    .groupBy(["sbi_section", "size_class", "region"])
    .orderBy("n", "desc")
    .orderBy("first")
    .limit(1)
    .executeTakeFirstOrThrow();
  const organisationId = cell.first as string;
  const section = cell.sbi_section as SbiSection;

  const admin = { clientId: "demo-admin", clientSecret: randomToken("sec", 32) };
  const employer = { clientId: "demo-employer", clientSecret: randomToken("sec", 32), organisationId };
  const sector = { clientId: "demo-sector", clientSecret: randomToken("sec", 32), sections: [section] };
  const now = options.now.toISOString();
  const client = async (id: string, role: string, secret: string, organisation: string | null) => ({
    id,
    name: `Demo ${role}`,
    role,
    status: "active",
    secret_hash: await hashSecret(secret),
    organisation_id: organisation,
    created_at: now,
    updated_at: now,
  });
  await storage.writeAtomically([
    db.deleteFrom("clients").where("id", "in", [admin.clientId, employer.clientId, sector.clientId]),
    db.insertInto("clients").values(await client(admin.clientId, "admin", admin.clientSecret, null)),
    db.insertInto("clients").values(await client(employer.clientId, "employer", employer.clientSecret, organisationId)),
    db.insertInto("clients").values(await client(sector.clientId, "sector", sector.clientSecret, null)),
    db.insertInto("client_sections").values({ client_id: sector.clientId, sbi_section: section }),
  ]);
  return { admin, employer, sector, seeded: !alreadySeeded };
}
