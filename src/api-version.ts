/**
 * The version of the API contract, sent as `API-Version` on every response and used as the
 * OpenAPI `info.version`. Its major is the `/v1` in every path; bump minor for additions and
 * patch for fixes (Dutch API Design Rules, /core/version-header and /core/uri-version).
 */
export const API_VERSION = "1.0.0-alpha.1";
export const API_MAJOR_PATH = "/v1";
