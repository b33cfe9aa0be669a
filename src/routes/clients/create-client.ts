import { z } from "@hono/zod-openapi";
import { RoleSchema } from "../../auth/roles.js";
import { hashSecret, randomToken } from "../../auth/secret-hash.js";
import { SbiSectionSchema } from "../../domain/framework/framework-schema.js";
import { freeText } from "../../domain/free-text.js";
import { invalidField } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { getClient, insertClient } from "../../store/clients.js";
import { getOrganisation } from "../../store/organisations.js";
import { OrganisationIdSchema } from "../organisations/organisation-schemas.js";
import { ClientWithSecretSchema, clientView } from "./client-schemas.js";

const CreateClientSchema = z
  .strictObject({
    name: freeText({ max: 200 }).openapi({ example: "Acme HR-suite" }),
    role: RoleSchema,
    organisationId: OrganisationIdSchema.optional().openapi({
      description: "Required for, and only for, an employer client.",
    }),
    sections: z
      .array(SbiSectionSchema)
      .min(1)
      .max(21)
      .optional()
      .openapi({ description: "Required for, and only for, a sector client." }),
  })
  .openapi("CreateClient");

export const createClientRoute = defineRoute({
  method: "post",
  path: "/clients",
  operationId: "createClient",
  writesHeaders: ["Location"],
  // Never stored for replay: the response carries a secret or a token.
  idempotent: false,
  tags: ["Clients"],
  summary: "Create an API client (its secret is shown once)",
  description:
    "Creates a client for an HR tool (`integration`), an employer (`employer`, bound to one organisation), a sector organisation (`sector`, with its SBI sections) or another admin. The secret is in this response only: store it, we keep only its hash.",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { body: { required: true, content: { "application/json": { schema: CreateClientSchema } } } },
  responses: {
    201: {
      description: "Created, with its secret.",
      content: { "application/json": { schema: ClientWithSecretSchema } },
    },
  },
});

export function registerCreateClient(router: ApiRouter): void {
  router.openapi(createClientRoute, async (c) => {
    const input = c.req.valid("json");
    const deps = c.get("deps");
    if (input.role === "employer" && input.organisationId === undefined) {
      throw invalidField("body", "/organisationId", "An employer client needs the organisation it is bound to");
    }
    if (input.role !== "employer" && input.organisationId !== undefined) {
      throw invalidField("body", "/organisationId", "Only an employer client is bound to an organisation");
    }
    if (input.role === "sector" && input.sections === undefined) {
      throw invalidField("body", "/sections", "A sector client needs the SBI sections it may read");
    }
    if (input.role !== "sector" && input.sections !== undefined) {
      throw invalidField("body", "/sections", "Only a sector client has sections");
    }
    if (
      input.organisationId !== undefined &&
      (await getOrganisation(deps.storage.db, input.organisationId)) === undefined
    ) {
      throw invalidField("body", "/organisationId", `There is no organisation ${input.organisationId}`);
    }
    const clientId = randomToken("cli", 15);
    const clientSecret = randomToken("sec", 32);
    await insertClient(
      deps.storage,
      {
        id: clientId,
        name: input.name,
        role: input.role,
        secretHash: await hashSecret(clientSecret),
        organisationId: input.organisationId ?? null,
        sections: [...new Set(input.sections ?? [])],
        now: deps.clock.now(),
      },
      [auditEvent(c, "client", clientId, "create")],
    );
    const client = await getClient(deps.storage.db, clientId);
    if (client === undefined) throw new Error(`client ${clientId} vanished right after it was created`);
    c.header("Location", `/v1/clients/${clientId}`);
    c.header("Cache-Control", "no-store");
    return c.json({ ...clientView(client), clientSecret }, 201);
  });
}
