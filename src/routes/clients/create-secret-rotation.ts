import { z } from "@hono/zod-openapi";
import { hashSecret, randomToken } from "../../auth/secret-hash.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { updateClient } from "../../store/clients.js";
import { ClientIdSchema, ClientParamsSchema, clientNotFound } from "./client-schemas.js";

const SecretRotationSchema = z
  .object({
    clientId: ClientIdSchema,
    clientSecret: z.string().openapi({
      description:
        "The new secret, shown only in this response. The old one, and the tokens and links issued under it, stop working now.",
    }),
    rotatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("SecretRotation");

export const createSecretRotationRoute = defineRoute({
  method: "post",
  path: "/clients/{clientId}/secret-rotations",
  operationId: "createSecretRotation",
  // Never stored for replay: the response carries a secret or a token.
  idempotent: false,
  tags: ["Clients"],
  summary: "Give a client a new secret (the old one, its access tokens and its report links stop working)",
  description:
    "The old secret, every access token issued with it and every report link the client made stop working at once (the client moves to its next credential generation).",
  access: { roles: ["admin"], scope: "clients:write" },
  request: { params: ClientParamsSchema },
  responses: {
    201: { description: "The new secret.", content: { "application/json": { schema: SecretRotationSchema } } },
  },
});

export function registerCreateSecretRotation(router: ApiRouter): void {
  router.openapi(createSecretRotationRoute, async (c) => {
    const { clientId } = c.req.valid("param");
    const deps = c.get("deps");
    const clientSecret = randomToken("sec", 32);
    const now = deps.clock.now();
    // The event names the rotation, never the secret.
    const rotated = await updateClient(deps.storage, clientId, { secretHash: await hashSecret(clientSecret) }, now, [
      auditEvent(c, "client", clientId, "rotate-secret", { onlyIfPreviousChanged: true }),
    ]);
    if (!rotated) throw clientNotFound(clientId);
    c.header("Cache-Control", "no-store");
    return c.json({ clientId, clientSecret, rotatedAt: now.toISOString() }, 201);
  });
}
