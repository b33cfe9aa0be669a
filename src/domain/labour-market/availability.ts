import type { SbiSection } from "../framework/framework-schema.js";
import type { ProvinceCode } from "../organisation-profile.js";
import type { AvailabilityRow, EducationLevel } from "./labour-market-table.js";

/**
 * Where an organisation's workforce shares stand against the labour market it recruits from (issue 19;
 * the Werkagenda, theme 1C, compares an organisation with the labour market, as CBS's dashboards do).
 * Pure: the cell an organisation's figures are set against, with the fallback to broader cells, and
 * the "far below" rule that makes a gap a trigger for recommendations.
 */

/** The cells, narrowest first: the organisation's section in its province, then broader. */
export const AVAILABILITY_CELL_LEVELS = ["sectionRegion", "section", "region", "national"] as const;
export type AvailabilityCellLevel = (typeof AVAILABILITY_CELL_LEVELS)[number];

export interface AvailabilityCell {
  readonly level: AvailabilityCellLevel;
  readonly section: SbiSection | null;
  readonly region: ProvinceCode | null;
}

/** The cells to try for an organisation, in order: section × region, section × all regions, all sections × region, national. */
export function availabilityCells(section: SbiSection, region: ProvinceCode): AvailabilityCell[] {
  return [
    { level: "sectionRegion", section, region },
    { level: "section", section, region: null },
    { level: "region", section: null, region },
    { level: "national", section: null, region: null },
  ];
}

export interface Availability {
  readonly cell: AvailabilityCell;
  readonly share: number;
  readonly source: string;
  readonly year: number;
  readonly licence: string;
  /** The same cell per education level, where the table has it (low, middle, high order). */
  readonly byEducationLevel: readonly {
    readonly educationLevel: EducationLevel;
    readonly share: number;
    readonly source: string;
    readonly year: number;
  }[];
}

const LEVEL_ORDER: Record<EducationLevel, number> = { low: 0, middle: 1, high: 2 };

/**
 * The availability for an organisation: the narrowest cell with a figure for all education levels
 * (the comparisons set whole-workforce shares against it), or null when the table has none of its
 * cells (a table always has the national row, so only without any table).
 */
export function availabilityFor(
  rows: readonly AvailabilityRow[],
  section: SbiSection,
  region: ProvinceCode,
): Availability | null {
  const cells = availabilityCells(section, region);
  const inCell = (cell: AvailabilityCell) => (row: AvailabilityRow) =>
    row.section === cell.section && row.region === cell.region;
  for (const cell of cells) {
    const all = rows.find((row) => inCell(cell)(row) && row.educationLevel === null);
    if (all === undefined) continue;
    return {
      cell,
      share: all.share,
      source: all.source,
      year: all.year,
      licence: all.licence,
      byEducationLevel: rows
        .filter((row) => inCell(cell)(row) && row.educationLevel !== null)
        .map((row) => ({
          educationLevel: row.educationLevel as EducationLevel,
          share: row.share,
          source: row.source,
          year: row.year,
        }))
        .sort((a, b) => LEVEL_ORDER[a.educationLevel] - LEVEL_ORDER[b.educationLevel]),
    };
  }
  return null;
}

/**
 * "Far below" availability: under half of it AND at least 5 percentage points under it. Half, because
 * then at most one in two of the people the labour market could bring is here; the points, because
 * half of a small share (4 % against 2 %) is a difference of one or two people in most organisations,
 * which is chance, not a pattern. docs/recommendations.md gives the rule.
 */
export const FAR_BELOW_RATIO = 0.5;
export const FAR_BELOW_MIN_POINTS = 5;

export function isFarBelow(own: number, availability: number): boolean {
  return own < availability * FAR_BELOW_RATIO && availability - own >= FAR_BELOW_MIN_POINTS;
}

/**
 * The workforce shares set against availability. The whole workforce and last year's hires show
 * whether recruitment reaches the labour market; management whether people progress. All three are
 * set against the figure for all education levels of the cell.
 */
export const AVAILABILITY_FIGURES = [
  "migrationBackgroundShare",
  "migrationBackgroundHiresShare",
  "migrationBackgroundManagementShare",
] as const;
export type AvailabilityFigure = (typeof AVAILABILITY_FIGURES)[number];

/** Which practices a figure far below availability calls for: recruitment, or progression. */
export const AVAILABILITY_FIGURE_PHASE: Record<AvailabilityFigure, "werving_selectie" | "doorstroom"> = {
  migrationBackgroundShare: "werving_selectie",
  migrationBackgroundHiresShare: "werving_selectie",
  migrationBackgroundManagementShare: "doorstroom",
};

export interface AvailabilityComparison {
  readonly figure: AvailabilityFigure;
  readonly own: number | null;
  readonly availability: number;
  /** Own minus availability, in percentage points (one decimal); null without an own figure. */
  readonly difference: number | null;
  readonly farBelow: boolean;
}

export function compareWithAvailability(
  shares: Readonly<Record<AvailabilityFigure, number | null>>,
  availability: number,
): AvailabilityComparison[] {
  return AVAILABILITY_FIGURES.map((figure) => {
    const own = shares[figure];
    return {
      figure,
      own,
      availability,
      difference: own === null ? null : Math.round((own - availability) * 10) / 10,
      farBelow: own !== null && isFarBelow(own, availability),
    };
  });
}
