import { z } from "@hono/zod-openapi";
import { RoleSchema } from "../../auth/roles.js";
import { invalidField } from "../../errors.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, listAuditEvents } from "../../store/audit-events.js";
import { ClientIdSchema } from "../clients/client-schemas.js";
import { PageQuerySchema, pageRequest, pageSchema } from "../pagination.js";

const AuditEventSchema = z
  .object({
    eventId: z.string().openapi({ example: "aud_3kjx2m7qbvhc4z6w5tn2yae4" }),
    occurredAt: z.string().openapi({ format: "date-time", example: "2026-11-23T17:05:12.345Z" }),
    clientId: z
      .string()
      .openapi({ description: "The client that made the change.", example: "cli_7h2kjx4mbqhv3z5r6dfguav5" }),
    clientRole: RoleSchema,
    action: z.enum(AUDIT_ACTIONS),
    resourceType: z.enum(AUDIT_RESOURCE_TYPES),
    resourceId: z.string().openapi({
      description:
        "The id of what changed (a client-organisation link is `clientId/organisationId`). Ids only: never a body, a secret or a figure.",
      example: "org_5thw2n6pjr3xby4k7mvq2dez",
    }),
    requestId: z.string().openapi({ description: "The X-Request-Id of the request that made the change." }),
  })
  .openapi("AuditEvent");

const AuditEventPageSchema = pageSchema(AuditEventSchema, "AuditEventPage");

const instant = (description: string) =>
  z.iso
    .datetime({ offset: true, error: "Expected a date-time such as 2026-11-23T00:00:00Z" })
    .optional()
    .openapi({ description, example: "2026-11-01T00:00:00Z" });

const AuditEventQuerySchema = PageQuerySchema.extend({
  clientId: ClientIdSchema.optional().openapi({ description: "Only changes made by this client." }),
  resourceType: z.enum(AUDIT_RESOURCE_TYPES).optional(),
  resourceId: z.string().min(1).max(200).optional().openapi({ description: "Only changes to this resource." }),
  action: z.enum(AUDIT_ACTIONS).optional(),
  since: instant("Only changes at or after this moment."),
  until: instant("Only changes before this moment."),
});

export const listAuditEventsRoute = defineRoute({
  method: "get",
  path: "/audit-events",
  operationId: "listAuditEvents",
  tags: ["Audit"],
  summary: "The audit log: who changed what, when (newest first)",
  description:
    "Admin. One event per successful write (clients, links, sections, secret rotations, organisations and their erasure, workforce context, framework versions, assessments, report links), recorded in the same atomic write as the change. Refused requests and reads are not recorded. Events hold ids only: no secrets, no request bodies, no workforce figures. They outlive an erased organisation: they hold its opaque id, nothing that identifies it.",
  access: { roles: ["admin"], scope: "audit:read" },
  request: { query: AuditEventQuerySchema },
  responses: {
    200: { description: "One page, newest first.", content: { "application/json": { schema: AuditEventPageSchema } } },
  },
});

function utc(instant: string | undefined): string | undefined {
  return instant === undefined ? undefined : new Date(instant).toISOString();
}

export function registerListAuditEvents(router: ApiRouter): void {
  router.openapi(listAuditEventsRoute, async (c) => {
    const query = c.req.valid("query");
    const since = utc(query.since);
    const until = utc(query.until);
    if (since !== undefined && until !== undefined && since >= until) {
      throw invalidField("query", "/until", "Must be after since");
    }
    const { events, nextCursor } = await listAuditEvents(
      c.get("deps").storage.db,
      {
        clientId: query.clientId,
        resourceType: query.resourceType,
        resourceId: query.resourceId,
        action: query.action,
        since,
        until,
      },
      pageRequest(query),
    );
    return c.json(
      {
        items: events.map(({ id, ...event }) => ({
          eventId: id,
          ...event,
          action: event.action as (typeof AUDIT_ACTIONS)[number],
          resourceType: event.resourceType as (typeof AUDIT_RESOURCE_TYPES)[number],
          clientRole: event.clientRole as z.infer<typeof RoleSchema>,
        })),
        nextCursor,
      },
      200,
    );
  });
}
