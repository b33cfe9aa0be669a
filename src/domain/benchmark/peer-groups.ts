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
  const part = <T extends string>(value: string) => (value === "*" ? null : (value as T));
  const group = {
    section: part<SbiSection>(section),
    sizeClass: part<SizeClass>(sizeClass),
    region: part<ProvinceCode>(region),
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
  const partitions: Partition[] = [];
  const childrenWhere = (predicate: (child: PeerGroup) => boolean) =>
    groups.filter(predicate).map((child) => child.key);
  for (const parent of groups) {
    if (parent.level === "sectionSize") {
      partitions.push({
        parent: parent.key,
        children: childrenWhere(
          (child) =>
            child.level === "sectionSizeRegion" &&
            child.section === parent.section &&
            child.sizeClass === parent.sizeClass,
        ),
      });
    } else if (parent.level === "section") {
      partitions.push({
        parent: parent.key,
        children: childrenWhere((child) => child.level === "sectionSize" && child.section === parent.section),
      });
    } else if (parent.level === "size") {
      partitions.push({
        parent: parent.key,
        children: childrenWhere((child) => child.level === "sectionSize" && child.sizeClass === parent.sizeClass),
      });
    } else if (parent.level === "all") {
      partitions.push({ parent: parent.key, children: childrenWhere((child) => child.level === "section") });
      partitions.push({ parent: parent.key, children: childrenWhere((child) => child.level === "size") });
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
