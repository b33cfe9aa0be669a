import type { Harness } from "../harness/harness.js";
import { answerAll, createOrganisation, jsonBody, startAssessment, submit } from "./api-client.js";

/**
 * Populations for the attack suite (tests/privacy): organisations registered and submitted through
 * the API, as the attacker and everyone else would.
 */

export interface Profile {
  readonly sbiCode: string;
  readonly headcount: number;
  readonly region: string;
  /** Default: a KvK number of its own. */
  readonly kvkNumber?: string;
}

/** Registers an organisation with `token`, submits one round at `level`, and optionally its workforce share. */
export async function submittedOrganisation(
  harness: Harness,
  token: string,
  profile: Profile,
  level: number | ((practiceId: string) => number | "notApplicable"),
  migrationBackgroundShare?: number,
): Promise<{ organisationId: string; assessmentId: string }> {
  const { organisationId } = await createOrganisation(harness, token, { ...profile, name: `Org ${profile.region}` });
  if (migrationBackgroundShare !== undefined) {
    const response = await harness.request(
      `/v1/organisations/${organisationId}/workforce-context`,
      jsonBody("PUT", { referenceYear: 2025, migrationBackgroundShare }, token),
    );
    if (response.status !== 200) throw new Error(`workforce: ${response.status} ${await response.text()}`);
  }
  const draft = await startAssessment(harness, token, organisationId);
  const submitted = await submit(harness, token, (await answerAll(harness, token, draft, level)).assessmentId);
  return { organisationId, assessmentId: submitted.assessmentId };
}

/** The report's text without markup, as a reader sees it. */
export function reportText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
