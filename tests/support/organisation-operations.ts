import { jsonBody } from "./api-client.js";

/**
 * Every organisation- or assessment-scoped operation, as the tenant-isolation matrix
 * (tests/api/tenant-isolation.test.ts) calls it on another tenant's objects.
 * tests/security/api1-bola.test.ts fails when an operation of the OpenAPI document with an
 * {organisationId} or {assessmentId} is missing here: add each new one.
 */
export interface Target {
  readonly organisationId: string;
  readonly assessmentId: string;
  /** A report link of the organisation. */
  readonly reportLinkId: string;
  /** An action and a target of the organisation's plan. */
  readonly actionId: string;
  readonly targetId: string;
}

export interface OrganisationOperation {
  /** The operationId in the OpenAPI document. */
  readonly operationId: string;
  readonly name: string;
  readonly request: (target: Target) => [string, RequestInit];
  readonly destructive?: true;
}

export const ORGANISATION_OPERATIONS: readonly OrganisationOperation[] = [
  {
    operationId: "getOrganisation",
    name: "GET organisation",
    request: (t) => [`/v1/organisations/${t.organisationId}`, {}],
  },
  {
    operationId: "updateOrganisation",
    name: "PATCH organisation",
    request: (t) => [`/v1/organisations/${t.organisationId}`, jsonBody("PATCH", { name: "Taken over" })],
  },
  {
    operationId: "deleteOrganisation",
    name: "DELETE organisation",
    request: (t) => [`/v1/organisations/${t.organisationId}`, { method: "DELETE" }],
    destructive: true,
  },
  {
    operationId: "getOrganisationBenchmark",
    name: "GET organisation benchmark",
    request: (t) => [`/v1/organisations/${t.organisationId}/benchmark`, {}],
  },
  {
    operationId: "getWorkforceContext",
    name: "GET workforce context",
    request: (t) => [`/v1/organisations/${t.organisationId}/workforce-context`, {}],
  },
  {
    operationId: "putWorkforceContext",
    name: "PUT workforce context",
    request: (t) => [
      `/v1/organisations/${t.organisationId}/workforce-context`,
      jsonBody("PUT", { agedOver55Share: 90 }),
    ],
  },
  {
    operationId: "listAssessments",
    name: "GET organisation assessments",
    request: (t) => [`/v1/organisations/${t.organisationId}/assessments`, {}],
  },
  {
    operationId: "createAssessment",
    name: "POST organisation assessment",
    request: (t) => [`/v1/organisations/${t.organisationId}/assessments`, jsonBody("POST", {})],
  },
  { operationId: "getAssessment", name: "GET assessment", request: (t) => [`/v1/assessments/${t.assessmentId}`, {}] },
  {
    operationId: "updateAssessmentAnswers",
    name: "PATCH assessment",
    request: (t) => [
      `/v1/assessments/${t.assessmentId}`,
      jsonBody("PATCH", { answers: { structured_interviews: { maturity: 4 } } }),
    ],
  },
  {
    operationId: "submitAssessment",
    name: "POST assessment submission",
    request: (t) => [`/v1/assessments/${t.assessmentId}/submission`, { method: "POST" }],
  },
  {
    operationId: "getRecommendations",
    name: "GET assessment recommendations",
    request: (t) => [`/v1/assessments/${t.assessmentId}/recommendations`, {}],
  },
  {
    operationId: "createWhatIf",
    name: "POST assessment what-if",
    request: (t) => [
      `/v1/assessments/${t.assessmentId}/what-if`,
      jsonBody("POST", { answers: { structured_interviews: { maturity: 4 } } }),
    ],
  },
  {
    operationId: "getReport",
    name: "GET organisation report",
    request: (t) => [`/v1/organisations/${t.organisationId}/report`, {}],
  },
  {
    operationId: "createReportLink",
    name: "POST report link",
    request: (t) => [`/v1/organisations/${t.organisationId}/report-links`, jsonBody("POST", {})],
  },
  {
    operationId: "listReportLinks",
    name: "GET report links",
    request: (t) => [`/v1/organisations/${t.organisationId}/report-links`, {}],
  },
  {
    operationId: "getReportLink",
    name: "GET report link",
    request: (t) => [`/v1/organisations/${t.organisationId}/report-links/${t.reportLinkId}`, {}],
  },
  {
    operationId: "revokeReportLink",
    name: "DELETE report link",
    request: (t) => [`/v1/organisations/${t.organisationId}/report-links/${t.reportLinkId}`, { method: "DELETE" }],
  },
  ...planOperations("action", "actions", "actionId", {
    practiceId: "structured_interviews",
    targetLevel: 3,
    owner: "HR",
    dueDate: "2027-06-30",
  }),
  ...planOperations("target", "targets", "targetId", {
    measure: "migrationBackgroundShare",
    baselineValue: 8,
    baselineDate: "2026-01-01",
    targetValue: 12,
    targetDate: "2028-12-31",
  }),
];

/** The five operations of a plan resource (actions, targets) of the organisation. */
function planOperations(
  name: "action" | "target",
  collection: "actions" | "targets",
  idOf: "actionId" | "targetId",
  body: Record<string, unknown>,
): OrganisationOperation[] {
  const Name = name === "action" ? "Action" : "Target";
  const one = (t: Target) => `/v1/organisations/${t.organisationId}/${collection}/${t[idOf]}`;
  return [
    {
      operationId: `create${Name}`,
      name: `POST ${name}`,
      request: (t) => [`/v1/organisations/${t.organisationId}/${collection}`, jsonBody("POST", body)],
    },
    {
      operationId: `list${Name}s`,
      name: `GET ${collection}`,
      request: (t) => [`/v1/organisations/${t.organisationId}/${collection}`, {}],
    },
    { operationId: `get${Name}`, name: `GET ${name}`, request: (t) => [one(t), {}] },
    {
      operationId: `update${Name}`,
      name: `PATCH ${name}`,
      request: (t) => [one(t), jsonBody("PATCH", name === "action" ? { status: "dropped" } : { targetValue: 30 })],
    },
    {
      operationId: `delete${Name}`,
      name: `DELETE ${name}`,
      request: (t) => [one(t), { method: "DELETE" }],
      destructive: true,
    },
  ];
}
