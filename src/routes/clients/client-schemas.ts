import { z } from "@hono/zod-openapi";
import { RoleSchema } from "../../auth/roles.js";
import { SbiSectionSchema } from "../../domain/framework/framework-schema.js";
import { ApiError } from "../../errors.js";
import type { ClientRecord } from "../../store/clients.js";
import { OrganisationIdSchema } from "../organisations/organisation-schemas.js";
import { pageSchema } from "../pagination.js";

export const ClientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{3,64}$/, "not a client id")
  .openapi({ example: "cli_q2m4x5c6b7nhpjr2s3t4v5w6" });

export const ClientParamsSchema = z.object({
  clientId: ClientIdSchema.openapi({ param: { name: "clientId", in: "path" } }),
});

export const ClientSchema = z
  .object({
    clientId: ClientIdSchema,
    name: z.string(),
    role: RoleSchema,
    status: z.enum(["active", "disabled"]),
    organisationId: OrganisationIdSchema.nullable().openapi({ description: "The organisation of an employer client." }),
    sections: z.array(SbiSectionSchema).openapi({ description: "The SBI sections of a sector client." }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Client");

export const ClientWithSecretSchema = ClientSchema.extend({
  clientSecret: z.string().openapi({ description: "Shown only in this response: store it now." }),
}).openapi("ClientWithSecret");

export const ClientPageSchema = pageSchema(ClientSchema, "ClientPage");

export function clientView(client: ClientRecord): z.infer<typeof ClientSchema> {
  const { id, ...rest } = client;
  return { clientId: id, ...rest };
}

export function clientNotFound(clientId: string): ApiError {
  return new ApiError("not-found", { detail: `There is no client ${clientId}.` });
}
