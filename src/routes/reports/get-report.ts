import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.js";
import { InvalidTokenError } from "../../auth/access-tokens.js";
import { requireAccess } from "../../auth/authenticate.js";
import { verifyReportToken } from "../../auth/report-tokens.js";
import { LANGUAGES, type Language } from "../../domain/framework/localize.js";
import { ApiError } from "../../errors.js";
import { concurrencyCapReached, expensiveKey } from "../../http/concurrency-gate.js";
import { negotiateLanguage, negotiateMediaType } from "../../http/content-negotiation.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, OAUTH2_SCHEME, problemResponse } from "../../openapi/define-route.js";
import { renderProblemPage, renderReport } from "../../report/report-page.js";
import { REPORT_CSS } from "../../report/report-styles.js";
import { findActiveClient } from "../../store/clients.js";
import { findVisibleOrganisation, getOrganisation } from "../../store/organisations.js";
import { getReportLink } from "../../store/report-links.js";
import type { FrameworkReader } from "../frameworks/framework-reader.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { REPORT_ACCESS } from "./report-links.js";
import { buildReportModel } from "./report-model.js";

/** The security scheme of report links (registered in the document next to OAuth2). */
export const REPORT_LINK_SCHEME = "reportLink";

const REPORT_MEDIA_TYPES = ["text/html", "application/pdf"] as const;

export const getReportRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/report",
  operationId: "getReport",
  readsHeaders: ["Accept-Language"],
  htmlErrorPages: true,
  writesHeaders: ["Content-Language"],
  tags: ["Reports"],
  summary: "The benchmark report: a page an employer opens, reads and prints",
  description:
    "A self-contained HTML page (no scripts, no external assets; print stylesheet for A4) with the organisation's profile and peer group, scores per phase against the peer quartiles (SVG chart and table), change since the previous round, practice adoption next to the peers, the top recommendations with evidence, effort and expected gain, its workforce figures next to the peer medians, and the methodology. Open it with a Bearer token (API clients) or in a browser through a report link (`token`, from POST /organisations/{organisationId}/report-links). `Accept: application/pdf` prints it to PDF where the server has Chromium (406 where it has not). Dutch by default; English with `lang=en` or Accept-Language.",
  security: [{ [OAUTH2_SCHEME]: [REPORT_ACCESS.scope] }, { [REPORT_LINK_SCHEME]: [] }],
  request: {
    params: OrganisationParamsSchema,
    query: z.object({
      token: z
        .string()
        .max(2048)
        .optional()
        .openapi({ description: "The report link's token (instead of a Bearer token)." }),
      lang: z
        .enum(LANGUAGES)
        .optional()
        .openapi({ description: "Report language (default: Accept-Language, else nl)." }),
    }),
  },
  responses: {
    200: {
      description: "The report.",
      content: {
        "text/html": { schema: z.string().openapi({ description: "An HTML document." }) },
        "application/pdf": { schema: z.string().openapi({ format: "binary", description: "The report as A4 PDF." }) },
      },
    },
    401: problemResponse("No Bearer token and no report link, or one that is invalid, expired or revoked."),
    403: problemResponse(`The token's role or scope does not allow this (needs ${REPORT_ACCESS.scope}).`),
    406: problemResponse("Neither HTML nor PDF is acceptable, or PDF is asked for where this server cannot print."),
    409: problemResponse("The organisation has no submitted assessment yet."),
  },
});

let cspPromise: Promise<string> | undefined;

/** The report's policy: nothing may load or run; only its one inline stylesheet (by hash) applies. */
function reportContentSecurityPolicy(): Promise<string> {
  cspPromise ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(REPORT_CSS)).then((digest) => {
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    return [
      "default-src 'none'",
      `style-src 'sha256-${hash}'`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join("; ");
  });
  return cspPromise;
}

const linkRefused = (detail: string) =>
  new ApiError("unauthorized", {
    detail,
    headers: { "WWW-Authenticate": 'Bearer realm="inclusiebenchmark", error="invalid_token"' },
  });

/** Who opens the report: a report link (query `token`) for exactly this organisation, or a Bearer caller who may see it. */
async function admitReader(c: Context<AppEnv>, organisationId: string, token: string | undefined) {
  const deps = c.get("deps");
  const db = deps.storage.db;
  if (token === undefined) {
    await requireAccess(REPORT_ACCESS)(c, async () => {});
    const organisation = await findVisibleOrganisation(db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    return { organisation, linkLanguage: null, client: c.get("principal").clientId };
  }
  const now = deps.clock.now();
  let claims: Awaited<ReturnType<typeof verifyReportToken>>;
  try {
    claims = await verifyReportToken(await deps.keys.get(), deps.settings.tokens, now, token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw linkRefused(`This report link does not work: ${error.message}.`);
    throw error;
  }
  if (claims.organisationId !== organisationId) {
    throw linkRefused("This report link is for another report.");
  }
  const link = await getReportLink(db, organisationId, claims.linkId);
  if (link === undefined || link.revokedAt !== null) throw linkRefused("This report link has been revoked.");
  if (new Date(link.expiresAt) <= now) throw linkRefused("This report link has expired.");
  // A link lives no longer than the access of the client that made it.
  const maker = await findActiveClient(db, link.createdByClient);
  if (maker === undefined) throw linkRefused("This report link was made by a client that is no longer active.");
  // Rotating the maker's secret ends its links too (a newer credential generation).
  if (maker.credential_generation !== link.clientGeneration) {
    throw linkRefused("This report link was made before its client's secret was rotated.");
  }
  const organisation = await getOrganisation(db, organisationId);
  if (organisation === undefined) throw linkRefused("This report link has been revoked.");
  return { organisation, linkLanguage: link.language, client: link.createdByClient };
}

/** The q-value the Accept header gives this exact media type, or undefined when it does not name it. */
export function namedQuality(accept: string, mediaType: string): number | undefined {
  for (const part of accept.split(",")) {
    const [range = "", ...params] = part.split(";");
    if (range.trim().toLowerCase() !== mediaType) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/i.exec(param)?.[1]).find((value) => value !== undefined);
    return q === undefined ? 1 : Number(q);
  }
  return undefined;
}

/** A browser (text/html named, and preferred to problem details): errors as a page. `text/html;q=0` refuses HTML. */
const wantsHtmlErrors = (c: Context<AppEnv>) => {
  const accept = c.req.header("Accept") ?? "";
  const html = namedQuality(accept, "text/html") ?? 0;
  return html > 0 && (namedQuality(accept, "application/problem+json") ?? 0) < html;
};

export function registerGetReport(router: ApiRouter, reader: FrameworkReader): void {
  router.openAPIRegistry.registerComponent("securitySchemes", REPORT_LINK_SCHEME, {
    type: "apiKey",
    in: "query",
    name: "token",
    description:
      "A report link's token (POST /organisations/{organisationId}/report-links). Opens that one organisation's report and nothing else.",
  });

  router.openapi(getReportRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const query = c.req.valid("query");
    try {
      const { organisation, linkLanguage, client } = await admitReader(c, organisationId, query.token);
      // A report (and more so its PDF) is expensive: a client, and the links it made, build few at once.
      const leave = c.get("gate").tryEnter(expensiveKey(client), c.get("deps").settings.concurrency.expensivePerClient);
      if (leave === null) throw concurrencyCapReached("Reports", c.get("deps").settings.concurrency.expensivePerClient);
      try {
        const mediaType = negotiateMediaType(c, REPORT_MEDIA_TYPES);
        const lang: Language = query.lang ?? linkLanguage ?? negotiateLanguage(c);
        const pdf = c.get("deps").pdf;
        if (mediaType === "application/pdf" && pdf === undefined) {
          throw new ApiError("not-acceptable", {
            detail:
              "This server cannot print reports to PDF (no Chromium here). Ask for text/html and print it from the browser.",
          });
        }
        const html = renderReport(await buildReportModel(c, reader, organisation, lang));
        const headers = {
          "Content-Language": lang,
          "Cache-Control": "private, no-store",
          "Referrer-Policy": "no-referrer",
          "X-Robots-Tag": "noindex, nofollow",
          Vary: "Accept, Accept-Language, Authorization",
        };
        if (mediaType === "application/pdf" && pdf !== undefined) {
          const bytes = await pdf.render(html);
          return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
            ...headers,
            "Content-Type": "application/pdf",
            "Content-Disposition": `inline; filename="benchmark-report-${organisationId}.pdf"`,
          });
        }
        return c.body(html, 200, {
          ...headers,
          "Content-Type": "text/html; charset=utf-8",
          "Content-Security-Policy": await reportContentSecurityPolicy(),
        });
      } finally {
        leave();
      }
    } catch (error) {
      // A person who followed a link reads a page, not JSON; API clients keep problem details.
      if (!(error instanceof ApiError) || !wantsHtmlErrors(c)) throw error;
      const lang = query.lang ?? "nl";
      return c.body(renderProblemPage(lang, error.status, error.title, error.detail), error.status, {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Content-Security-Policy": await reportContentSecurityPolicy(),
        ...error.headers,
      });
    }
  });
}
