import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import {
  availabilityFor,
  compareWithAvailability,
  FAR_BELOW_MIN_POINTS,
  isFarBelow,
} from "../../src/domain/labour-market/availability.js";
import { type AvailabilityRow, readLabourMarketCsv } from "../../src/domain/labour-market/labour-market-table.js";
import { type LabourMarketInput, recommend } from "../../src/domain/recommendations.js";
import type { Answer } from "../../src/domain/scoring.js";

const row = (
  section: AvailabilityRow["section"],
  region: AvailabilityRow["region"],
  share: number,
  educationLevel: AvailabilityRow["educationLevel"] = null,
): AvailabilityRow => ({
  section,
  region,
  educationLevel,
  share,
  source: `bron ${share}`,
  year: 2024,
  licence: "CC BY 4.0",
});

describe("the cell an organisation is set against", () => {
  const table = [
    row(null, null, 20),
    row("C", null, 30),
    row("C", "NL-ZH", 45),
    row("C", "NL-ZH", 31, "high"),
    row(null, "NL-UT", 25),
    // Only per education level: not a figure for the whole workforce, so it does not count as the cell.
    row("F", "NL-UT", 12, "low"),
  ];

  it("is the section in the province, else the section nationally, else the province, else national", () => {
    expect(availabilityFor(table, "C", "NL-ZH")).toMatchObject({ cell: { level: "sectionRegion" }, share: 45 });
    expect(availabilityFor(table, "C", "NL-UT")).toMatchObject({
      cell: { level: "section", section: "C", region: null },
      share: 30,
    });
    expect(availabilityFor(table, "F", "NL-UT")).toMatchObject({
      cell: { level: "region", section: null, region: "NL-UT" },
      share: 25,
      byEducationLevel: [],
    });
    expect(availabilityFor(table, "F", "NL-GR")).toMatchObject({ cell: { level: "national" }, share: 20 });
    expect(availabilityFor([], "F", "NL-GR")).toBeNull();
  });

  it("carries the source and year of the row used, and the cell's education levels", () => {
    const found = availabilityFor(table, "C", "NL-ZH");
    expect(found?.source).toBe("bron 45");
    expect(found?.byEducationLevel).toEqual([{ educationLevel: "high", share: 31, source: "bron 31", year: 2024 }]);
  });
});

describe("far below availability", () => {
  it("is under half of it and at least 5 points under it", () => {
    expect(isFarBelow(10, 45)).toBe(true);
    expect(isFarBelow(22.4, 45)).toBe(true);
    expect(isFarBelow(22.5, 45)).toBe(false);
    // Half of a small share is a difference of a person or two: not a pattern.
    expect(isFarBelow(2, 6)).toBe(false);
    expect(isFarBelow(4, 10)).toBe(true);
    expect(isFarBelow(5.5, 10)).toBe(false);
  });

  it("never holds at or above half of availability, nor within the minimum points", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (own, availability) => {
          if (isFarBelow(own, availability)) {
            expect(own).toBeLessThan(availability / 2);
            expect(availability - own).toBeGreaterThanOrEqual(FAR_BELOW_MIN_POINTS);
          }
        },
      ),
    );
  });

  it("is judged per figure; a missing figure is never far below", () => {
    const figures = compareWithAvailability(
      { migrationBackgroundShare: 10, migrationBackgroundHiresShare: null, migrationBackgroundManagementShare: 30 },
      40,
    );
    expect(figures).toEqual([
      { figure: "migrationBackgroundShare", own: 10, availability: 40, difference: -30, farBelow: true },
      { figure: "migrationBackgroundHiresShare", own: null, availability: 40, difference: null, farBelow: false },
      { figure: "migrationBackgroundManagementShare", own: 30, availability: 40, difference: -10, farBelow: false },
    ]);
  });
});

describe("the CSV form", () => {
  it("reads quoted fields with commas, quotes and line breaks, a byte-order mark and CRLF", () => {
    const reading = readLabourMarketCsv(
      '\ufeffshare,source,year,licence,section,region\r\n20,"CBS, ""tabel""\nbewerkt",2024,CC BY 4.0,,\r\n45.5,x,2024,y,C,NL-ZH\r\n',
    );
    expect(reading.issues).toEqual([]);
    expect(reading.rows).toEqual([
      { share: 20, source: 'CBS, "tabel"\nbewerkt', year: 2024, licence: "CC BY 4.0", section: null, region: null },
      { share: 45.5, source: "x", year: 2024, licence: "y", section: "C", region: "NL-ZH" },
    ]);
    expect(reading.lines).toEqual([2, 4]);
  });

  it("takes decimal commas only in the semicolon form, and leaves other text for the schema to refuse", () => {
    expect(readLabourMarketCsv("section;region;share;source;year;licence\n;;20,5;x;2024;y").rows[0]?.share).toBe(20.5);
    expect(readLabourMarketCsv('section,region,share,source,year,licence\n,,"20,5",x,2024,y').rows[0]?.share).toBe(
      "20,5",
    );
  });

  it("names a missing or unknown column, a row with the wrong number of fields, and an open quote", () => {
    expect(readLabourMarketCsv("section,region,share,source,year").issues.map((issue) => issue.message)).toEqual([
      'CSV line 1: the column "licence" is missing',
    ]);
    expect(readLabourMarketCsv("section,region,share,source,year,licence,email\n").issues[0]?.message).toMatch(
      /unknown column "email"/,
    );
    expect(readLabourMarketCsv("section,region,share,source,year,licence\n,,20,x,2024").issues).toEqual([
      { pointer: "/rows/0", message: "CSV line 2: 5 fields, the header has 6" },
    ]);
    expect(readLabourMarketCsv('section,region,share,source,year,licence\n,,20,"x,2024,y').issues[0]?.message).toMatch(
      /not closed/,
    );
  });
});

describe("the availability trigger in the ranking", () => {
  const content = readFrameworkFile("2026.2");
  const context = { sizeClass: "medium", sbiSection: "C", hasHrDepartment: true } as const;
  const answers = new Map<string, Answer>(content.practices.map((practice) => [practice.id, 1 as Answer]));
  const labourMarket = (hires: number, management: number): LabourMarketInput => ({
    cell: { level: "national", section: null, region: null },
    source: "bron",
    year: 2024,
    comparisons: compareWithAvailability(
      {
        migrationBackgroundShare: null,
        migrationBackgroundHiresShare: hires,
        migrationBackgroundManagementShare: management,
      },
      40,
    ),
  });
  const ranked = (input: LabourMarketInput | undefined) =>
    recommend({ content, context, answers, labourMarket: input, limit: 100 });

  it("raises the recruitment practices for hires far below, the progression practices for management far below", () => {
    const without = new Map(ranked(undefined).map((item) => [item.practice.id, item]));
    for (const [input, phase] of [
      [labourMarket(5, 40), "werving_selectie"],
      [labourMarket(40, 5), "doorstroom"],
    ] as const) {
      for (const item of ranked(input)) {
        const triggered = item.reasons.some((reason) => reason.kind === "belowAvailability");
        expect(triggered, item.practice.id).toBe(item.practice.phase === phase);
        const before = without.get(item.practice.id)?.priority ?? 0;
        if (triggered && item.legalDuty === null) expect(item.priority, item.practice.id).toBeGreaterThan(before);
        if (!triggered) expect(item.priority, item.practice.id).toBe(before);
      }
    }
  });

  it("does nothing when no share is far below", () => {
    for (const item of ranked(labourMarket(25, 25))) {
      expect(item.reasons.some((reason) => reason.kind === "belowAvailability")).toBe(false);
    }
  });
});
