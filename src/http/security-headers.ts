/**
 * Headers every response carries (OWASP Secure Headers / REST Security cheat sheets). A header a
 * route set itself is kept: the docs page and the report page bring their own Content-Security-Policy,
 * public framework data its own Cache-Control.
 */

/** For HTML a route did not give a policy of its own: nothing loads, nothing frames it. */
export const STRICT_HTML_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** For everything else (JSON, CSV, files): an API response is never a document that loads or is framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS = {
  // Two years, as the HSTS preload list asks; browsers ignore it over plain http (local development).
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
} as const;

const SECURITY_HEADER_ENTRIES = Object.entries(SECURITY_HEADERS);

/**
 * Adds the security headers a response lacks. Called once per response by the outermost middleware
 * (request-context.ts) on the response's own, writable Headers: one pass, no middleware layer of its own.
 */
export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of SECURITY_HEADER_ENTRIES) {
    if (!headers.has(name)) headers.set(name, value);
  }
  if (!headers.has("Content-Security-Policy")) {
    const html = (headers.get("Content-Type") ?? "").toLowerCase().startsWith("text/html");
    headers.set("Content-Security-Policy", html ? STRICT_HTML_CSP : API_CSP);
  }
  // Responses that say nothing about caching are not cached: most of this API is organisation data.
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
}
