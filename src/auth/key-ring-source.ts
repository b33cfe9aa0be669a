import type { Clock } from "../app-env.js";
import type { Storage } from "../db/storage.js";
import { ensureStoredSigningJwks } from "../store/signing-keys.js";
import type { KeyProtection } from "./key-encryption.js";
import { type KeyRing, type KeyRingSource, keyRingFromJwks, parseSigningKeysSetting } from "./signing-keys.js";

/**
 * The key ring of one app: from the `JWT_SIGNING_KEYS` setting when it is set, else from the database
 * (generating the first key on first use), opened with `protection` (the KEK, see key-encryption.ts).
 * Loaded once; a failed load is retried on the next call.
 */
export function keyRingSource(
  storage: Storage,
  clock: Clock,
  configured: string | null,
  protection: KeyProtection | Promise<KeyProtection>,
): KeyRingSource {
  let loading: Promise<KeyRing> | undefined;
  const load = async (): Promise<KeyRing> =>
    keyRingFromJwks(
      configured === null
        ? await ensureStoredSigningJwks(storage.db, clock.now(), await protection)
        : parseSigningKeysSetting(configured),
    );
  return {
    get() {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    },
  };
}
