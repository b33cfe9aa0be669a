import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.js";

export const URLENCODED_FORM = "application/x-www-form-urlencoded";

// As the Fetch standard's form-urlencoded parser decodes (UTF-8, invalid bytes replaced, a BOM kept as text).
const UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * Parses an `application/x-www-form-urlencoded` body once, with URLSearchParams (the parser the Fetch
 * standard names for this media type, so the fields are the same), and leaves it where hono's form
 * validator and `parseBody` look first. Without it hono wraps the bytes in a web `Response` and calls
 * its `formData()`: on Node a `ReadableStream`, undici's body extraction and its garbage, 27–54 µs per
 * parse measured alone against under 3 µs here, 14 % of a token request's CPU (bench/RESULTS.md,
 * "Token and framework, session 6"). Other media types pass untouched.
 */
export function parseUrlencodedForm(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType === URLENCODED_FORM && c.req.bodyCache.formData === undefined) {
      const fields = new URLSearchParams(UTF8.decode(await c.req.arrayBuffer()));
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      // Hono awaits what it finds here; any other body read is served from the cached bytes read above.
      c.req.bodyCache.formData = form;
    }
    await next();
  };
}
