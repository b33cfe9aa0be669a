import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { API_MAJOR_PATH } from "../../api-version.js";
import type { AppEnv } from "../../app-env.js";
import type { Access } from "../../auth/authenticate.js";
import { issueReportToken } from "../../auth/report-tokens.js";
import { randomToken } from "../../auth/secret-hash.js";
import { ALL_PERIODS } from "../../domain/benchmark/peer-groups.js";
import { LANGUAGES } from "../../domain/framework/localize.js";
import { ApiError } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute, problemResponse } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import {
  getReportLink,
  insertReportLink,
  listReportLinks,
  type ReportLink,
  revokeReportLink,
} from "../../store/report-links.js";
import { reportLinkRevokedEvent } from "../../webhooks/webhook-event-statements.js";
import { organisationNotFound } from "../organisations/get-organisation.js";
import { OrganisationIdSchema, OrganisationParamsSchema } from "../organisations/organisation-schemas.js";
import { PageQuerySchema, pageRequest, pageSchema } from "../pagination.js";

/** Who may make, list and revoke an organisation's report links: those who may read its benchmark. */
export const REPORT_ACCESS: Access = {
  roles: ["admin", "employer", "integration"],
  scope: "benchmarks:read",
  othersSeeNotFound: true,
};

export const DEFAULT_LINK_HOURS = 24;
export const MAX_LINK_HOURS = 7 * 24;

const ReportLinkIdSchema = z
  .string()
  .regex(/^rpl_[a-z2-7]{16}$/, "not a report link id")
  .openapi({ example: "rpl_k3vq7zq2m4x5c6b7" });

const ReportLinkParamsSchema = OrganisationParamsSchema.extend({
  reportLinkId: ReportLinkIdSchema.openapi({ param: { name: "reportLinkId", in: "path" } }),
});

const CreateReportLinkSchema = z
  .strictObject({
    expiresInHours: z
      .number()
      .int()
      .min(1)
      .max(MAX_LINK_HOURS)
      .optional()
      .openapi({ description: `How long the link works, in hours (default ${DEFAULT_LINK_HOURS}, at most a week).` }),
    lang: z
      .enum(LANGUAGES)
      .optional()
      .openapi({ description: "The report's language; default: the browser's (Accept-Language), else Dutch." }),
  })
  .openapi("CreateReportLink");

const ReportLinkSchema = z
  .object({
    reportLinkId: ReportLinkIdSchema,
    organisationId: OrganisationIdSchema,
    status: z.enum(["active", "expired", "revoked"]),
    lang: z.enum(LANGUAGES).nullable(),
    createdByClient: z.string(),
    createdAt: z.string().openapi({ format: "date-time" }),
    expiresAt: z.string().openapi({ format: "date-time" }),
    revokedAt: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("ReportLink");

const CreatedReportLinkSchema = ReportLinkSchema.extend({
  url: z.string().openapi({
    format: "uri",
    description:
      "Open this in a browser: it shows the report without a login. Shown once; treat it like a password until it expires. It opens this one report and nothing else.",
  }),
}).openapi("CreatedReportLink");

function linkView(link: ReportLink, now: Date): z.infer<typeof ReportLinkSchema> {
  const status = link.revokedAt !== null ? "revoked" : new Date(link.expiresAt) <= now ? "expired" : "active";
  return {
    reportLinkId: link.id,
    organisationId: link.organisationId,
    status,
    lang: link.language,
    createdByClient: link.createdByClient,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
  };
}

const linkPath = (organisationId: string, id: string) =>
  `${API_MAJOR_PATH}/organisations/${organisationId}/report-links/${id}`;

async function requireVisibleOrganisation(c: Context<AppEnv>, organisationId: string) {
  const organisation = await findVisibleOrganisation(c.get("deps").storage.db, c.get("principal"), organisationId);
  if (organisation === undefined) throw organisationNotFound(organisationId);
  return organisation;
}

export const createReportLinkRoute = defineRoute({
  method: "post",
  path: "/organisations/{organisationId}/report-links",
  operationId: "createReportLink",
  writesHeaders: ["Location"],
  tags: ["Reports"],
  summary: "Make a short-lived link that opens the organisation's benchmark report in a browser",
  description:
    "A browser cannot send a Bearer header, so the report opens through a signed link. The link opens this one organisation's report (GET /organisations/{organisationId}/report) until it expires or is revoked; it grants no API access. The URL is shown only in this response (so this operation takes no Idempotency-Key: a replay would hand it out again).",
  access: REPORT_ACCESS,
  idempotent: false,
  request: {
    params: OrganisationParamsSchema,
    body: { required: false, content: { "application/json": { schema: CreateReportLinkSchema } } },
  },
  responses: {
    201: {
      description: "The link. `Location` is the link's own resource (for revoking it).",
      content: { "application/json": { schema: CreatedReportLinkSchema } },
    },
    409: problemResponse("The organisation has no submitted assessment yet: there is no report to open."),
  },
});

export const listReportLinksRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/report-links",
  operationId: "listReportLinks",
  tags: ["Reports"],
  summary: "The organisation's report links, with their status (never their URLs)",
  description:
    "The organisation's report links with their status (active, expired, revoked) and expiry. The URLs are shown only when a link is made.",
  access: REPORT_ACCESS,
  request: { params: OrganisationParamsSchema, query: PageQuerySchema },
  responses: {
    200: {
      description: "Oldest first.",
      content: { "application/json": { schema: pageSchema(ReportLinkSchema, "ReportLinkPage") } },
    },
  },
});

export const getReportLinkRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/report-links/{reportLinkId}",
  operationId: "getReportLink",
  tags: ["Reports"],
  summary: "One report link's status",
  description: "One report link's status and expiry (never its URL).",
  access: REPORT_ACCESS,
  request: { params: ReportLinkParamsSchema },
  responses: { 200: { description: "The link.", content: { "application/json": { schema: ReportLinkSchema } } } },
});

export const revokeReportLinkRoute = defineRoute({
  method: "delete",
  path: "/organisations/{organisationId}/report-links/{reportLinkId}",
  operationId: "revokeReportLink",
  tags: ["Reports"],
  summary: "Revoke a report link: it stops working at once",
  description: "Revoking a link that is already revoked or expired changes nothing and also answers 204.",
  access: REPORT_ACCESS,
  request: { params: ReportLinkParamsSchema },
  responses: { 204: { description: "Revoked." } },
});

export function registerReportLinks(router: ApiRouter): void {
  router.openapi(createReportLinkRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const body = c.req.valid("json") ?? {};
    await requireVisibleOrganisation(c, organisationId);
    const deps = c.get("deps");
    const submitted = await deps.storage.db
      .selectFrom("benchmark_contributions")
      .select("organisation_id")
      .where("organisation_id", "=", organisationId)
      .where("period", "=", ALL_PERIODS)
      .executeTakeFirst();
    if (submitted === undefined) {
      throw new ApiError("conflict", {
        detail: `Organisation ${organisationId} has no submitted assessment yet: submit one, then make a report link.`,
      });
    }
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + (body.expiresInHours ?? DEFAULT_LINK_HOURS) * 3_600_000);
    const link: ReportLink = {
      id: randomToken("rpl", 10),
      organisationId,
      createdByClient: c.get("principal").clientId,
      language: body.lang ?? null,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
      clientGeneration: c.get("principal").generation,
    };
    await insertReportLink(deps.storage, link, [auditEvent(c, "report-link", link.id, "create")]);
    const token = await issueReportToken(await deps.keys.get(), deps.settings.tokens, now, expiresAt, {
      linkId: link.id,
      organisationId,
    });
    const url = new URL(`${API_MAJOR_PATH}/organisations/${organisationId}/report`, c.req.url);
    url.searchParams.set("token", token);
    if (link.language !== null) url.searchParams.set("lang", link.language);
    c.header("Location", linkPath(organisationId, link.id));
    c.header("Cache-Control", "no-store");
    return c.json({ ...linkView(link, now), url: url.toString() }, 201);
  });

  router.openapi(listReportLinksRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    await requireVisibleOrganisation(c, organisationId);
    const deps = c.get("deps");
    const { links, nextCursor } = await listReportLinks(
      deps.storage.db,
      organisationId,
      pageRequest(c.req.valid("query")),
    );
    const now = deps.clock.now();
    return c.json({ items: links.map((link) => linkView(link, now)), nextCursor }, 200);
  });

  router.openapi(getReportLinkRoute, async (c) => {
    const { organisationId, reportLinkId } = c.req.valid("param");
    await requireVisibleOrganisation(c, organisationId);
    const deps = c.get("deps");
    const link = await getReportLink(deps.storage.db, organisationId, reportLinkId);
    if (link === undefined) throw reportLinkNotFound(reportLinkId);
    return c.json(linkView(link, deps.clock.now()), 200);
  });

  router.openapi(revokeReportLinkRoute, async (c) => {
    const { organisationId, reportLinkId } = c.req.valid("param");
    await requireVisibleOrganisation(c, organisationId);
    const deps = c.get("deps");
    if ((await getReportLink(deps.storage.db, organisationId, reportLinkId)) === undefined) {
      throw reportLinkNotFound(reportLinkId);
    }
    const now = deps.clock.now();
    await revokeReportLink(deps.storage, organisationId, reportLinkId, now, [
      // A second revocation changes nothing (the first time is kept) and records nothing: the event
      // follows the update, and the audit entry follows the event (each written only if one was).
      reportLinkRevokedEvent(deps.storage.db, { organisationId, reportLinkId }, now),
      auditEvent(c, "report-link", reportLinkId, "revoke", { onlyIfPreviousChanged: true }),
    ]);
    return c.body(null, 204);
  });
}

const reportLinkNotFound = (id: string) =>
  new ApiError("not-found", { detail: `This organisation has no report link ${id}.` });
