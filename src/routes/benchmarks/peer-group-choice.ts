import type { Kysely } from "kysely";
import {
  ALL_PERIODS,
  PEER_GROUP_LEVELS,
  type PeerContext,
  type PeerGroup,
  type PeerGroupLevel,
  peerGroupsFor,
} from "../../domain/benchmark/peer-groups.js";
import { publishedGroups } from "../../store/benchmarks.js";
import type { DatabaseSchema } from "../../store/schema.js";

export interface PeerGroupChoice {
  /** The narrowest group from the requested level on that may be shown, or null if none may. */
  readonly chosen: PeerGroup | null;
  readonly counts: ReadonlyMap<string, number>;
  readonly fallbackReason: string | null;
  /** The group asked for (the narrowest by default). */
  readonly requested: PeerGroup;
  /** Why the requested group is not the one shown: too few organisations, or withheld against subtraction. */
  readonly fallbackKind: "tooSmall" | "withheld" | null;
}

export function describeGroup(group: PeerGroup): string {
  const parts = [group.section && `section ${group.section}`, group.sizeClass, group.region].filter(Boolean);
  return parts.length === 0 ? "all organisations" : parts.join(" × ");
}

/** Picks the peer group an organisation is compared with, and says why when it is broader than asked. */
export async function choosePeerGroup(
  db: Kysely<DatabaseSchema>,
  frameworkVersion: string,
  context: PeerContext,
  k: number,
  requestedLevel: PeerGroupLevel = "sectionSizeRegion",
): Promise<PeerGroupChoice> {
  const { counts, published } = await publishedGroups(db, frameworkVersion, ALL_PERIODS, k);
  const candidates = peerGroupsFor(context).slice(PEER_GROUP_LEVELS.indexOf(requestedLevel));
  const chosen = candidates.find((group) => published.has(group.key)) ?? null;
  const requested = candidates[0] as PeerGroup;
  if (chosen?.key === requested.key) return { chosen, counts, fallbackReason: null, requested, fallbackKind: null };
  const fallbackKind = (counts.get(requested.key) ?? 0) < k ? "tooSmall" : "withheld";
  const why =
    fallbackKind === "tooSmall"
      ? `has fewer than ${k} organisations`
      : `is withheld so that no group under ${k} can be worked out by subtraction`;
  return {
    chosen,
    counts,
    requested,
    fallbackKind,
    fallbackReason:
      chosen === null
        ? `No peer group is large enough yet: the ${describeGroup(requested)} group ${why}, and so do all broader ones.`
        : `The ${describeGroup(requested)} group ${why}; showing ${describeGroup(chosen)} instead.`,
  };
}
