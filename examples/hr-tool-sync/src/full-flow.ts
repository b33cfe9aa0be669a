import createClient from "openapi-fetch";
import type { components, paths } from "./api.js";
import { accessToken, SyncError, type SyncOptions } from "./sync.js";

/**
 * The whole HR-tool flow, typed from the contract alone (openapi-typescript + openapi-fetch, no
 * casts): a token, the employer registered, its workforce figures, a round drafted, answered and
 * submitted, then the benchmark, the recommendations, a what-if and a report link; and the two
 * duplicates a tool runs into, each answered 409 with the id of what already exists.
 */

export interface FlowResult {
  readonly organisationId: string;
  readonly assessmentId: string;
  readonly overall: components["schemas"]["Scores"]["overall"];
  /** The benchmark's peer group; null while no group is large enough to show. */
  readonly peerGroup: components["schemas"]["PeerGroup"] | null;
  readonly benchmarkOverall: components["schemas"]["MeasurePosition"] | null;
  readonly whatIfOverall: components["schemas"]["WhatIf"]["measures"][number] | null;
  readonly recommendations: readonly string[];
  readonly reportUrl: string;
  /** The organisation the 409 of a second registration of the same KvK number named. */
  readonly duplicateRegistrationOf: string | null;
  /** The open draft the 409 of a second start named, and the draft it was. */
  readonly secondDraftRefusedFor: string | null;
  readonly openDraft: string;
}

export async function runFullFlow(options: SyncOptions & { readonly kvkNumber: string }): Promise<FlowResult> {
  const token = await accessToken(options);
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const employer: components["schemas"]["CreateOrganisation"] = {
    name: "Bouwbedrijf De Linde",
    kvkNumber: options.kvkNumber,
    sbiCode: "4120",
    headcount: 85,
    region: "NL-GE",
    hasHrDepartment: true,
  };

  const registered = await api.POST("/organisations", {
    params: { header: { "Idempotency-Key": crypto.randomUUID() } },
    body: employer,
  });
  if (registered.data === undefined) throw new SyncError("register organisation", registered.error);
  const organisationId = registered.data.organisationId;

  const workforce = await api.PUT("/organisations/{organisationId}/workforce-context", {
    params: { path: { organisationId } },
    body: { referenceYear: 2025, migrationBackgroundShare: 28, agedOver55Share: 22, source: "hrSystem" },
  });
  if (workforce.data === undefined) throw new SyncError("workforce context", workforce.error);

  const started = await api.POST("/organisations/{organisationId}/assessments", {
    params: { path: { organisationId }, header: { "Idempotency-Key": crypto.randomUUID() } },
    body: {},
  });
  if (started.data === undefined) throw new SyncError("start assessment", started.error);
  const draft = started.data;
  const levels: components["schemas"]["Maturity"][] = [1, 2, 3, 4];
  const answers = Object.fromEntries(
    draft.progress.missing.map((practiceId, index) => [practiceId, { maturity: levels[index % levels.length] ?? 2 }]),
  );
  const answered = await api.PATCH("/assessments/{assessmentId}", {
    params: { path: { assessmentId: draft.assessmentId } },
    headers: { "If-Match": `"r${draft.revision}"` },
    body: { answers },
  });
  if (answered.data === undefined) throw new SyncError("answer", answered.error);
  const submitted = await api.POST("/assessments/{assessmentId}/submission", {
    params: { path: { assessmentId: draft.assessmentId }, header: { "Idempotency-Key": crypto.randomUUID() } },
  });
  if (submitted.data === undefined) throw new SyncError("submit", submitted.error);
  if (submitted.data.scores === null) throw new SyncError("submit", "a submitted round without scores");

  const benchmark = await api.GET("/organisations/{organisationId}/benchmark", {
    params: { path: { organisationId } },
  });
  if (benchmark.data === undefined) throw new SyncError("benchmark", benchmark.error);
  const recommendations = await api.GET("/assessments/{assessmentId}/recommendations", {
    params: { path: { assessmentId: draft.assessmentId }, query: { goal: "leren", limit: 5 } },
  });
  if (recommendations.data === undefined) throw new SyncError("recommendations", recommendations.error);
  // What if every recommended practice were embedded and evaluated?
  const embedded: components["schemas"]["Maturity"] = 4;
  const whatIf = await api.POST("/assessments/{assessmentId}/what-if", {
    params: { path: { assessmentId: draft.assessmentId } },
    body: {
      answers: Object.fromEntries(recommendations.data.items.map((item) => [item.practiceId, { maturity: embedded }])),
    },
  });
  if (whatIf.data === undefined) throw new SyncError("what-if", whatIf.error);
  const link = await api.POST("/organisations/{organisationId}/report-links", {
    params: { path: { organisationId } },
    body: { expiresInHours: 24, lang: "nl" },
  });
  if (link.data === undefined) throw new SyncError("report link", link.error);

  // The same employer registered again (a retry without the Idempotency-Key, a second import).
  const again = await api.POST("/organisations", { body: { ...employer, name: "De Linde Bouw BV" } });
  if (again.data !== undefined) throw new SyncError("duplicate registration", "registered twice");
  const duplicateRegistrationOf = again.response.status === 409 ? (again.error.existingId ?? null) : null;

  // A new round, and a second start while it is open.
  const next = await api.POST("/organisations/{organisationId}/assessments", {
    params: { path: { organisationId } },
    body: {},
  });
  if (next.data === undefined) throw new SyncError("next round", next.error);
  const second = await api.POST("/organisations/{organisationId}/assessments", {
    params: { path: { organisationId } },
    body: {},
  });
  if (second.data !== undefined) throw new SyncError("second draft", "two open drafts");
  const secondDraftRefusedFor = second.response.status === 409 ? (second.error.existingId ?? null) : null;

  return {
    organisationId,
    assessmentId: draft.assessmentId,
    overall: submitted.data.scores.overall,
    peerGroup: benchmark.data.peerGroup,
    benchmarkOverall: benchmark.data.measures.find((measure) => measure.measure === "overall") ?? null,
    whatIfOverall: whatIf.data.measures.find((measure) => measure.measure === "overall") ?? null,
    recommendations: recommendations.data.items.map((item) => item.practiceId),
    reportUrl: link.data.url,
    duplicateRegistrationOf,
    secondDraftRefusedFor,
    openDraft: next.data.assessmentId,
  };
}
