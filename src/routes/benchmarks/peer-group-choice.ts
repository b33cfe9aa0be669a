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
  /** Registrations per group: the denominators of its figures. */
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

/** The disclosure settings (docs/privacy.md): k and the share of a group one client may control. */
export interface DisclosureRules {
  readonly minGroupSize: number;
  /** 0–1. */
  readonly maxControlledShare: number;
}

/** Picks the peer group an organisation is compared with, and says why when it is broader than asked. */
export async function choosePeerGroup(
  db: Kysely<DatabaseSchema>,
  frameworkVersion: string,
  context: PeerContext,
  rules: DisclosureRules,
  requestedLevel: PeerGroupLevel = "sectionSizeRegion",
): Promise<PeerGroupChoice> {
  const k = rules.minGroupSize;
  const { counts, distinct, published } = await publishedGroups(
    db,
    frameworkVersion,
    ALL_PERIODS,
    k,
    rules.maxControlledShare,
  );
  const candidates = peerGroupsFor(context).slice(PEER_GROUP_LEVELS.indexOf(requestedLevel));
  const chosen = candidates.find((group) => published.has(group.key)) ?? null;
  const requested = candidates[0] as PeerGroup;
  if (chosen?.key === requested.key) return { chosen, counts, fallbackReason: null, requested, fallbackKind: null };
  const fallbackKind = (distinct.get(requested.key) ?? 0) < k ? "tooSmall" : "withheld";
  const why =
    fallbackKind === "tooSmall"
      ? `has fewer than ${k} organisations`
      : `is withheld so that no group under ${k} can be worked out by subtraction or from what one client controls`;
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
