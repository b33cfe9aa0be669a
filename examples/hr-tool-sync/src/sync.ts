import createClient from "openapi-fetch";
import type { components, paths } from "./api.js";

/**
 * What an HR tool does with nothing but the OpenAPI document: get a token, register an employer it
 * works for, fill in and submit a self-assessment round, and read back the scores per phase and the
 * change since the previous round. Types come from `openapi/openapi.json` (openapi-typescript).
 */

export interface SyncOptions {
  /** The API's base URL including the major version, e.g. http://127.0.0.1:8787/v1 */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Answers per practice id; practices not named are answered with `defaultMaturity`. */
  readonly answers?: Readonly<Record<string, components["schemas"]["Maturity"]>>;
  readonly defaultMaturity?: 0 | 1 | 2 | 3 | 4;
  /** An organisation registered earlier; omitted: a new one is registered. */
  readonly organisationId?: string;
  readonly fetch?: typeof fetch;
}

export interface SyncResult {
  readonly organisationId: string;
  readonly assessmentId: string;
  readonly scores: components["schemas"]["Scores"];
  readonly changeSincePrevious: components["schemas"]["ChangeSincePrevious"] | null;
}

export class SyncError extends Error {
  constructor(step: string, problem: unknown) {
    super(`${step} failed: ${JSON.stringify(problem)}`);
    this.name = "SyncError";
  }
}

export async function accessToken(options: SyncOptions): Promise<string> {
  const client = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const { data, error } = await client.POST("/oauth/token", {
    body: { grant_type: "client_credentials" },
    bodySerializer: (body) =>
      new URLSearchParams(
        Object.entries(body ?? {}).flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])),
      ).toString(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Authorization: `Basic ${btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`)}`,
    },
  });
  if (data === undefined) throw new SyncError("token", error);
  return data.access_token;
}

export async function syncEmployer(options: SyncOptions): Promise<SyncResult> {
  const token = await accessToken(options);
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  let organisationId = options.organisationId;
  if (organisationId === undefined) {
    const { data, error } = await api.POST("/organisations", {
      params: { header: { "Idempotency-Key": crypto.randomUUID() } },
      body: {
        name: "Schoonmaakbedrijf Het Anker",
        kvkNumber: "87654321",
        sbiCode: "8121",
        headcount: 140,
        region: "NL-ZH",
        hasHrDepartment: true,
      },
    });
    if (data === undefined) throw new SyncError("register organisation", error);
    organisationId = data.organisationId;
  }

  const started = await api.POST("/organisations/{organisationId}/assessments", {
    params: { path: { organisationId }, header: { "Idempotency-Key": crypto.randomUUID() } },
    body: {},
  });
  if (started.data === undefined) throw new SyncError("start assessment", started.error);
  const assessment = started.data;

  // The draft lists the practices that apply to this organisation: answer each of them.
  const answers = Object.fromEntries(
    assessment.progress.missing.map((practiceId) => [
      practiceId,
      { maturity: options.answers?.[practiceId] ?? options.defaultMaturity ?? 2 },
    ]),
  );
  const answered = await api.PATCH("/assessments/{assessmentId}", {
    params: { path: { assessmentId: assessment.assessmentId } },
    headers: { "If-Match": `"r${assessment.revision}"` },
    body: { answers },
  });
  if (answered.data === undefined) throw new SyncError("answer", answered.error);

  const submitted = await api.POST("/assessments/{assessmentId}/submission", {
    params: { path: { assessmentId: assessment.assessmentId }, header: { "Idempotency-Key": crypto.randomUUID() } },
  });
  if (submitted.data === undefined || submitted.data.scores === null) throw new SyncError("submit", submitted.error);
  return {
    organisationId,
    assessmentId: assessment.assessmentId,
    scores: submitted.data.scores,
    changeSincePrevious: submitted.data.changeSincePrevious,
  };
}
