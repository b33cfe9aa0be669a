import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { API_MAJOR_PATH, API_VERSION } from "../api-version.js";
import type { AppEnv } from "../app-env.js";
import { type Access, requireAccess } from "../auth/authenticate.js";
import {
  ApiError,
  PROBLEM_MEDIA_TYPE,
  PROBLEM_TYPES,
  ProblemDetailsSchema,
  type ProblemType,
  problemTypeUri,
} from "../errors.js";
import { parseUrlencodedForm, URLENCODED_FORM } from "../http/form-body.js";
import { IDEMPOTENCY_HEADER, idempotency } from "../http/idempotency.js";

/**
 * Every operation is declared through `defineRoute`, so the cross-cutting parts of the contract are
 * added once instead of by hand on each route: the `API-Version` and `X-Request-Id` headers on every
 * response, the problem-details responses the app can produce for it (400 when it takes input, 404
 * when it has path parameters, 415 when it takes a body, 500 always), and the 415 check itself.
 */

type ResponseEntry = RouteConfig["responses"][string];
type HeaderObject = { description: string; required?: boolean; schema: Record<string, unknown> };

const REQUEST_ID_EXAMPLE = "5b0d6c1e-8f3a-4c2b-9d7e-1a2b3c4d5e6f";

/** On every response: which version answered and which request it was. */
export const RESPONSE_HEADERS = {
  "API-Version": {
    description: "The full semantic version of the API that answered.",
    required: true,
    schema: { type: "string", example: API_VERSION },
  },
  "X-Request-Id": {
    description: "Identifies this request in our logs: the caller's own X-Request-Id when it was sane, else generated.",
    required: true,
    schema: { type: "string", example: REQUEST_ID_EXAMPLE },
  },
  "RateLimit-Policy": {
    description: 'The quotas that applied, e.g. `"default";q=600;w=60` (IETF httpapi RateLimit header fields draft).',
    schema: { type: "string", example: '"default";q=600;w=60' },
  },
  RateLimit: {
    description: 'What is left of each quota and when it resets (seconds), e.g. `"default";r=599;t=42`.',
    schema: { type: "string", example: '"default";r=599;t=42' },
  },
} as const satisfies Record<string, HeaderObject>;

/** Response headers an operation declares it writes (`writesHeaders`), beyond RESPONSE_HEADERS. */
export const OPTIONAL_RESPONSE_HEADERS = {
  ETag: {
    description:
      "The representation's entity tag. Send it back as If-None-Match to get 304 when nothing changed (and, for an assessment, as If-Match to change it safely).",
    schema: { type: "string", example: '"r3"' },
  },
  Location: {
    description: "The URL of the resource this response is about.",
    schema: { type: "string", example: "/v1/organisations/org_k3vq7zq2m4x5c6b7nhpjr2s3" },
  },
  "Content-Language": {
    description: "The language of the texts in the body (nl or en): from `lang`, else Accept-Language, else nl.",
    schema: { type: "string", enum: ["nl", "en"], example: "nl" },
  },
  "Content-Encoding": {
    description:
      "How the body is compressed (br or gzip), when Accept-Encoding asked for it; absent for an uncompressed body.",
    schema: { type: "string", enum: ["br", "gzip"], example: "br" },
  },
} as const satisfies Record<string, HeaderObject>;
export type WrittenHeader = keyof typeof OPTIONAL_RESPONSE_HEADERS;

const IDEMPOTENT_REPLAYED_HEADER = {
  "Idempotent-Replayed": {
    description: "`true` when this is the stored response to an earlier request with the same Idempotency-Key.",
    schema: { type: "string", enum: ["true"] },
  },
} as const satisfies Record<string, HeaderObject>;

/** Request headers an operation declares it reads (`readsHeaders`); X-Request-Id is read everywhere. */
const REQUEST_HEADER_PARAMETERS = {
  "X-Request-Id": {
    description:
      "Your own id for this request (1–128 of A–Z a–z 0–9 . _ : -): echoed in the response and kept in our logs. Anything else is replaced by a generated id.",
    schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,128}$", example: "sync-2026-11-30-0001" },
  },
  "If-None-Match": {
    description: "An ETag you hold: the answer is 304 without a body when the representation still has it.",
    schema: { type: "string", example: '"r3"' },
  },
  "If-Match": {
    description:
      'The ETag you read (`"r<revision>"`): the change is made only if the assessment still has it, else 412.',
    schema: { type: "string", example: '"r3"' },
  },
  "Accept-Language": {
    description: "nl or en (by quality); `lang` overrides it; default nl.",
    schema: { type: "string", example: "en, nl;q=0.5" },
  },
  "Accept-Encoding": {
    description: "br and/or gzip to receive the body compressed (brotli preferred); without it, uncompressed.",
    schema: { type: "string", example: "br, gzip" },
  },
} as const satisfies Record<string, HeaderObject>;
export type ReadHeader = Exclude<keyof typeof REQUEST_HEADER_PARAMETERS, "X-Request-Id">;

const STATUS_HEADERS = {
  "401": {
    "WWW-Authenticate": {
      description: "The authentication challenge (RFC 6750 Bearer; the token endpoint: RFC 7617 Basic).",
      required: true,
      schema: { type: "string", example: 'Bearer realm="inclusiebenchmark", error="invalid_token"' },
    },
  },
  "403": {
    "WWW-Authenticate-Scope": {
      description: 'The scope the token lacks, as `error="insufficient_scope"` (RFC 6750), when that is the reason.',
      schema: { type: "string", example: 'Bearer realm="inclusiebenchmark", error="insufficient_scope"' },
    },
  },
  "415": {
    "Accept-Post": {
      description: "The media types this POST accepts.",
      schema: { type: "string", example: "application/json" },
    },
    "Accept-Patch": {
      description: "The media types this PATCH accepts.",
      schema: { type: "string", example: "application/json" },
    },
  },
  "429": {
    "Retry-After": {
      description: "Seconds to wait before retrying.",
      required: true,
      schema: { type: "integer", minimum: 0, example: 42 },
    },
  },
} as const satisfies Record<string, Record<string, HeaderObject>>;

/**
 * Every response header of the document, declared once under components/headers and referenced
 * from each response (the name is the header's, except the 403's variant of WWW-Authenticate).
 */
export const HEADER_COMPONENTS: Record<string, HeaderObject> = {
  ...RESPONSE_HEADERS,
  ...OPTIONAL_RESPONSE_HEADERS,
  ...IDEMPOTENT_REPLAYED_HEADER,
  ...STATUS_HEADERS["401"],
  ...STATUS_HEADERS["403"],
  ...STATUS_HEADERS["415"],
  ...STATUS_HEADERS["429"],
};

const HEADER_NAME_OF_COMPONENT: Record<string, string> = { "WWW-Authenticate-Scope": "WWW-Authenticate" };

/** References to header components, keyed by the header's real name. */
function headerReferences(components: Record<string, unknown>): Record<string, { $ref: string }> {
  return Object.fromEntries(
    Object.keys(components).map((component) => [
      HEADER_NAME_OF_COMPONENT[component] ?? component,
      { $ref: `#/components/headers/${component}` },
    ]),
  );
}

/** What a problem of each status looks like, for the examples of the document (real `type`s and titles). */
const PROBLEM_TYPE_BY_STATUS: Record<string, ProblemType> = {
  "400": "validation-failed",
  "401": "unauthorized",
  "403": "forbidden",
  "404": "not-found",
  "405": "method-not-allowed",
  "406": "not-acceptable",
  "409": "conflict",
  "412": "precondition-failed",
  "413": "payload-too-large",
  "415": "unsupported-media-type",
  "422": "unprocessable-request",
  "429": "too-many-requests",
  "500": "internal-error",
  "503": "service-unavailable",
};

/** Path parameter values for example URLs: ids from the real id alphabet (base32, `randomToken`). */
const EXAMPLE_PATH_VALUES: Record<string, string> = {
  organisationId: "org_k3vq7zq2m4x5c6b7nhpjr2s3",
  assessmentId: "asm_b7nhpjr2s3t4v5w6q2m4x5c6",
  clientId: "cli_q2m4x5c6b7nhpjr2s3t4v5w6",
  reportLinkId: "rpl_k3vq7zq2m4x5c6b7",
  webhookId: "whk_k3vq7zq2m4x5c6b7nhpjr2s3",
  version: "2026.1",
  practiceId: "structured_interviews",
  file: "swagger-ui.css",
};

export function examplePath(path: string): string {
  return `${API_MAJOR_PATH}${path.replace(/\{([^}]+)\}/g, (_, name: string) => EXAMPLE_PATH_VALUES[name] ?? name)}`;
}

export function problemExample(type: ProblemType, detail: string, instance: string): Record<string, unknown> {
  return {
    type: problemTypeUri(type),
    title: PROBLEM_TYPES[type].title,
    status: PROBLEM_TYPES[type].status,
    detail,
    instance,
    requestId: REQUEST_ID_EXAMPLE,
    ...(type === "validation-failed"
      ? { errors: [{ in: "body", pointer: "/headcount", message: "Expected a whole number of at least 1" }] }
      : {}),
  };
}

/** What a route says of the problem it sends, for the example: its real detail and extension members. */
export interface ProblemExample {
  readonly detail: string;
  readonly existingId?: string;
}

const PROBLEM_EXAMPLE_KEY = "x-problem-example";

/**
 * A problem-details response. `example` gives the detail (and members) the route really sends, for
 * the document's example; without it the status's usual detail is shown.
 */
export function problemResponse(description: string, example?: ProblemExample): ResponseEntry {
  return {
    description,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemDetailsSchema } },
    ...(example === undefined ? {} : { [PROBLEM_EXAMPLE_KEY]: example }),
  };
}

const DEFAULT_PROBLEM_DETAILS: Partial<Record<ProblemType, string>> = {
  "validation-failed": "body /headcount: Expected a whole number of at least 1",
  unauthorized: "Send an access token: Authorization: Bearer <token> (get one at POST /v1/oauth/token).",
  "not-found": "There is no resource at this path that you may see.",
  "payload-too-large": "The request body of this operation may be at most 256 KiB (262144 bytes).",
  "unsupported-media-type": "Content-Type text/plain is not accepted here; send application/json.",
  "too-many-requests": 'Rate limit "default" (600 per 60 s) reached; retry after the number of seconds in Retry-After.',
  "internal-error": "Something went wrong on our side. It has been logged; quote the requestId when you contact us.",
};

/** The same problem as a page, for a person who opened the URL in a browser. */
const HTML_ERROR_PAGE = {
  "text/html": {
    schema: z.string().openapi({
      description:
        "The problem as a page, when the request's Accept prefers text/html to application/problem+json (a browser).",
    }),
  },
};

/**
 * Completes every response of an operation: the headers every response carries, the headers of its
 * status (WWW-Authenticate on 401, Retry-After on 429, …), and for a problem response an example of
 * that status's real body.
 */
function completeResponses(
  responses: RouteConfig["responses"],
  path: string,
  successHeaders: readonly string[],
  htmlErrorPages: boolean,
): RouteConfig["responses"] {
  return Object.fromEntries(
    Object.entries(responses).map(([status, entry]) => {
      if ("$ref" in entry) return [status, entry];
      const { [PROBLEM_EXAMPLE_KEY]: given, ...response } = entry as Exclude<ResponseEntry, { $ref: string }> & {
        [PROBLEM_EXAMPLE_KEY]?: ProblemExample;
      };
      const own = response.headers ?? {};
      if ("shape" in own || typeof own !== "object") return [status, response];
      const success = status.startsWith("2") || status === "304" ? successHeaders : [];
      const headers = {
        ...headerReferences(RESPONSE_HEADERS),
        ...headerReferences(STATUS_HEADERS[status as keyof typeof STATUS_HEADERS] ?? {}),
        ...headerReferences(Object.fromEntries(success.map((name) => [name, true]))),
        ...own,
      };
      const type = PROBLEM_TYPE_BY_STATUS[status];
      const problem = response.content?.[PROBLEM_MEDIA_TYPE];
      if (type === undefined || problem === undefined || "$ref" in problem || problem.example !== undefined) {
        return [status, { ...response, headers }];
      }
      const description = response.description ?? PROBLEM_TYPES[type].title;
      const detail =
        given?.detail ??
        (type === "not-found" ? `There is no resource at ${examplePath(path)}.` : undefined) ??
        DEFAULT_PROBLEM_DETAILS[type] ??
        (description.endsWith(".") ? description : `${description}.`);
      const example = {
        ...problemExample(type, detail, examplePath(path)),
        ...(given?.existingId === undefined ? {} : { existingId: given.existingId }),
      };
      const content = {
        ...response.content,
        [PROBLEM_MEDIA_TYPE]: { ...problem, example },
        ...(htmlErrorPages && status.startsWith("4") ? HTML_ERROR_PAGE : {}),
      };
      return [status, { ...response, headers, content }];
    }),
  );
}

/** The largest request body an operation accepts unless it declares its own `maxBodyBytes`. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

function sizeInKib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

/** Refuses a body larger than `maxBytes` with 413 problem details, by Content-Length or while reading. */
function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () =>
    new ApiError("payload-too-large", {
      detail: `The request body of this operation may be at most ${sizeInKib(maxBytes)} (${maxBytes} bytes).`,
    });
  const whileReading = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    // A declared length is checked from the header, as hono's bodyLimit would, but without touching
    // `c.req.raw.body` first: on Node that makes @hono/node-server build a whole web Request around a
    // ReadableStream of the socket, where the handler's own read takes the bytes directly (a fifth of
    // a token request's CPU; bench/RESULTS.md, "Read path, session 5"). The runtime's HTTP parser never
    // delivers more than the declared length. Without one (chunked), the bytes are counted as they come.
    const length = c.req.header("Content-Length");
    if (length !== undefined && /^\d+$/.test(length) && c.req.header("Transfer-Encoding") === undefined) {
      if (Number(length) > maxBytes) throw tooLarge();
      return next();
    }
    return whileReading(c, next);
  };
}

function describes(type: ProblemType): string {
  return PROBLEM_TYPES[type].title;
}

function standardProblems(config: RouteConfig, maxBodyBytes: number): Record<string, ResponseEntry> {
  const request = config.request;
  const takesInput =
    request?.body !== undefined ||
    request?.query !== undefined ||
    request?.params !== undefined ||
    request?.headers !== undefined ||
    ["post", "put", "patch"].includes(config.method);
  const problems: Record<string, ResponseEntry> = {};
  if (takesInput)
    problems["400"] = problemResponse(`${describes("validation-failed")}: the invalid fields are listed.`);
  if (request?.params !== undefined) problems["404"] = problemResponse(describes("not-found"));
  if (request?.body !== undefined) {
    problems["413"] = problemResponse(`The request body is larger than ${sizeInKib(maxBodyBytes)}.`);
    problems["415"] = problemResponse(describes("unsupported-media-type"));
  }
  problems["429"] = problemResponse(
    "Too many requests: a rate limit is spent (see RateLimit, RateLimit-Policy and Retry-After).",
  );
  problems["500"] = problemResponse(describes("internal-error"));
  return problems;
}

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Refuses a body whose media type the operation does not declare, before any parsing. */
function requireMediaType(accepted: readonly string[], method: string, required: boolean): MiddlewareHandler<AppEnv> {
  const acceptHeader = method === "patch" ? "Accept-Patch" : "Accept-Post";
  return async (c, next) => {
    const mediaType = mediaTypeOf(c.req.header("Content-Type"));
    const length = c.req.header("Content-Length");
    const noBody =
      mediaType === "" && (length === undefined || length === "0") && c.req.header("Transfer-Encoding") === undefined;
    if (!required && noBody) return next();
    if (!accepted.includes(mediaType)) {
      throw new ApiError("unsupported-media-type", {
        detail:
          mediaType === ""
            ? `This operation needs a request body of type ${accepted.join(" or ")}, with a Content-Type header.`
            : `Content-Type ${mediaType} is not accepted here; send ${accepted.join(" or ")}.`,
        headers: { [acceptHeader]: accepted.join(", ") },
      });
    }
    await next();
  };
}

function accessProblems(access: Access): Record<string, ResponseEntry> {
  return {
    "401": problemResponse("No access token, or one that is invalid or expired (see WWW-Authenticate)."),
    "403": problemResponse(`The token's role or scope does not allow this (needs ${access.scope})`, {
      detail: `Your access token lacks the scope ${access.scope}; ask for it at POST /v1/oauth/token.`,
    }),
  };
}

/** The OAuth2 security scheme every protected operation names (registered in the document). */
export const OAUTH2_SCHEME = "oauth2";

/** The token endpoint's client authentication, client_secret_basic (registered in the document). */
export const CLIENT_SECRET_BASIC_SCHEME = "client_secret_basic";

/**
 * Declares an operation. `access` (roles + scope) makes it protected: the access check runs before
 * anything else, the security requirement and the 401/403 responses are added to the contract.
 */
const IdempotencyHeaderSchema = z.object({
  [IDEMPOTENCY_HEADER]: z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, "must be 1–255 visible ASCII characters")
    .optional()
    .openapi({
      param: { name: IDEMPOTENCY_HEADER, in: "header" },
      description: "Makes a retry safe: the same key with the same request replays the first response (kept 24 h).",
      example: "4f1c2a1e-3b7d-4c55-9a0e-2d6f0b8e9c11",
    }),
});

const declaredAccess = new Map<string, Access | null>();

/**
 * The access every operation declared, by operationId (null: public), as `defineRoute` saw it. For
 * the security tests, which derive their role × operation matrix from it instead of a copy by hand;
 * complete once the router is built (`buildApiRouter`).
 */
export function declaredAccessByOperation(): ReadonlyMap<string, Access | null> {
  return declaredAccess;
}

function headerParameters(names: readonly ReadHeader[]) {
  return (["X-Request-Id", ...names] as const).map((name) => ({
    name,
    in: "header" as const,
    required: false,
    ...REQUEST_HEADER_PARAMETERS[name],
  }));
}

/**
 * `idempotent: false` opts a POST out of Idempotency-Key, for a response that must never be stored
 * (one that carries a secret or a token). `maxBodyBytes` raises the body limit (default 256 KiB)
 * for an operation that takes large documents. `readsHeaders` and `writesHeaders` document the
 * request headers the handler reads and the headers its successful responses carry;
 * `htmlErrorPages` that its 4xx problems may come as a page for a browser.
 */
export function defineRoute<
  P extends string,
  R extends Omit<RouteConfig, "path"> & {
    path: P;
    access?: Access;
    idempotent?: false;
    maxBodyBytes?: number;
    readsHeaders?: readonly ReadHeader[];
    writesHeaders?: readonly WrittenHeader[];
    htmlErrorPages?: true;
  },
>(config: R) {
  const {
    access,
    idempotent,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    readsHeaders = [],
    writesHeaders = [],
    htmlErrorPages = false,
    ...routeConfig
  } = config;
  if (routeConfig.operationId !== undefined) declaredAccess.set(routeConfig.operationId, access ?? null);
  const takesIdempotencyKey = routeConfig.method === "post" && idempotent !== false;
  const middleware: MiddlewareHandler<AppEnv>[] = [];
  if (access !== undefined) middleware.push(requireAccess(access));
  const body = routeConfig.request?.body;
  if (body !== undefined) {
    middleware.push(limitBody(maxBodyBytes));
    middleware.push(requireMediaType(Object.keys(body.content), routeConfig.method, body.required === true));
    if (URLENCODED_FORM in body.content) middleware.push(parseUrlencodedForm());
  }
  if (takesIdempotencyKey) middleware.push(idempotency());
  const existing = routeConfig.middleware === undefined ? [] : [routeConfig.middleware].flat();
  if (takesIdempotencyKey && routeConfig.request?.headers !== undefined) {
    throw new Error(`${routeConfig.operationId}: merge its header schema with the Idempotency-Key header first`);
  }
  const request = takesIdempotencyKey
    ? { ...routeConfig.request, headers: IdempotencyHeaderSchema }
    : routeConfig.request;
  const successHeaders = [...writesHeaders, ...(takesIdempotencyKey ? Object.keys(IDEMPOTENT_REPLAYED_HEADER) : [])];
  const augmented = {
    ...routeConfig,
    parameters: headerParameters(readsHeaders),
    ...(request === undefined ? {} : { request }),
    ...(access === undefined ? {} : { security: [{ [OAUTH2_SCHEME]: [access.scope] }] }),
    middleware: [...middleware, ...existing],
    responses: completeResponses(
      {
        ...standardProblems(
          { ...routeConfig, ...(request === undefined ? {} : { request }) } as RouteConfig,
          maxBodyBytes,
        ),
        ...(takesIdempotencyKey
          ? {
              "409": problemResponse("A request with this Idempotency-Key is still being processed."),
              "422": problemResponse("This Idempotency-Key was used for a different request."),
            }
          : {}),
        ...(access === undefined ? {} : accessProblems(access)),
        ...routeConfig.responses,
      },
      routeConfig.path,
      successHeaders,
      htmlErrorPages,
    ),
  };
  return createRoute<P, R>(augmented as unknown as R);
}
