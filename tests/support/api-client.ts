import { expect } from "vitest";
import { systemClock } from "../../src/app-env.js";
import { ensureBootstrapAdmin } from "../../src/auth/bootstrap-admin.js";
import type { Harness } from "../harness/harness.js";

/** Test helpers that talk to the API as its users do: over HTTP, with real tokens. */

export const TEST_ADMIN = {
  clientId: "test-admin",
  clientSecret: "test-admin-xziYpnLybcb-JZVT5gOWphLgxN34ZGHA9xDJuPTqc2XU",
};

export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

export function basic(credentials: Credentials): string {
  return `Basic ${btoa(`${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`)}`;
}

export async function requestToken(
  harness: Harness,
  credentials: Credentials,
  form: Record<string, string> = {},
): Promise<Response> {
  return harness.request("/v1/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: basic(credentials) },
    body: new URLSearchParams({ grant_type: "client_credentials", ...form }).toString(),
  });
}

export async function tokenFor(harness: Harness, credentials: Credentials, scope?: string): Promise<string> {
  const response = await requestToken(harness, credentials, scope === undefined ? {} : { scope });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The bootstrap admin (as `npm start` ensures it from ADMIN_CLIENT_ID/SECRET) and a token for it. */
export async function adminToken(harness: Harness): Promise<string> {
  await ensureBootstrapAdmin(harness.storage, systemClock, TEST_ADMIN);
  return tokenFor(harness, TEST_ADMIN);
}

export function bearer(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } };
}

export function jsonBody(method: string, body: unknown, token?: string): RequestInit {
  const init = { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
  return token === undefined ? init : bearer(token, init);
}

export async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

export const ORGANISATION_INPUT = {
  name: "Bakkerij De Korenaar",
  kvkNumber: "12345678",
  sbiCode: "1071",
  headcount: 35,
  region: "NL-UT",
  hasHrDepartment: false,
};

/**
 * KvK numbers for organisations a test does not give one: distinct, since registrations that share a
 * KvK number count as one organisation in the benchmarks (docs/privacy.md).
 */
let nextKvkNumber = 20_000_000 + Math.floor(Math.random() * 70_000_000);

export async function createOrganisation(
  harness: Harness,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ organisationId: string } & Record<string, unknown>> {
  const kvkNumber = String(nextKvkNumber++);
  return json(
    await harness.request(
      "/v1/organisations",
      jsonBody("POST", { ...ORGANISATION_INPUT, kvkNumber, ...overrides }, token),
    ),
    201,
  );
}

export async function createClient(
  harness: Harness,
  token: string,
  body: Record<string, unknown>,
): Promise<Credentials & Record<string, unknown>> {
  return json(await harness.request("/v1/clients", jsonBody("POST", body, token)), 201);
}

/** An admin, an employer bound to one organisation, an integration linked to another, and a sector client. */
export async function castOfClients(harness: Harness) {
  const admin = await adminToken(harness);
  const employerOrg = await createOrganisation(harness, admin, { name: "Employer Org" });
  const employer = await createClient(harness, admin, {
    name: "Employer",
    role: "employer",
    organisationId: employerOrg.organisationId,
  });
  const integration = await createClient(harness, admin, { name: "HR tool", role: "integration" });
  const integrationToken = await tokenFor(harness, integration);
  const integrationOrg = await createOrganisation(harness, integrationToken, {
    name: "Integration Org",
    sbiCode: "8610",
  });
  const sector = await createClient(harness, admin, { name: "Branche", role: "sector", sections: ["C", "Q"] });
  return {
    admin,
    employer: { ...employer, token: await tokenFor(harness, employer), organisationId: employerOrg.organisationId },
    integration: { ...integration, token: integrationToken, organisationId: integrationOrg.organisationId },
    sector: { ...sector, token: await tokenFor(harness, sector) },
  };
}

export interface AssessmentBody {
  assessmentId: string;
  status: string;
  revision: number;
  frameworkVersion: string;
  progress: { answered: number; applicable: number; missing: string[] };
  answers: { practiceId: string; maturity: number | "notApplicable"; comment: string | null }[];
  scores: {
    overall: {
      score: number | null;
      band: string | null;
      cappedBy: string | null;
      coverage: { answered: number; applicable: number };
    };
    phases: { phase: string; status: string; score: number | null; band: string | null }[];
  } | null;
  changeSincePrevious: {
    previousAssessmentId: string;
    comparedOn: string;
    commonPractices: number;
    overall: number | null;
    phases: { phase: string; change: number | null }[];
  } | null;
}

export async function startAssessment(
  harness: Harness,
  token: string,
  organisationId: string,
  body: Record<string, unknown> = {},
): Promise<AssessmentBody> {
  return json(
    await harness.request(`/v1/organisations/${organisationId}/assessments`, jsonBody("POST", body, token)),
    201,
  );
}

/** Answers every applicable practice still open at `level` (a number, or a function of the practice id). */
export async function answerAll(
  harness: Harness,
  token: string,
  assessment: AssessmentBody,
  level: number | ((practiceId: string) => number | "notApplicable"),
): Promise<AssessmentBody> {
  const answers = Object.fromEntries(
    assessment.progress.missing.map((id) => [id, { maturity: typeof level === "number" ? level : level(id) }]),
  );
  return json(
    await harness.request(`/v1/assessments/${assessment.assessmentId}`, jsonBody("PATCH", { answers }, token)),
    200,
  );
}

export async function submit(harness: Harness, token: string, assessmentId: string): Promise<AssessmentBody> {
  return json(
    await harness.request(`/v1/assessments/${assessmentId}/submission`, bearer(token, { method: "POST" })),
    201,
  );
}

export interface ReleaseBody {
  releaseId: number;
  cutAt: string;
  lattices: { frameworkVersion: string; period: string; refreshed: boolean; figuresFromRelease: number }[];
}

/** Cuts a benchmark release as an admin does (POST /v1/benchmark-releases): others' figures change only then. */
export async function cutRelease(harness: Harness, token: string): Promise<ReleaseBody> {
  return json(await harness.request("/v1/benchmark-releases", bearer(token, { method: "POST" })), 201);
}

/** Whether a release refreshed a lattice (false: the change threshold carried its earlier figures). */
export function refreshed(release: ReleaseBody, period = "all"): boolean | undefined {
  return release.lattices.find((lattice) => lattice.period === period)?.refreshed;
}
