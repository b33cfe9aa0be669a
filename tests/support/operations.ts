import type { Access } from "../../src/auth/authenticate.js";
import { declaredAccessByOperation, OAUTH2_SCHEME } from "../../src/openapi/define-route.js";
import { buildOpenApiDocument } from "../../src/openapi/document.js";
import { buildApiRouter } from "../../src/routes/register-routes.js";
import { namedQuality } from "../../src/routes/reports/get-report.js";
import { REPORT_ACCESS } from "../../src/routes/reports/report-links.js";
import type { Harness } from "../harness/harness.js";
import {
  answerAll,
  bearer,
  castOfClients,
  createClient,
  createOrganisation,
  cutRelease,
  json,
  startAssessment,
  submit,
} from "./api-client.js";
import { builtInFramework } from "./built-in-framework.js";

/**
 * The operations of the OpenAPI document as the security tests walk them: every path × method the
 * contract declares, with the access its route declared (`defineRoute`'s `access`, null = public).
 */

type Json = Record<string, unknown>;

export interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: Json;
}

export interface Operation {
  readonly operationId: string;
  readonly method: string;
  /** The document's path, under the server URL /v1: `/organisations/{organisationId}`. */
  readonly path: string;
  readonly access: Access | null;
  readonly parameters: readonly Parameter[];
  /** The body's media types and their schemas, when the operation takes a body. */
  readonly body: { readonly required: boolean; readonly content: Readonly<Record<string, Json>> } | null;
}

export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, Json>>;
  readonly components: { readonly schemas: Record<string, Json> };
}

let cached: { document: OpenApiDocument; operations: Operation[] } | undefined;

/**
 * Operations that check access in their handler rather than through `defineRoute`'s `access`, with
 * the access their Bearer branch requires (the same constant the handler checks).
 */
const HANDLER_ACCESS: Record<string, Access> = {
  // Also opens with a report link (query `token`) instead of a Bearer token: tests/api/reports.test.ts.
  getReport: REPORT_ACCESS,
};

function load() {
  if (cached !== undefined) return cached;
  const document = buildOpenApiDocument(buildApiRouter()) as unknown as OpenApiDocument;
  const access = declaredAccessByOperation();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as Json & { operationId?: string };
      if (typeof operation.operationId !== "string") continue;
      if (!access.has(operation.operationId)) {
        throw new Error(`${operation.operationId} was not declared through defineRoute: its access is unknown`);
      }
      let declared = access.get(operation.operationId) ?? null;
      // Secured by an access token (the token endpoint's own client authentication is not one).
      const secured =
        Array.isArray(operation.security) &&
        operation.security.some((requirement: Json) => OAUTH2_SCHEME in requirement);
      if (declared === null && secured) {
        declared = HANDLER_ACCESS[operation.operationId] ?? null;
        if (declared === null) {
          throw new Error(
            `${operation.operationId} is secured in the document but declares no access: add it to HANDLER_ACCESS`,
          );
        }
      }
      const requestBody = operation.requestBody as { required?: boolean; content: Record<string, Json> } | undefined;
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        access: declared,
        parameters: ((operation.parameters as Json[] | undefined) ?? []).map((parameter) => ({
          name: parameter.name as string,
          in: parameter.in as Parameter["in"],
          required: parameter.required === true,
          schema: (parameter.schema as Json | undefined) ?? {},
        })),
        body:
          requestBody === undefined
            ? null
            : {
                required: requestBody.required === true,
                content: Object.fromEntries(
                  Object.entries(requestBody.content).map(([type, media]) => [type, (media.schema as Json) ?? {}]),
                ),
              },
      });
    }
  }
  cached = { document, operations };
  return cached;
}

export function openApiDocument(): OpenApiDocument {
  return load().document;
}

export function documentOperations(): readonly Operation[] {
  return load().operations;
}

/** `/v1` + the path with its parameters filled in (each value URI-encoded). */
export function fillPath(path: string, values: Readonly<Record<string, string>>): string {
  return `/v1${path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  })}`;
}

export const ROLES_AND_ANONYMOUS = ["admin", "employer", "integration", "sector", "anonymous"] as const;
export type Caller = (typeof ROLES_AND_ANONYMOUS)[number];

/** What the access declaration says a caller gets before any object-level check. */
export function expectedAccess(operation: Operation, caller: Caller): "allowed" | 401 | 403 | 404 {
  if (operation.access === null) return "allowed";
  if (caller === "anonymous") return 401;
  if (operation.access.roles.includes(caller)) return "allowed";
  return operation.access.othersSeeNotFound === true ? 404 : 403;
}

/** A target the world's organisations may set: a share of their whole workforce of 35. */
const PLAN_TARGET = {
  measure: "migrationBackgroundShare",
  baselineValue: 8,
  baselineDate: "2026-01-01",
  targetValue: 12,
  targetDate: "2028-12-31",
};

let nextDraft = 2701;

/** A draft framework version (a copy of the built-in one), as POST /v1/frameworks takes it. */
export function frameworkDraft(): Json {
  const content = builtInFramework() as unknown as Json;
  content.version = `${nextDraft++}.1`;
  content.predecessor = "2026.1";
  return content;
}

/** An action and a target of the organisation's plan, as its own client makes them. */
async function planOf(harness: Harness, token: string, organisationId: string) {
  // The organisation has 35 people, so a share of its whole workforce may be set.
  const action = await json<{ actionId: string }>(
    await harness.request(`/v1/organisations/${organisationId}/actions`, {
      ...bearer(token, { method: "POST", headers: { "Content-Type": "application/json" } }),
      body: JSON.stringify({
        practiceId: "structured_interviews",
        targetLevel: 3,
        owner: "HR",
        dueDate: "2027-06-30",
      }),
    }),
    201,
  );
  const target = await json<{ targetId: string }>(
    await harness.request(`/v1/organisations/${organisationId}/targets`, {
      ...bearer(token, { method: "POST", headers: { "Content-Type": "application/json" } }),
      body: JSON.stringify(PLAN_TARGET),
    }),
    201,
  );
  return { actionId: action.actionId, targetId: target.targetId };
}

/**
 * A populated database: the cast of clients (admin, an employer and an integration each with an
 * organisation, a sector client), for each organisation a submitted round and an open draft, a
 * spare integration client to manage, and a draft framework version.
 */
export async function buildWorld(harness: Harness) {
  const cast = await castOfClients(harness);
  const rounds = async (token: string, organisationId: string) => {
    const first = await startAssessment(harness, token, organisationId);
    const submitted = (await submit(harness, token, (await answerAll(harness, token, first, 2)).assessmentId))
      .assessmentId;
    const draft = (await startAssessment(harness, token, organisationId)).assessmentId;
    const link = await json<{ reportLinkId: string }>(
      await harness.request(`/v1/organisations/${organisationId}/report-links`, {
        ...bearer(token, { method: "POST", headers: { "Content-Type": "application/json" } }),
        body: "{}",
      }),
      201,
    );
    const plan = await planOf(harness, token, organisationId);
    return { submitted, draft, reportLinkId: link.reportLinkId, ...plan };
  };
  const employerRounds = await rounds(cast.employer.token, cast.employer.organisationId);
  const integrationRounds = await rounds(cast.integration.token, cast.integration.organisationId);
  const spare = await createClient(harness, cast.admin, { name: "Spare HR tool", role: "integration" });
  // A second plan of the employer's organisation, for the admin to remove (the employer removes the first).
  const sparePlan = await planOf(harness, cast.employer.token, cast.employer.organisationId);
  const spareOrganisation = await createOrganisation(harness, cast.admin, { name: "Spare organisation" });
  const draft = frameworkDraft();
  await json(
    await harness.request("/v1/frameworks", {
      ...bearer(cast.admin, { method: "POST", headers: { "Content-Type": "application/json" } }),
      body: JSON.stringify(draft),
    }),
    201,
  );
  // A deployment with a published benchmark release, as the schedule keeps it.
  const release = await cutRelease(harness, cast.admin);
  // Each client's own webhook subscription (a subscription is its client's alone).
  const webhooks: Record<string, string> = {};
  for (const [role, token] of [
    ["admin", cast.admin],
    ["employer", cast.employer.token],
    ["integration", cast.integration.token],
    ["sector", cast.sector.token],
  ] as const) {
    const created = await json<{ webhookId: string }>(
      await harness.request("/v1/webhooks", {
        ...bearer(token, { method: "POST", headers: { "Content-Type": "application/json" } }),
        body: JSON.stringify({
          url: `https://hr-tool.example.nl/hooks/${role}`,
          eventTypes: ["benchmark.release.published"],
        }),
      }),
      201,
    );
    webhooks[role] = created.webhookId;
  }
  return {
    webhooks,
    cast,
    releaseId: release.releaseId,
    employerRounds,
    integrationRounds,
    spareClientId: spare.clientId,
    spareOrganisationId: spareOrganisation.organisationId,
    sparePlan,
    draftVersion: draft.version as string,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Path values a caller may see: its own organisation and assessments (the admin: the employer's). */
export function pathValuesFor(world: World, caller: Caller, options: { draftAssessment?: boolean } = {}) {
  const own =
    caller === "integration"
      ? { organisationId: world.cast.integration.organisationId, rounds: world.integrationRounds }
      : { organisationId: world.cast.employer.organisationId, rounds: world.employerRounds };
  return {
    organisationId: own.organisationId,
    assessmentId: options.draftAssessment === true ? own.rounds.draft : own.rounds.submitted,
    reportLinkId: own.rounds.reportLinkId,
    actionId: own.rounds.actionId,
    targetId: own.rounds.targetId,
    releaseId: String(world.releaseId),
    clientId: world.spareClientId,
    version: world.draftVersion,
    practiceId: "structured_interviews",
    file: "swagger-ui.css",
    webhookId: world.webhooks[caller] ?? world.webhooks.admin ?? "",
  };
}

/** A valid body for each operation that takes one (the media type is the first the operation declares). */
export function validBody(operationId: string, world: World): unknown {
  switch (operationId) {
    case "createClient":
      return { name: "Another HR tool", role: "integration" };
    case "updateClient":
      return { name: "Renamed HR tool" };
    case "replaceClientSections":
      return { sections: ["C"] };
    case "createOrganisation":
      return {
        name: "Nieuwe werkgever",
        kvkNumber: "87654321",
        sbiCode: "2511",
        headcount: 40,
        region: "NL-ZH",
        hasHrDepartment: true,
      };
    case "updateOrganisation":
      return { headcount: 36 };
    case "createKvkConfirmation":
      return { kvkNumber: "12345678" };
    case "putWorkforceContext":
      return { agedOver55Share: 20 };
    case "createFramework":
      return frameworkDraft();
    case "replaceFramework":
      return { ...frameworkDraft(), version: world.draftVersion };
    case "createAssessment":
      return {};
    case "createReportLink":
      return { expiresInHours: 2 };
    case "createAction":
      return { practiceId: "inclusive_vacancy_texts", targetLevel: 2, owner: "Recruitment", dueDate: "2027-03-31" };
    case "updateAction":
      return { status: "inProgress" };
    case "createTarget":
      return PLAN_TARGET;
    case "updateTarget":
      return { targetValue: 15 };
    case "createWebhook":
      return { url: "https://hr-tool.example.nl/hooks/new", eventTypes: ["framework.version.published"] };
    case "updateWebhook":
      return { eventTypes: ["benchmark.release.published", "framework.version.published"] };
    case "putLabourMarketVersion":
      return {
        rows: [{ section: null, region: null, share: 20, source: "Testbron", year: 2024, licence: "CC BY 4.0" }],
      };
    case "updateAssessmentAnswers":
    case "createWhatIf":
      return { answers: { structured_interviews: { maturity: 3 } } };
    default:
      return undefined;
  }
}

/**
 * Why a 4xx/5xx answer is not valid problem details (RFC 9457: application/problem+json, `status`
 * equal to the HTTP status, a `title` and a `detail`), or null when it is. The token endpoint's 400
 * and 401 are OAuth error responses (RFC 6749 §5.2, application/json) carrying the same fields: the
 * documented exemption of tests/unit/api-design-rules.test.ts.
 */
export function problemDetailsDefect(
  operationId: string,
  response: Response,
  text: string,
  accept = "",
): string | null {
  const contentType = response.headers.get("Content-Type") ?? "";
  // The report is opened by people in browsers: an Accept that names text/html above problem details
  // gets the error as a page (documented on getReport), with the same status.
  const html = namedQuality(accept, "text/html") ?? 0;
  if (operationId === "getReport" && html > 0 && (namedQuality(accept, "application/problem+json") ?? 0) < html) {
    if (!contentType.startsWith("text/html")) return `Content-Type ${contentType}, not the HTML error page`;
    return /^<!doctype html>/i.test(text) ? null : "not an HTML page";
  }
  const oauthError = operationId === "createToken" && [400, 401].includes(response.status);
  const expectedType = oauthError ? "application/json" : "application/problem+json";
  if (contentType.split(";")[0] !== expectedType) return `Content-Type ${contentType}, not ${expectedType}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return "the body is not JSON";
  }
  if (body.status !== response.status) return `status ${String(body.status)} in the body, ${response.status} sent`;
  if (typeof body.title !== "string" || body.title === "") return "no title";
  if (typeof body.detail !== "string" || body.detail === "") return "no detail";
  if (oauthError && typeof body.error !== "string") return "no OAuth error code";
  return null;
}
