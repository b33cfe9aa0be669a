import { API_MAJOR_PATH, API_VERSION } from "../api-version.js";
import { SCOPES } from "../auth/roles.js";
import { PROBLEM_MEDIA_TYPE, PROBLEM_TYPES, ProblemDetailsSchema, problemTypeUri } from "../errors.js";
import { JWKS_PATH } from "../routes/well-known/get-jwks.js";
import type { ApiRouter } from "./api-router.js";
import { CLIENT_SECRET_BASIC_SCHEME, HEADER_COMPONENTS, OAUTH2_SCHEME } from "./define-route.js";
import { addExamples } from "./schema-example.js";

const problemList = Object.entries(PROBLEM_TYPES)
  .map(
    ([type, { status, title }]) =>
      `| ${status} | \`${problemTypeUri(type as keyof typeof PROBLEM_TYPES)}\` | ${title} |`,
  )
  .join("\n");

const DESCRIPTION = `The Inclusiebenchmark: an open, evidence-based benchmark for employers who want to give people
with a migration background equal chances. It serves the practice framework (the *menukaart*),
takes self-assessments, scores them, places an employer among its peers without exposing anyone,
and recommends next steps.

## Conventions
- Every path starts with the major version (\`/v1\`); every response carries \`API-Version\` (the full
  semantic version) and \`X-Request-Id\` (yours, when you send a sane one).
- Errors are problem details (RFC 9457, \`${PROBLEM_MEDIA_TYPE}\`). Validation failures list every
  invalid field as \`{in, pointer, message}\`. A path that does not exist answers 404; a path that
  exists under another method answers 405 with \`Allow\`; a body of an undeclared media type
  answers 415; a body that is not valid JSON answers 400.
- Request bodies are at most 256 KiB (framework drafts: 1 MiB); a larger one answers 413.
- Rate limits (IETF httpapi RateLimit header fields draft): every response names the quotas that
  applied in \`RateLimit-Policy\` (\`"default";q=600;w=60\`) and what is left in \`RateLimit\`
  (\`"default";r=599;t=42\`); a spent quota answers 429 with \`Retry-After\`. Quotas count per client
  (its access token), else per address; the token endpoint has stricter ones per client id and address.

## Authentication
OAuth 2.0 client credentials: \`POST /v1/oauth/token\` with your client id and secret gives a JWT
access token (ES256) to send as \`Authorization: Bearer <token>\`. The public keys that verify it are at
[\`${JWKS_PATH}\`](${JWKS_PATH}) (outside \`/v1\`, where JWT libraries look). Roles: \`admin\` (operates
the platform), \`employer\` (its own organisation), \`integration\` (an HR tool: the organisations
linked to it), \`sector\` (aggregates of its SBI sections). A resource you may not see answers 404,
exactly like one that does not exist.

## Problem types
| status | type | title |
|---|---|---|
${problemList}
`;

/**
 * The public deployment the committed document describes (ADR: an https server URL with the major
 * version). The document a running server serves names that server instead (`servedDocument`).
 */
export const PUBLIC_ORIGIN = "https://api.inclusiebenchmark.nl";

/** Parameters whose schema is a shared component: what they mean where they are used. */
const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  clientId: "The client's id.",
  assessmentId: "The assessment's id.",
  organisationId: "The organisation's id.",
  reportLinkId: "The report link's id.",
  webhookId: "The webhook subscription's id.",
  version: "A framework version label such as 2026.1 (`latest`: the newest published one, where reading).",
  sbiSection: "Only organisations in this SBI 2008 section (A–U).",
  section: "Only groups of this SBI 2008 section (A–U; a sector client: one of its own).",
  sizeClass: "Only this size class (employees: 1-9, 10-49, 50-249, 250+).",
  phase: "Only practices of this phase.",
  evidenceLevel: "Only practices with this evidence level.",
  goal: "Only practices that serve this goal.",
  framework: "The framework version (default: the latest published one).",
  limit: "At most this many items.",
  lang: "The language of the texts: nl or en (overrides Accept-Language; default nl).",
  resourceType: "Only changes to resources of this type.",
  action: "Only changes of this kind.",
};

function describeParameters(paths: Record<string, Record<string, { parameters?: Record<string, unknown>[] }>>) {
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      for (const parameter of operation.parameters ?? []) {
        const name = parameter.name;
        if (parameter.description !== undefined || typeof name !== "string") continue;
        const description = PARAMETER_DESCRIPTIONS[name];
        // One without a description here stays without: Spectral (npm run lint) names it.
        if (description !== undefined) parameter.description = description;
      }
    }
  }
}

/**
 * X-Request-Id is read by every operation and never refused (a value out of its pattern is replaced
 * by a generated id), so it is declared once per path, for all its operations, rather than on each.
 * The operation's own parameters are then the ones that can be invalid: with them comes its 400
 * (ADR /core/error-handling/invalid-input, as the official Logius ruleset checks it).
 */
function requestIdPerPath(paths: Record<string, Record<string, unknown>>): void {
  for (const item of Object.values(paths)) {
    const operations = Object.values(item).filter(
      (operation): operation is { parameters?: { name?: unknown; in?: unknown }[] } =>
        typeof operation === "object" && operation !== null && "responses" in operation,
    );
    const shared = operations[0]?.parameters?.find(
      (parameter) => parameter.name === "X-Request-Id" && parameter.in === "header",
    );
    const everywhere = operations.every((operation) =>
      operation.parameters?.some((parameter) => JSON.stringify(parameter) === JSON.stringify(shared)),
    );
    if (shared === undefined || !everywhere) continue;
    for (const operation of operations) {
      const own =
        operation.parameters?.filter((parameter) => parameter.name !== "X-Request-Id" || parameter.in !== "header") ??
        [];
      if (own.length === 0) delete operation.parameters;
      else operation.parameters = own;
    }
    item.parameters = [shared];
  }
}

type DocumentConfig = Parameters<ApiRouter["getOpenAPI31Document"]>[0];

/** The document's fixed parts. Paths and schemas come from the routes' zod definitions. */
export const OPENAPI_DOCUMENT_CONFIG: DocumentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Inclusiebenchmark API",
    version: API_VERSION,
    description: DESCRIPTION,
    contact: {
      name: "Inclusiebenchmark",
      email: "api@inclusiebenchmark.nl",
      url: "https://inclusiebenchmark.nl",
    },
    license: { name: "EUPL-1.2", url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12" },
  },
  servers: [{ url: `${PUBLIC_ORIGIN}${API_MAJOR_PATH}`, description: "Production, major version 1" }],
  // Alphabetical, as readers of a long document look them up.
  tags: [
    { name: "Operations", description: "Health and service status." },
    { name: "Documentation", description: "This document and the interactive docs page." },
    { name: "Authentication", description: "OAuth 2.0 client credentials." },
    { name: "Clients", description: "API clients, their roles and scope of access (admin)." },
    { name: "Organisations", description: "Employers: profile and who may see them." },
    {
      name: "Benchmarks",
      description:
        "Peer groups and sector aggregates, privacy-safe: no group under k, nothing derivable by subtraction.",
    },
    {
      name: "Recommendations",
      description:
        "Next steps that fit the organisation, with why, effort, evidence and expected gain; and what-if scores.",
    },
    {
      name: "Plan",
      description:
        "The organisation's plan: actions on practices (a target maturity, an owner as role or team, a due date, a status) and measurable targets on its workforce shares, each evaluated by every submitted round.",
    },
    {
      name: "Reports",
      description:
        "The benchmark report as a page to open, read and print (HTML, or PDF where the server has Chromium), and the short-lived links that open it in a browser.",
    },
    { name: "Assessments", description: "Self-assessments: answer, submit, get scores per phase and overall." },
    {
      name: "Framework",
      description:
        "The practice framework (menukaart): versioned, evidence-graded, in Dutch and English. Open data: reading needs no token.",
    },
    { name: "Audit", description: "Who changed what, when: the log of every write (admin)." },
    {
      name: "Webhooks",
      description:
        "Signed event notifications (Standard Webhooks) to an https URL of the client's: what changed, as ids and links, for the events its role may see.",
    },
    {
      name: "Reference data",
      description:
        "Public reference figures the benchmark sets organisations against, such as labour-market availability: versioned, loaded and published by an admin, open to read.",
    },
  ].sort((a, b) => a.name.localeCompare(b.name)),
};

type JsonValue = unknown;

function isNullableTypeOverlay(value: JsonValue): value is { type: unknown[] } & Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return (
    Array.isArray(type) &&
    type.includes("null") &&
    Object.keys(value).every((key) => ["type", "description", "example"].includes(key))
  );
}

/**
 * The generator writes a nullable reference as `allOf: [{$ref}, {type: [X, "null"]}]`, which no
 * null satisfies (the referenced schema refuses it) and which generated client types read as
 * non-nullable. Rewritten as `anyOf: [{$ref}, {type: "null"}]`: valid JSON Schema for null, and
 * `T | null` in openapi-typescript.
 */
function nullableReferencesAsAnyOf(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(nullableReferencesAsAnyOf);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const allOf = record.allOf;
  if (Array.isArray(allOf) && allOf.length === 2 && isNullableTypeOverlay(allOf[1])) {
    const { type: _type, ...annotations } = allOf[1];
    const { allOf: _allOf, ...rest } = record;
    return { ...rest, ...annotations, anyOf: [allOf[0], { type: "null" }] };
  }
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, nullableReferencesAsAnyOf(inner)]));
}

/** Builds the OpenAPI 3.1 document from the routes registered on the router. */
export function buildOpenApiDocument(router: ApiRouter): ReturnType<ApiRouter["getOpenAPI31Document"]> {
  router.openAPIRegistry.register("ProblemDetails", ProblemDetailsSchema);
  router.openAPIRegistry.registerComponent("securitySchemes", OAUTH2_SCHEME, {
    type: "oauth2",
    description: `Client credentials. Tokens are ES256 JWTs; verification keys at ${JWKS_PATH}.`,
    flows: { clientCredentials: { tokenUrl: `${API_MAJOR_PATH}/oauth/token`, scopes: { ...SCOPES } } },
  });
  router.openAPIRegistry.registerComponent("securitySchemes", CLIENT_SECRET_BASIC_SCHEME, {
    type: "http",
    scheme: "basic",
    description:
      "client_secret_basic (RFC 6749 §2.3.1), for the token endpoint only: the client id and secret, each form-urlencoded, as HTTP Basic credentials. The alternative, client_secret_post, sends `client_id` and `client_secret` in the form body instead (the token endpoint's other security requirement).",
  });
  for (const [name, header] of Object.entries(HEADER_COMPONENTS)) {
    router.openAPIRegistry.registerComponent("headers", name, header);
  }
  const document = nullableReferencesAsAnyOf(router.getOpenAPI31Document(OPENAPI_DOCUMENT_CONFIG)) as ReturnType<
    ApiRouter["getOpenAPI31Document"]
  >;
  describeParameters(document.paths as Parameters<typeof describeParameters>[0]);
  requestIdPerPath(document.paths as Record<string, Record<string, unknown>>);
  addExamples(document as unknown as Record<string, unknown>);
  return document;
}

/** The document as a running server serves it: its server URL is that server's own origin. */
export function servedDocument(document: object, origin: string): object {
  return { ...document, servers: [{ url: `${origin}${API_MAJOR_PATH}`, description: "This server, major version 1" }] };
}
