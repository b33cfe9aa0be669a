import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { API_VERSION } from "../api-version.js";
import type { AppEnv } from "../app-env.js";
import { type Access, requireAccess } from "../auth/authenticate.js";
import { ApiError, PROBLEM_MEDIA_TYPE, PROBLEM_TYPES, ProblemDetailsSchema, type ProblemType } from "../errors.js";
import { IDEMPOTENCY_HEADER, idempotency } from "../http/idempotency.js";

/**
 * Every operation is declared through `defineRoute`, so the cross-cutting parts of the contract are
 * added once instead of by hand on each route: the `API-Version` and `X-Request-Id` headers on every
 * response, the problem-details responses the app can produce for it (400 when it takes input, 404
 * when it has path parameters, 415 when it takes a body, 500 always), and the 415 check itself.
 */

type ResponseEntry = RouteConfig["responses"][string];

export const RESPONSE_HEADERS = {
  "API-Version": {
    description: "The full semantic version of the API that answered.",
    schema: { type: "string", example: API_VERSION },
  },
  "X-Request-Id": {
    description: "Identifies this request in our logs: the caller's own X-Request-Id when it was sane, else generated.",
    schema: { type: "string" },
  },
} as const;

const RATE_LIMIT_RESPONSE_HEADERS = {
  "RateLimit-Policy": {
    description: 'The quotas that applied, e.g. `"default";q=600;w=60` (IETF httpapi RateLimit header fields draft).',
    schema: { type: "string" },
  },
  RateLimit: {
    description: 'What is left of each quota and when it resets, e.g. `"default";r=0;t=42`.',
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
} as const;

function rateLimitedResponse(): ResponseEntry {
  return {
    description: "Too many requests: a rate limit is spent (see RateLimit and Retry-After).",
    headers: { ...RESPONSE_HEADERS, ...RATE_LIMIT_RESPONSE_HEADERS },
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemDetailsSchema } },
  };
}

export function problemResponse(description: string): ResponseEntry {
  return {
    description,
    headers: RESPONSE_HEADERS,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemDetailsSchema } },
  };
}

/** The largest request body an operation accepts unless it declares its own `maxBodyBytes`. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

function sizeInKib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

/** Refuses a body larger than `maxBytes` with 413 problem details, by Content-Length or while reading. */
function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError("payload-too-large", {
        detail: `The request body of this operation may be at most ${sizeInKib(maxBytes)} (${maxBytes} bytes).`,
      });
    },
  });
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
  problems["429"] = rateLimitedResponse();
  problems["500"] = problemResponse(describes("internal-error"));
  return problems;
}

function withHeaders(responses: RouteConfig["responses"]): RouteConfig["responses"] {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      if ("$ref" in response) return [status, response];
      const headers = response.headers ?? {};
      if (!("shape" in headers) && typeof headers === "object") {
        return [status, { ...response, headers: { ...RESPONSE_HEADERS, ...headers } }];
      }
      return [status, response];
    }),
  );
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
    "403": problemResponse(`The token's role or scope does not allow this (needs ${access.scope}).`),
  };
}

/** The OAuth2 security scheme every protected operation names (registered in the document). */
export const OAUTH2_SCHEME = "oauth2";

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

/**
 * `idempotent: false` opts a POST out of Idempotency-Key, for a response that must never be stored
 * (one that carries a secret or a token). `maxBodyBytes` raises the body limit (default 256 KiB)
 * for an operation that takes large documents.
 */
export function defineRoute<
  P extends string,
  R extends Omit<RouteConfig, "path"> & { path: P; access?: Access; idempotent?: false; maxBodyBytes?: number },
>(config: R) {
  const { access, idempotent, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, ...routeConfig } = config;
  const takesIdempotencyKey = routeConfig.method === "post" && idempotent !== false;
  const middleware: MiddlewareHandler<AppEnv>[] = [];
  if (access !== undefined) middleware.push(requireAccess(access));
  const body = routeConfig.request?.body;
  if (body !== undefined) {
    middleware.push(limitBody(maxBodyBytes));
    middleware.push(requireMediaType(Object.keys(body.content), routeConfig.method, body.required === true));
  }
  if (takesIdempotencyKey) middleware.push(idempotency());
  const existing = routeConfig.middleware === undefined ? [] : [routeConfig.middleware].flat();
  if (takesIdempotencyKey && routeConfig.request?.headers !== undefined) {
    throw new Error(`${routeConfig.operationId}: merge its header schema with the Idempotency-Key header first`);
  }
  const request = takesIdempotencyKey
    ? { ...routeConfig.request, headers: IdempotencyHeaderSchema }
    : routeConfig.request;
  const augmented = {
    ...routeConfig,
    ...(request === undefined ? {} : { request }),
    ...(access === undefined ? {} : { security: [{ [OAUTH2_SCHEME]: [access.scope] }] }),
    middleware: [...middleware, ...existing],
    responses: withHeaders({
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
    }),
  };
  return createRoute<P, R>(augmented as unknown as R);
}
