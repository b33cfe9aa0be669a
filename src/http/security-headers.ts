/**
 * Headers every response carries (OWASP Secure Headers / REST Security cheat sheets). A header a
 * route set itself is kept: the docs page and the report page bring their own Content-Security-Policy,
 * public framework data its own Cache-Control. Applied with the app's other headers by
 * src/http/app-headers.ts.
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
