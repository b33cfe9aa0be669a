import type { JWK } from "jose";
import { SigningKeyError } from "./signing-keys.js";

/**
 * Signing keys kept in the database are sealed with a key-encryption key (KEK) from configuration
 * (`KEY_ENCRYPTION_KEY`, 32 random bytes): AES-256-GCM with a fresh 96-bit IV per key and the key's
 * kid as additional data, so a sealed key cannot be moved to another kid. A copy of the database (a
 * backup) then holds no key that signs anything without the KEK, which is kept apart from it.
 * Other secrets the server must read back (webhook signing secrets) are sealed the same way, with
 * their owner's id as the additional data (`sealText`/`openText`).
 * Stored form: `aes256gcm$<iv>$<ciphertext+tag>` (base64url); a plain JWK starts with `{`.
 */
export interface KeyProtection {
  /** Whether keys are sealed (a KEK is configured). */
  readonly sealed: boolean;
  seal(jwk: JWK): Promise<string>;
  open(kid: string, stored: string): Promise<JWK>;
  /** Seals a secret bound to `context` (it opens only with the same context); as is without a KEK. */
  sealText(context: string, text: string): Promise<string>;
  /** The secret a `sealText` with the same context stored; a stored plain text is returned as is. */
  openText(context: string, stored: string): Promise<string>;
}

/** A sealed secret that does not open: stored under another KEK or context, damaged, or no KEK configured. */
export class SealedTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SealedTextError";
  }
}

const SCHEME = "aes256gcm";
const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function isSealedKey(stored: string): boolean {
  return stored.startsWith(`${SCHEME}$`);
}

/** The KEK's bytes from the setting (base64 or base64url of exactly 32 bytes), or why not. */
export function parseKeyEncryptionKey(text: string): Uint8Array | string {
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text.trim()) ? fromBase64(text.trim()) : null;
  if (bytes === null || bytes.length !== 32) {
    return "must be 32 random bytes in base64 (generate with `openssl rand -base64 32`)";
  }
  return bytes;
}

/** Keys as they were kept before a KEK: plain JWK JSON. A sealed key cannot be read this way. */
export const PLAIN_KEYS: KeyProtection = {
  sealed: false,
  seal: async (jwk) => JSON.stringify(jwk),
  async open(kid, stored) {
    if (isSealedKey(stored)) {
      throw new SigningKeyError(
        `the stored signing key ${kid} is encrypted: set KEY_ENCRYPTION_KEY to the key-encryption key it was sealed with`,
      );
    }
    return JSON.parse(stored) as JWK;
  },
  sealText: async (_context, text) => text,
  async openText(context, stored) {
    if (isSealedKey(stored)) {
      throw new SealedTextError(
        `the stored secret of ${context} is encrypted: set KEY_ENCRYPTION_KEY to the key-encryption key it was sealed with`,
      );
    }
    return stored;
  },
};

export async function keyEncryption(kekBytes: Uint8Array): Promise<KeyProtection> {
  const kek = await crypto.subtle.importKey("raw", kekBytes as Uint8Array<ArrayBuffer>, "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
  async function sealText(context: string, text: string): Promise<string> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: encoder.encode(context) },
      kek,
      encoder.encode(text),
    );
    return `${SCHEME}$${toBase64Url(iv)}$${toBase64Url(new Uint8Array(sealed))}`;
  }
  /** The plain text, or why it does not open. */
  async function opened(context: string, stored: string): Promise<string | { problem: "damaged" | "otherKey" }> {
    const [, ivText = "", sealedText = ""] = stored.split("$");
    const iv = fromBase64(ivText);
    const sealed = fromBase64(sealedText);
    if (iv === null || sealed === null) return { problem: "damaged" };
    try {
      const plain = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(context) },
        kek,
        sealed as Uint8Array<ArrayBuffer>,
      );
      return new TextDecoder().decode(plain);
    } catch {
      return { problem: "otherKey" };
    }
  }
  return {
    sealed: true,
    seal: (jwk) => sealText(String(jwk.kid), JSON.stringify(jwk)),
    async open(kid, stored) {
      if (!isSealedKey(stored)) return JSON.parse(stored) as JWK;
      const plain = await opened(kid, stored);
      if (typeof plain === "string") return JSON.parse(plain) as JWK;
      throw new SigningKeyError(
        plain.problem === "damaged"
          ? `the stored signing key ${kid} is damaged`
          : `the stored signing key ${kid} does not open with this KEY_ENCRYPTION_KEY (another key sealed it)`,
      );
    },
    sealText,
    async openText(context, stored) {
      if (!isSealedKey(stored)) return stored;
      const plain = await opened(context, stored);
      if (typeof plain === "string") return plain;
      throw new SealedTextError(
        plain.problem === "damaged"
          ? `the stored secret of ${context} is damaged`
          : `the stored secret of ${context} does not open with this KEY_ENCRYPTION_KEY (another key sealed it, or it belongs to something else)`,
      );
    },
  };
}

/** The protection a configured KEK (or none) gives the stored keys. */
export function keyProtectionFor(kekBytes: Uint8Array | null): Promise<KeyProtection> {
  return kekBytes === null ? Promise.resolve(PLAIN_KEYS) : keyEncryption(kekBytes);
}
