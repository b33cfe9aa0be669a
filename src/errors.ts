import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./app-env.js";
import { finalResponse } from "./http/app-headers.js";

/**
 * Problem details (RFC 9457) are the one error shape of the API. Every failure is an `ApiError`
 * with a stable `type` per kind of failure; `handleError` turns anything thrown into one.
 */

export const PROBLEM_MEDIA_TYPE = "application/problem+json";
const PROBLEM_TYPE_BASE = "https://inclusiebenchmark.nl/problems/";

/** The kinds of failure, each with its status and title. `docs/problems.md` describes them. */
export const PROBLEM_TYPES = {
  "validation-failed": { status: 400, title: "Your request is not valid" },
  "malformed-request": { status: 400, title: "The request body could not be read" },
  unauthorized: { status: 401, title: "Authentication is required" },
  forbidden: { status: 403, title: "You may not do this" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "not-acceptable": { status: 406, title: "Not acceptable" },
  conflict: { status: 409, title: "Conflict" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "payload-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "unprocessable-request": { status: 422, title: "The request cannot be processed" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  "internal-error": { status: 500, title: "Internal server error" },
  "service-unavailable": { status: 503, title: "Service unavailable" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(type: ProblemType): string {
  return PROBLEM_TYPE_BASE + type;
}

export const InvalidParamSchema = z
  .object({
    in: z.enum(["body", "query", "path", "header"]).openapi({ description: "Where the invalid value is." }),
    pointer: z
      .string()
      .openapi({ description: "JSON Pointer (RFC 6901) to the invalid value within `in`.", example: "/headcount" }),
    message: z.string().openapi({ example: "Expected a whole number of at least 1" }),
  })
  .openapi("InvalidParam");

export type InvalidParam = z.infer<typeof InvalidParamSchema>;

export const ProblemDetailsSchema = z
  .object({
    type: z.string().openapi({ example: problemTypeUri("validation-failed") }),
    title: z.string().openapi({ example: PROBLEM_TYPES["validation-failed"].title }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "body /headcount: Expected a whole number of at least 1" }),
    instance: z.string().openapi({ description: "The request path this problem occurred on.", example: "/v1/health" }),
    requestId: z.string().openapi({ description: "Quote this when you contact support." }),
    errors: z
      .array(InvalidParamSchema)
      .optional()
      .openapi({ description: "Present on validation failures: one entry per invalid field." }),
    existingId: z.string().optional().openapi({
      description:
        "Present on a 409 for a duplicate: the id of what already exists (the organisation you registered with this KvK number, the organisation's open draft).",
    }),
  })
  .openapi("ProblemDetails");

export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

export interface ApiErrorOptions {
  readonly detail: string;
  readonly errors?: readonly InvalidParam[];
  readonly headers?: Readonly<Record<string, string>>;
  /** The id of what already exists, on a 409 for a duplicate. */
  readonly existingId?: string;
}

export class ApiError extends Error {
  readonly type: ProblemType;
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly InvalidParam[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly existingId: string | undefined;

  constructor(type: ProblemType, options: ApiErrorOptions) {
    super(options.detail);
    this.name = "ApiError";
    this.type = type;
    this.status = PROBLEM_TYPES[type].status;
    this.title = PROBLEM_TYPES[type].title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.existingId = options.existingId;
  }
}

/** One invalid-field error for a validation failure raised by our own checks (beyond the schema). */
export function invalidField(location: InvalidParam["in"], pointer: string, message: string): ApiError {
  return validationFailed([{ in: location, pointer, message }]);
}

export function validationFailed(errors: readonly InvalidParam[]): ApiError {
  const shown = errors.slice(0, 5).map((error) => `${error.in} ${error.pointer || "/"}: ${error.message}`);
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : "";
  return new ApiError("validation-failed", { detail: shown.join("; ") + more, errors });
}

export function problemResponse(c: Context<AppEnv>, error: ApiError): Response {
  const body: ProblemDetails = {
    type: problemTypeUri(error.type),
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance: new URL(c.req.url).pathname,
    requestId: c.get("requestId"),
    ...(error.errors === undefined ? {} : { errors: [...error.errors] }),
    ...(error.existingId === undefined ? {} : { existingId: error.existingId }),
  };
  // With the app's headers built in (finalResponse): refusals (401, 404, 429) are what a flood is
  // answered with, so they should cost no more than an answer.
  return finalResponse(c, error.status, JSON.stringify(body), {
    "Content-Type": PROBLEM_MEDIA_TYPE,
    "Cache-Control": "no-store",
    ...error.headers,
  });
}

function fromHttpException(exception: HTTPException): ApiError {
  if (exception.status === 400) return new ApiError("malformed-request", { detail: exception.message });
  if (exception.status === 413) {
    return new ApiError("payload-too-large", { detail: exception.message || "The request body is too large." });
  }
  const known = Object.entries(PROBLEM_TYPES).find(([, value]) => value.status === exception.status);
  const type = (known?.[0] ?? "internal-error") as ProblemType;
  return new ApiError(type, { detail: exception.message || PROBLEM_TYPES[type].title });
}

/**
 * What the database says when a write lost a race with another (a unique key taken meanwhile, a row
 * deleted meanwhile, a guard trigger's refusal): the request conflicted, it is not a bug.
 */
const WRITE_CONFLICT =
  /UNIQUE constraint failed|FOREIGN KEY constraint failed|is immutable|stale [a-z ]*revision|stale benchmark contribution/;

/** The one error handler: every thrown value becomes problem details; only real bugs become a 500. */
export function handleError(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof ApiError) return problemResponse(c, error);
  if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
  if (error instanceof Error && WRITE_CONFLICT.test(error.message)) {
    c.get("deps").log({
      level: "info",
      message: "write conflict",
      requestId: c.get("requestId"),
      error: error.message,
    });
    return problemResponse(
      c,
      new ApiError("conflict", {
        detail: "Your request conflicted with a change made at the same moment: read again, then retry.",
      }),
    );
  }
  c.get("deps").log({
    level: "error",
    message: "unhandled error",
    requestId: c.get("requestId"),
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return problemResponse(
    c,
    new ApiError("internal-error", {
      detail: `Something went wrong on our side. Quote request id ${c.get("requestId")} when you report it.`,
    }),
  );
}
