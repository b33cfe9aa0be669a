import { isSealedKey, type KeyProtection } from "../auth/key-encryption.js";
import type { Storage } from "../db/storage.js";
import { plainWebhookSecrets, replaceStoredWebhookSecret } from "../store/webhooks.js";

/**
 * Webhook signing secrets must be read back to sign each delivery, so they cannot be hashed like client
 * secrets. They are sealed with the KEK as the stored signing keys are (key-encryption.ts), bound to
 * their subscription: a sealed secret copied onto another subscription's row does not open. A copy of
 * the database (a backup) then forges no delivery without the KEK.
 */
const contextOf = (subscriptionId: string) => `webhook subscription ${subscriptionId}`;

type Sealing = KeyProtection | Promise<KeyProtection>;

/** The stored form of a new secret of this subscription (as is when no KEK is configured). */
export async function sealWebhookSecret(sealing: Sealing, subscriptionId: string, secret: string): Promise<string> {
  return (await sealing).sealText(contextOf(subscriptionId), secret);
}

/** The secret to sign with; throws SealedTextError when the stored form does not open here. */
export async function openWebhookSecret(sealing: Sealing, subscriptionId: string, stored: string): Promise<string> {
  return (await sealing).openText(contextOf(subscriptionId), stored);
}

/**
 * Seals, in place, up to `limit` secrets stored before a KEK was configured (or before secrets were
 * sealed at all): the secret itself stays the same, so subscribers verify as before. Returns how many.
 */
export async function sealPlainWebhookSecrets(storage: Storage, sealing: Sealing, limit: number): Promise<number> {
  const protection = await sealing;
  if (!protection.sealed) return 0;
  let sealed = 0;
  for (const row of await plainWebhookSecrets(storage.db, limit)) {
    if (isSealedKey(row.secret)) continue;
    const stored = await protection.sealText(contextOf(row.id), row.secret);
    // Only if unchanged meanwhile: a rotation in between wrote a sealed secret of its own.
    if (await replaceStoredWebhookSecret(storage, row.id, row.secret, stored)) sealed++;
  }
  return sealed;
}
