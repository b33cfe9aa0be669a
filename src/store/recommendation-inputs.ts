import { type Kysely, sql } from "kysely";
import { OPEN_ACTION_STATUSES } from "../domain/plan-evaluation.js";
import { preparedQuery } from "./prepared-query.js";
import type { DatabaseSchema } from "./schema.js";

/**
 * What an organisation's recommendations read live besides the assessment and the release, as one
 * text: its open actions (the plan: id, practice, status, due date and revision of each), its workforce
 * figures (every column) and the published labour-market tables (version and content hash). Read on
 * every recommendations request (one query, built once) and put into the key its answer is kept under
 * (routes/recommendations/get-recommendations.ts): any change to any of them reads as another key.
 */
export async function recommendationLiveInputs(db: Kysely<DatabaseSchema>, organisationId: string): Promise<string> {
  const [row] = await LIVE_INPUTS(db, { organisationId });
  return `${row?.open_actions ?? ""}|${row?.workforce ?? ""}|${row?.labour_market ?? ""}`;
}

const LIVE_INPUTS = preparedQuery((db, values: { organisationId: string }) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom("actions as a")
      .select(
        sql<string>`group_concat(a.id || ':' || a.practice_id || ':' || a.status || ':' || a.due_date || ':' || a.revision, ',')`.as(
          "list",
        ),
      )
      .where("a.organisation_id", "=", values.organisationId)
      .where("a.status", "in", [...OPEN_ACTION_STATUSES])
      .as("open_actions"),
    eb
      .selectFrom("organisation_workforce as w")
      .select(
        sql<string>`quote(w.reference_year) || '/' || quote(w.migration_background_share) || '/' || quote(w.migration_background_management_share) || '/' || quote(w.migration_background_hires_share) || '/' || quote(w.learning_participation_with_migration_background) || '/' || quote(w.learning_participation_without_migration_background) || '/' || quote(w.aged_over_55_share) || '/' || quote(w.at_most_mbo2_share) || '/' || quote(w.routine_work_share)`.as(
          "figures",
        ),
      )
      .where("w.organisation_id", "=", values.organisationId)
      .as("workforce"),
    eb
      .selectFrom("labour_market_versions as l")
      .select(sql<string>`group_concat(l.version || ':' || l.content_hash, ',')`.as("list"))
      .where("l.status", "=", "published")
      .as("labour_market"),
  ]),
);
