import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  createClient,
  createOrganisation,
  json,
  jsonBody,
  startAssessment,
  submit,
  tokenFor,
} from "./api-client.js";

/**
 * The attacks of tests/privacy, as a reader would run them: normal API calls, every answer kept.
 * Populations are seeded through the API (small k: the test settings' 5).
 */

export interface Cell {
  readonly sbiCode: string;
  readonly headcount: number;
  readonly region: string;
}

/** A round answering every practice at one maturity level (the lattice attacks move whole members). */
export async function roundAtLevel(
  harness: Harness,
  token: string,
  organisationId: string,
  level: number,
): Promise<void> {
  const assessment = await startAssessment(harness, token, organisationId);
  await submit(harness, token, (await answerAll(harness, token, assessment, level)).assessmentId);
}

/** Answers that differ per `seed` (a string hash per practice and seed), so every member changes the figures. */
export const answersFor =
  (seed: number) =>
  (practiceId: string): number => {
    let hash = 2166136261;
    for (const char of `${practiceId}:${seed}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    return (hash >>> 0) % 5;
  };

export async function organisationIn(harness: Harness, admin: string, cell: Cell, name: string): Promise<string> {
  return (await createOrganisation(harness, admin, { ...cell, name, hasHrDepartment: true })).organisationId;
}

export async function submitRound(
  harness: Harness,
  token: string,
  organisationId: string,
  seed: number,
): Promise<void> {
  const assessment = await startAssessment(harness, token, organisationId);
  await submit(harness, token, (await answerAll(harness, token, assessment, answersFor(seed))).assessmentId);
}

/**
 * A new round in which every answer of round `seed` moves: to 4, or to 3 where it was 4. Every
 * practice's input changes and the scores move up with nearly every answer, so each figure changes,
 * as the change threshold counts per figure.
 */
export async function submitMovedRound(
  harness: Harness,
  token: string,
  organisationId: string,
  seed: number,
): Promise<void> {
  const assessment = await startAssessment(harness, token, organisationId);
  const moved = (practiceId: string) => (answersFor(seed)(practiceId) === 4 ? 3 : 4);
  await submit(harness, token, (await answerAll(harness, token, assessment, moved)).assessmentId);
}

export async function putWorkforce(harness: Harness, token: string, organisationId: string, share: number) {
  const response = await harness.request(
    `/v1/organisations/${organisationId}/workforce-context`,
    jsonBody(
      "PUT",
      {
        referenceYear: 2025,
        migrationBackgroundShare: share,
        // A share is accepted only for a group of at least WORKFORCE_MIN_PEOPLE (10): the managers are
        // counted; learning participation is left out (in a cell of 30, the group with a migration
        // background is too small for it at most of these shares).
        managerCount: 12,
        migrationBackgroundManagementShare: share / 2,
      },
      token,
    ),
  );
  if (response.status !== 200) throw new Error(`workforce PUT: ${response.status} ${await response.text()}`);
}

/** A reader with a sector client for `section` and an employer client of one member organisation. */
export async function attackerClients(harness: Harness, admin: string, section: string, ownOrganisationId: string) {
  const sector = await createClient(harness, admin, { name: `Sector ${section}`, role: "sector", sections: [section] });
  const employer = await createClient(harness, admin, {
    name: `Look-alike ${section}`,
    role: "employer",
    organisationId: ownOrganisationId,
  });
  return {
    sector: { ...sector, token: await tokenFor(harness, sector) },
    employer: { ...employer, token: await tokenFor(harness, employer), organisationId: ownOrganisationId },
  };
}

/** Drops the release reference: what is compared is the figures, not which release carried them. */
export function withoutRelease(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withoutRelease);
  if (body === null || typeof body !== "object") return body;
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>)
      .filter(([key]) => key !== "release")
      .map(([key, value]) => [key, withoutRelease(value)]),
  );
}

/** The report's visible text between two headings (its own figures live; peers' from the release). */
export function reportSection(html: string, from: string, to: string): string {
  const text = html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
  // The last occurrence: the first ones are the contents list.
  const start = text.lastIndexOf(from);
  const end = text.indexOf(to, start + from.length);
  if (start === -1 || end === -1) throw new Error(`report has no section ${from} … ${to}`);
  return text.slice(start, end);
}

/**
 * Everything the reader can see of others' figures: the sector aggregates (JSON, and CSV with the
 * release-free rows), its own organisation's benchmark, recommendations, a what-if, and the report's
 * peer sections. Tokens are fetched anew, so the reader works across a moved clock.
 */
export async function everythingSeen(
  harness: Harness,
  clients: Awaited<ReturnType<typeof attackerClients>>,
  section: string,
): Promise<Record<string, unknown>> {
  const sector = await tokenFor(harness, clients.sector);
  const employer = await tokenFor(harness, clients.employer);
  const own = clients.employer.organisationId;
  const assessments = await json<{ items: { assessmentId: string; status: string }[] }>(
    await harness.request(`/v1/organisations/${own}/assessments`, bearer(employer)),
    200,
  );
  const submitted = assessments.items.find((item) => item.status === "submitted")?.assessmentId;
  const seen: Record<string, unknown> = {
    benchmarks: withoutRelease(
      await json(await harness.request(`/v1/benchmarks?section=${section}`, bearer(sector)), 200),
    ),
    csv: await (
      await harness.request(`/v1/benchmarks?section=${section}`, bearer(sector, { headers: { Accept: "text/csv" } }))
    ).text(),
    benchmark: withoutRelease(
      await json(await harness.request(`/v1/organisations/${own}/benchmark`, bearer(employer)), 200),
    ),
  };
  if (submitted !== undefined) {
    seen.recommendations = withoutRelease(
      await json(await harness.request(`/v1/assessments/${submitted}/recommendations?limit=20`, bearer(employer)), 200),
    );
    seen.whatIf = withoutRelease(
      await json(
        await harness.request(
          `/v1/assessments/${submitted}/what-if`,
          jsonBody("POST", { answers: { structured_interviews: { maturity: 4 } } }, employer),
        ),
        200,
      ),
    );
  }
  const report = await (await harness.request(`/v1/organisations/${own}/report`, bearer(employer))).text();
  seen.reportPeers = reportSection(report, "Organisatie en vergelijkingsgroep", "Verantwoording");
  return seen;
}
