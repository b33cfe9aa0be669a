import type { Storage } from "../db/storage.js";
import { seededRandom } from "../domain/seeded-random.js";
import type { OrganisationWorkforceTable } from "../store/schema.js";

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMETERS = 100;
const DEMO_MIN_PEOPLE = 10;
const clamp = (value: number) => Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;

/**
 * Synthetic workforce figures for the demo organisations (about 70 % report them, as a real group
 * would be incomplete), so the report can show representation next to the peer medians. Deterministic;
 * organisation-level shares only. Organisations that already have figures keep them.
 */
export async function seedDemoWorkforce(storage: Storage, options: { seed: number; now: Date }): Promise<number> {
  const random = seededRandom(options.seed);
  const organisations = await storage.db
    .selectFrom("organisations")
    .leftJoin("organisation_workforce", "organisation_workforce.organisation_id", "organisations.id")
    .select(["organisations.id as id", "organisations.sbi_section as section", "organisations.headcount as headcount"])
    .where("organisation_workforce.organisation_id", "is", null)
    .orderBy("organisations.id")
    .execute();
  const rows: OrganisationWorkforceTable[] = [];
  for (const organisation of organisations) {
    if (random.next() >= 0.7) continue;
    // Sections differ: more migration background in hospitality, cleaning and logistics.
    const base = ["I", "N", "H"].includes(organisation.section) ? 32 : 17;
    const share = clamp(random.normal(base, 9));
    const learningWithout = clamp(random.normal(45, 12));
    const managementShare = clamp(share * (0.3 + 0.6 * random.next()));
    const hiresShare = clamp(random.normal(share * 1.2, 6));
    const learningWith = clamp(learningWithout - random.normal(9, 6));
    const agedOver55 = clamp(random.normal(20, 7));
    const atMostMbo2 = clamp(random.normal(25, 12));
    const routineWork = clamp(random.normal(30, 15));
    // The API refuses a share that describes fewer than 10 people (WORKFORCE_MIN_PEOPLE): so does the demo.
    if (organisation.headcount < DEMO_MIN_PEOPLE) continue;
    const managers = Math.round(organisation.headcount / 10);
    const hires = Math.round(organisation.headcount / 7);
    const withMb = Math.floor((organisation.headcount * share) / 100);
    const learningShown = withMb >= DEMO_MIN_PEOPLE && organisation.headcount - withMb >= DEMO_MIN_PEOPLE;
    rows.push({
      organisation_id: organisation.id,
      reference_year: options.now.getUTCFullYear() - 1,
      migration_background_share: share,
      migration_background_management_share: managers >= DEMO_MIN_PEOPLE ? managementShare : null,
      migration_background_hires_share: hires >= DEMO_MIN_PEOPLE ? hiresShare : null,
      learning_participation_with_migration_background: learningShown ? learningWith : null,
      learning_participation_without_migration_background: learningShown ? learningWithout : null,
      aged_over_55_share: agedOver55,
      at_most_mbo2_share: atMostMbo2,
      routine_work_share: routineWork,
      labour_migrant_share: null,
      agency_worker_share: null,
      statushouder_share: null,
      manager_count: managers,
      hires_count: hires,
      source: "hrSystem",
      updated_at: options.now.toISOString(),
    });
  }
  const statements = [];
  const rowsPerStatement = Math.floor(MAX_PARAMETERS / Object.keys(rows[0] ?? { one: 1 }).length);
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    statements.push(
      storage.db.insertInto("organisation_workforce").values(rows.slice(start, start + rowsPerStatement)),
    );
  }
  if (statements.length > 0) await storage.writeAtomically(statements);
  return rows.length;
}
