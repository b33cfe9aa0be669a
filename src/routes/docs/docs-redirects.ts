import type { Hono } from "hono";
import { API_MAJOR_PATH } from "../../api-version.js";
import type { AppEnv } from "../../app-env.js";

/** Where a newcomer lands: the docs page. */
export const DOCS_PATH = `${API_MAJOR_PATH}/docs`;

/** The addresses a newcomer types first, each sent on to the docs page (outside the document's operations). */
export const DOCS_REDIRECT_PATHS = ["/", API_MAJOR_PATH, `${DOCS_PATH}/`] as const;

export function registerDocsRedirects(app: Hono<AppEnv>): void {
  for (const path of DOCS_REDIRECT_PATHS) app.get(path, (c) => c.redirect(DOCS_PATH, 302));
}
