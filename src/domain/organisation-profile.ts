import type { SbiSection, SizeClass } from "./framework/framework-schema.js";

/** Size class by headcount: micro 1–9, small 10–49, medium 50–249, large 250+ (DOMAIN.md). */
export function sizeClassFor(headcount: number): SizeClass {
  if (headcount < 10) return "micro";
  if (headcount < 50) return "small";
  if (headcount < 250) return "medium";
  return "large";
}

/** The twelve provinces by their ISO 3166-2:NL code. */
export const PROVINCES = {
  "NL-DR": "Drenthe",
  "NL-FL": "Flevoland",
  "NL-FR": "Fryslân",
  "NL-GE": "Gelderland",
  "NL-GR": "Groningen",
  "NL-LI": "Limburg",
  "NL-NB": "Noord-Brabant",
  "NL-NH": "Noord-Holland",
  "NL-OV": "Overijssel",
  "NL-UT": "Utrecht",
  "NL-ZE": "Zeeland",
  "NL-ZH": "Zuid-Holland",
} as const;
export type ProvinceCode = keyof typeof PROVINCES;
export const PROVINCE_CODES = Object.keys(PROVINCES) as [ProvinceCode, ...ProvinceCode[]];

/** SBI 2008: the divisions (first two digits of a code) of each section. */
const SECTION_DIVISIONS: readonly [SbiSection, number, number][] = [
  ["A", 1, 3],
  ["B", 6, 9],
  ["C", 10, 33],
  ["D", 35, 35],
  ["E", 36, 39],
  ["F", 41, 43],
  ["G", 45, 47],
  ["H", 49, 53],
  ["I", 55, 56],
  ["J", 58, 63],
  ["K", 64, 66],
  ["L", 68, 68],
  ["M", 69, 75],
  ["N", 77, 82],
  ["O", 84, 84],
  ["P", 85, 85],
  ["Q", 86, 88],
  ["R", 90, 93],
  ["S", 94, 96],
  ["T", 97, 98],
  ["U", 99, 99],
];

/** The section of an SBI code such as "6201" or "62.01", or null when its division does not exist. */
export function sectionOfSbiCode(code: string): SbiSection | null {
  const division = Number(code.replace(".", "").slice(0, 2));
  const entry = SECTION_DIVISIONS.find(([, first, last]) => division >= first && division <= last);
  return entry === undefined ? null : entry[0];
}
