import { API_MAJOR_PATH, API_VERSION } from "../api-version.js";
import { SCOPES } from "../auth/roles.js";
import { PROBLEM_MEDIA_TYPE, PROBLEM_TYPES, ProblemDetailsSchema, problemTypeUri } from "../errors.js";
import { JWKS_PATH } from "../routes/well-known/get-jwks.js";
import type { ApiRouter } from "./api-router.js";
import {
  CLIENT_SECRET_BASIC_SCHEME,
  examplePath,
  HEADER_COMPONENTS,
  OAUTH2_SCHEME,
  problemExample,
} from "./define-route.js";

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
  servers: [{ url: API_MAJOR_PATH, description: "This server, major version 1" }],
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
  ],
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
  const commonHeaders = {
    "API-Version": { $ref: "#/components/headers/API-Version" },
    "X-Request-Id": { $ref: "#/components/headers/X-Request-Id" },
  };
  router.openAPIRegistry.registerComponent("responses", "NotFound", {
    description: "No resource at this path (any operation, and any path not in this document).",
    headers: commonHeaders,
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: { $ref: "#/components/schemas/ProblemDetails" },
        example: problemExample("not-found", "There is no resource at /v1/organisation.", examplePath("/organisation")),
      },
    },
  });
  router.openAPIRegistry.registerComponent("responses", "MethodNotAllowed", {
    description: "The path exists, but not under this method. `Allow` lists the methods it has.",
    headers: {
      ...commonHeaders,
      Allow: {
        description: "The methods this path supports.",
        schema: { type: "string", example: "GET, HEAD, OPTIONS" },
      },
    },
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: { $ref: "#/components/schemas/ProblemDetails" },
        example: problemExample(
          "method-not-allowed",
          "PUT is not allowed on /v1/health; allowed: GET, HEAD, OPTIONS.",
          examplePath("/health"),
        ),
      },
    },
  });
  const document = router.getOpenAPI31Document(OPENAPI_DOCUMENT_CONFIG);
  return nullableReferencesAsAnyOf(document) as typeof document;
}
