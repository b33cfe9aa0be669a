import type { z } from "@hono/zod-openapi";
import type { ValidationTargets } from "hono";
import { type InvalidParam, validationFailed } from "../errors.js";

const LOCATIONS: Partial<Record<keyof ValidationTargets, InvalidParam["in"]>> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
};

/** RFC 6901: `~` and `/` inside a segment are escaped. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Field names that say a client is sending data about a person, which this API never stores. */
const PERSONAL_DATA_FIELD =
  /^(name|first_?name|last_?name|surname|full_?name|bsn|burgerservicenummer|e-?mail|email_?address|phone|telephone|date_?of_?birth|birth_?date|dob|address|postcode|nationality|gender|employees?|persons?|people)$/i;

/** Zod issues become one `{in, pointer, message}` per invalid field; raw zod output never leaves the API. */
export function invalidParamsFrom(error: z.ZodError, target: keyof ValidationTargets): InvalidParam[] {
  const location = LOCATIONS[target] ?? "body";
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        in: location,
        pointer: jsonPointer([...issue.path, key]),
        message: PERSONAL_DATA_FIELD.test(key)
          ? "Personal data is never accepted: this API stores organisation-level figures only"
          : "Unknown field: this schema is closed",
      }));
    }
    return [{ in: location, pointer: jsonPointer(issue.path), message: issue.message }];
  });
}

/** The default hook of every route: a failed validation throws one problem, listing every invalid field. */
export function validationHook(
  result: { target: keyof ValidationTargets } & ({ success: true } | { success: false; error: z.ZodError }),
): void {
  if (!result.success) throw validationFailed(invalidParamsFrom(result.error, result.target));
}
