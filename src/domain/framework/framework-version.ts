import { sha256Hex } from "../sha256.js";
import { type FrameworkContent, FrameworkContentSchema, type Practice } from "./framework-schema.js";

/**
 * A version's content split the way it is stored (the version's own parts, then one entry per
 * practice), its canonical form and hash, and what it changed relative to its predecessor. Pure.
 */

export type VersionParts = Omit<FrameworkContent, "practices">;

export interface PracticeChanges {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

/** The canonical JSON of a content document: schema key order, no insignificant whitespace. */
export function canonicalContent(content: FrameworkContent): string {
  return JSON.stringify(FrameworkContentSchema.parse(content));
}

export async function contentHash(content: FrameworkContent): Promise<string> {
  return sha256Hex(canonicalContent(content));
}

export function splitContent(content: FrameworkContent): { parts: VersionParts; practices: Practice[] } {
  const { practices, ...parts } = content;
  return { parts, practices };
}

/** Practice ids are stable across versions, so versions compare on the practices they share. */
export function practiceChanges(previous: readonly Practice[] | null, next: readonly Practice[]): PracticeChanges {
  if (previous === null) return { added: next.map((practice) => practice.id), changed: [], removed: [] };
  const before = new Map(previous.map((practice) => [practice.id, JSON.stringify(practice)]));
  const after = new Set(next.map((practice) => practice.id));
  return {
    added: next.filter((practice) => !before.has(practice.id)).map((practice) => practice.id),
    changed: next
      .filter((practice) => before.has(practice.id) && before.get(practice.id) !== JSON.stringify(practice))
      .map((practice) => practice.id),
    removed: previous.filter((practice) => !after.has(practice.id)).map((practice) => practice.id),
  };
}
