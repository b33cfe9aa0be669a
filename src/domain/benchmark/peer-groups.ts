import type { SbiSection, SizeClass } from "../framework/framework-schema.js";
import type { ProvinceCode } from "../organisation-profile.js";

/**
 * Peer groups: SBI section × size class × region, and the broader groups around it. A group key is
 * `section|sizeClass|region` with `*` for "any". Pure.
 */

export const PEER_GROUP_LEVELS = ["sectionSizeRegion", "sectionSize", "section", "size", "all"] as const;
export type PeerGroupLevel = (typeof PEER_GROUP_LEVELS)[number];

export interface PeerGroup {
  readonly key: string;
  readonly level: PeerGroupLevel;
  readonly section: SbiSection | null;
  readonly sizeClass: SizeClass | null;
  readonly region: ProvinceCode | null;
}

export interface PeerContext {
  readonly sbiSection: SbiSection;
  readonly sizeClass: SizeClass;
  readonly region: ProvinceCode;
}

export function groupKey(section: string | null, sizeClass: string | null, region: string | null): string {
  return `${section ?? "*"}|${sizeClass ?? "*"}|${region ?? "*"}`;
}

export function parseGroupKey(key: string): PeerGroup {
  const [section = "*", sizeClass = "*", region = "*"] = key.split("|");
  // No helper closure here: this runs for every group on every benchmark read, and under tsx each
  // closure created per call is also renamed (esbuild's keepNames), ten times the cost of the parse.
  const group = {
    section: section === "*" ? null : (section as SbiSection),
    sizeClass: sizeClass === "*" ? null : (sizeClass as SizeClass),
    region: region === "*" ? null : (region as ProvinceCode),
  };
  return { key, level: levelOf(group), ...group };
}

function levelOf(group: Omit<PeerGroup, "key" | "level">): PeerGroupLevel {
  if (group.section !== null && group.sizeClass !== null && group.region !== null) return "sectionSizeRegion";
  if (group.section !== null && group.sizeClass !== null) return "sectionSize";
  if (group.section !== null) return "section";
  if (group.sizeClass !== null) return "size";
  return "all";
}

/** The groups an organisation belongs to, narrowest first: the fallback order. */
export function peerGroupsFor(context: PeerContext): PeerGroup[] {
  const { sbiSection: s, sizeClass: c, region: r } = context;
  return [
    groupKey(s, c, r),
    groupKey(s, c, null),
    groupKey(s, null, null),
    groupKey(null, c, null),
    groupKey(null, null, null),
  ].map(parseGroupKey);
}

export interface Partition {
  readonly parent: string;
  readonly children: readonly string[];
}

/**
 * The partitions of the lattice: a parent group and the children that split it exactly. A section ×
 * size group sits in two (it splits its section and its size class); "all" is split twice (by
 * section and by size class).
 */
export function partitionsOf(keys: Iterable<string>): Partition[] {
  const groups = [...keys].map(parseGroupKey);
  // Children indexed by the parent they split, in the order given: one pass instead of a scan per parent.
  const regionsOf = new Map<string, string[]>();
  const sectionSizesBySection = new Map<string, string[]>();
  const sectionSizesBySize = new Map<string, string[]>();
  const sections: string[] = [];
  const sizes: string[] = [];
  const add = (index: Map<string, string[]>, at: string, key: string) => {
    const list = index.get(at);
    if (list === undefined) index.set(at, [key]);
    else list.push(key);
  };
  for (const group of groups) {
    if (group.level === "sectionSizeRegion") add(regionsOf, `${group.section}|${group.sizeClass}`, group.key);
    else if (group.level === "sectionSize") {
      add(sectionSizesBySection, group.section as string, group.key);
      add(sectionSizesBySize, group.sizeClass as string, group.key);
    } else if (group.level === "section") sections.push(group.key);
    else if (group.level === "size") sizes.push(group.key);
  }
  const partitions: Partition[] = [];
  for (const parent of groups) {
    if (parent.level === "sectionSize") {
      partitions.push({ parent: parent.key, children: regionsOf.get(`${parent.section}|${parent.sizeClass}`) ?? [] });
    } else if (parent.level === "section") {
      partitions.push({ parent: parent.key, children: sectionSizesBySection.get(parent.section as string) ?? [] });
    } else if (parent.level === "size") {
      partitions.push({ parent: parent.key, children: sectionSizesBySize.get(parent.sizeClass as string) ?? [] });
    } else if (parent.level === "all") {
      partitions.push({ parent: parent.key, children: sections });
      partitions.push({ parent: parent.key, children: sizes });
    }
  }
  return partitions;
}

/** The broader groups that contain a group (for section × size × region: four; for "all": none). */
export function ancestorsOf(key: string): string[] {
  const group = parseGroupKey(key);
  const { section: s, sizeClass: c } = group;
  switch (group.level) {
    case "sectionSizeRegion":
      return [groupKey(s, c, null), groupKey(s, null, null), groupKey(null, c, null), groupKey(null, null, null)];
    case "sectionSize":
      return [groupKey(s, null, null), groupKey(null, c, null), groupKey(null, null, null)];
    case "section":
    case "size":
      return [groupKey(null, null, null)];
    case "all":
      return [];
  }
}

/** The quarter an ISO timestamp falls in, as a period label: 2026-11-23… → 2026Q4. */
export function quarterOf(isoTimestamp: string): string {
  const year = isoTimestamp.slice(0, 4);
  const month = Number(isoTimestamp.slice(5, 7));
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}

export const ALL_PERIODS = "all";
