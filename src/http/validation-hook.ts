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

type Issue = z.core.$ZodIssue;

const isNullBranch = (branch: readonly Issue[]) =>
  branch.length > 0 &&
  branch.every((issue) => issue.code === "invalid_type" && issue.expected === "null" && issue.path.length === 0);

/**
 * A failed union says only "Invalid input". Say what was meant instead: the branch that is not the
 * `null` of a nullable, or, for a choice of literals, the values that are allowed.
 */
function explain(issue: Issue, base: readonly PropertyKey[]): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...base, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branches = issue.errors.filter((branch) => !isNullBranch(branch));
    if (branches.length === 1) return (branches[0] ?? []).flatMap((inner) => explain(inner, path));
    const literals = branches.flatMap((branch) =>
      branch.length === 1 && branch[0]?.code === "invalid_value" && branch[0].path.length === 0 ? branch[0].values : [],
    );
    if (literals.length === branches.length) {
      const allowed = literals.map((value) => JSON.stringify(value)).join(", ");
      return [{ path, issue: { ...issue, message: `Must be one of ${allowed}` } }];
    }
  }
  return [{ path, issue }];
}

/** Zod issues become one `{in, pointer, message}` per invalid field; raw zod output never leaves the API. */
export function invalidParamsFrom(error: z.ZodError, target: keyof ValidationTargets): InvalidParam[] {
  const location = LOCATIONS[target] ?? "body";
  return error.issues.flatMap((raw) =>
    explain(raw, []).flatMap(({ path, issue }) => {
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => ({
          in: location,
          pointer: jsonPointer([...path, key]),
          message: PERSONAL_DATA_FIELD.test(key)
            ? "Personal data is never accepted: this API stores organisation-level figures only"
            : "Unknown field: this schema is closed",
        }));
      }
      return [{ in: location, pointer: jsonPointer(path), message: issue.message }];
    }),
  );
}

/** The default hook of every route: a failed validation throws one problem, listing every invalid field. */
export function validationHook(
  result: { target: keyof ValidationTargets } & ({ success: true } | { success: false; error: z.ZodError }),
): void {
  if (!result.success) throw validationFailed(invalidParamsFrom(result.error, result.target));
}
