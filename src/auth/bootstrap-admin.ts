import type { Clock } from "../app-env.js";
import type { BootstrapAdmin } from "../config.js";
import type { Storage } from "../db/storage.js";
import { adminClientExists, findClientCredentials, replaceSecretHash, upsertAdminClient } from "../store/clients.js";
import { hashSecret, isCurrentSecretHash, randomToken, verifySecret } from "./secret-hash.js";

export type BootstrapResult =
  | { readonly outcome: "configured"; readonly clientId: string }
  | { readonly outcome: "generated"; readonly clientId: string; readonly clientSecret: string }
  | { readonly outcome: "existing" };

/**
 * Makes sure the platform has an admin. With ADMIN_CLIENT_ID/ADMIN_CLIENT_SECRET set, that client is
 * an active admin with that secret (idempotent). Without them, an admin is generated only when none
 * exists yet, and its credentials are returned once so the caller can print them.
 */
export async function ensureBootstrapAdmin(
  storage: Storage,
  clock: Clock,
  configured: BootstrapAdmin | null,
): Promise<BootstrapResult> {
  if (configured !== null) {
    const existing = await findClientCredentials(storage.db, configured.clientId);
    const secretMatches = existing !== undefined && (await verifySecret(configured.clientSecret, existing.secret_hash));
    const upToDate =
      existing !== undefined && existing.role === "admin" && existing.status === "active" && secretMatches;
    if (upToDate && !isCurrentSecretHash(existing.secret_hash)) {
      // Same secret, old (slow) form: store it in the fast form; not a rotation, so tokens keep working.
      await replaceSecretHash(
        storage.db,
        configured.clientId,
        existing.secret_hash,
        await hashSecret(configured.clientSecret),
      );
    }
    if (!upToDate) {
      await upsertAdminClient(storage.db, {
        id: configured.clientId,
        name: "Bootstrap admin (from configuration)",
        secretHash: await hashSecret(configured.clientSecret),
        now: clock.now(),
        // A different secret is a rotation (its old tokens end); re-enabling with the same one is not.
        secretChanged: existing !== undefined && !secretMatches,
      });
    }
    return { outcome: "configured", clientId: configured.clientId };
  }
  if (await adminClientExists(storage.db)) return { outcome: "existing" };
  const clientId = randomToken("cli", 15);
  const clientSecret = randomToken("sec", 32);
  await upsertAdminClient(storage.db, {
    id: clientId,
    name: "Bootstrap admin (generated)",
    secretHash: await hashSecret(clientSecret),
    now: clock.now(),
    secretChanged: false,
  });
  return { outcome: "generated", clientId, clientSecret };
}
