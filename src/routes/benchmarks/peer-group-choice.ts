import {
  PEER_GROUP_LEVELS,
  type PeerContext,
  type PeerGroup,
  type PeerGroupLevel,
  peerGroupsFor,
} from "../../domain/benchmark/peer-groups.js";
import type { GroupFigures } from "../../domain/benchmark/release-figures.js";
import type { ReleasedLattice } from "../../store/benchmark-releases.js";

export interface PeerGroupChoice {
  /** The narrowest group from the requested level on that the release shows, or null if it shows none. */
  readonly chosen: PeerGroup | null;
  /** The released figures of the chosen group. */
  readonly figures: GroupFigures | null;
  readonly fallbackReason: string | null;
  /** The group asked for (the narrowest by default). */
  readonly requested: PeerGroup;
  /** Set when the requested group is not the one shown; one kind whatever the cause (see `why` below). */
  readonly fallbackKind: "notShown" | null;
}

export function describeGroup(group: PeerGroup): string {
  const parts = [group.section && `section ${group.section}`, group.sizeClass, group.region].filter(Boolean);
  return parts.length === 0 ? "all organisations" : parts.join(" × ");
}

/**
 * Picks the peer group an organisation is compared with from a release's lattice, and says why when
 * it is broader than asked. The reason comes from the release too (never from live counts), so it
 * changes only when the lattice is refreshed.
 */
export function choosePeerGroup(
  lattice: ReleasedLattice | undefined,
  context: PeerContext,
  k: number,
  requestedLevel: PeerGroupLevel = "sectionSizeRegion",
): PeerGroupChoice {
  const candidates = peerGroupsFor(context).slice(PEER_GROUP_LEVELS.indexOf(requestedLevel));
  const chosen = candidates.find((group) => lattice?.groups.has(group.key)) ?? null;
  const figures = chosen === null ? null : (lattice?.groups.get(chosen.key) ?? null);
  const requested = candidates[0] as PeerGroup;
  if (chosen?.key === requested.key) return { chosen, figures, fallbackReason: null, requested, fallbackKind: null };
  // One reason whatever the cause: telling "too small" from "withheld" would let look-alikes find a
  // cell's exact count, and then see a member arrive or leave (adversarial review, docs/privacy.md).
  const fallbackKind = "notShown" as const;
  const why = `is not shown (fewer than ${k} organisations, or showing it would let a group under ${k} be worked out by subtraction or from what one client controls)`;
  return {
    chosen,
    figures,
    requested,
    fallbackKind,
    fallbackReason:
      chosen === null
        ? `No peer group can be shown yet: the ${describeGroup(requested)} group ${why}, and neither is any broader one.`
        : `The ${describeGroup(requested)} group ${why}; showing ${describeGroup(chosen)} instead.`,
  };
}

/** The peer group as answers show it (its size rounded, as of the release); null when none is shown. */
export function peerGroupView(choice: PeerGroupChoice) {
  const { chosen, figures } = choice;
  return chosen === null || figures === null
    ? null
    : {
        level: chosen.level,
        section: chosen.section,
        sizeClass: chosen.sizeClass,
        region: chosen.region,
        organisations: figures.organisations,
      };
}
