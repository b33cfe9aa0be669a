import { z } from "@hono/zod-openapi";
import { type SbiSection, SbiSectionSchema } from "../framework/framework-schema.js";
import { freeText } from "../free-text.js";
import { PROVINCE_CODES, type ProvinceCode } from "../organisation-profile.js";

/**
 * The labour-market availability table (issue 19): the share of the working population with a
 * migration background per SBI section × province, and per education level where the source has it.
 * Public reference data (e.g. CBS StatLine), never others' contributions. A null section, region or
 * education level means "all": the row (null, null, null) is the national figure. Pure: the schema,
 * the CSV reading and the checks beyond the schema, shared by the API and `npm run reference:import`.
 */

/** CBS's three levels: low (at most MBO-1 / VMBO / HAVO-VWO onderbouw), middle (MBO-2–4, HAVO/VWO), high (HBO/WO). */
export const EDUCATION_LEVELS = ["low", "middle", "high"] as const;
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS).openapi("EducationLevel", {
  description:
    "CBS's education levels: low (basisonderwijs, vmbo, mbo-1), middle (mbo-2 to 4, havo, vwo), high (hbo, wo).",
});
export type EducationLevel = z.infer<typeof EducationLevelSchema>;

/**
 * At most one row per cell: 22 section values (21 + all) × 13 region values (12 + all) × 4 education
 * values (3 + all) = 1144.
 */
export const LABOUR_MARKET_MAX_ROWS = 22 * 13 * 4;

export const LabourMarketRowSchema = z
  .strictObject({
    section: SbiSectionSchema.nullable()
      .optional()
      .openapi({ description: "SBI 2008 section; null or absent: all sections." }),
    region: z.enum(PROVINCE_CODES).nullable().optional().openapi({
      description:
        "Province (ISO 3166-2:NL), as organisations give their region; null or absent: all of the Netherlands.",
    }),
    educationLevel: EducationLevelSchema.nullable()
      .optional()
      .openapi({ description: "Null or absent: all education levels (the figure the comparisons use)." }),
    share: z.number().min(0).max(100).openapi({
      description: "Share (%) of the working population in this cell with a migration background (0–100).",
    }),
    source: freeText({
      max: 300,
      description: "Where the figure comes from: publisher and table id (e.g. CBS StatLine 85xxxNED).",
    }),
    year: z.number().int().min(1990).max(2100).openapi({ description: "The year the figure is about." }),
    licence: freeText({ max: 200, description: "The licence the figure is published under (CBS: CC BY 4.0)." }),
  })
  .openapi("LabourMarketRowInput");
export type LabourMarketRowInput = z.infer<typeof LabourMarketRowSchema>;

export const LabourMarketTableSchema = z
  .strictObject({
    rows: z.array(LabourMarketRowSchema).min(1).max(LABOUR_MARKET_MAX_ROWS),
  })
  .openapi("LabourMarketTableInput", {
    description:
      "A labour-market availability table. One row per cell (section × region × education level), the national row (all × all × all) included.",
  });

/** A row as stored and read: every key present, null for "all". */
export interface AvailabilityRow {
  readonly section: SbiSection | null;
  readonly region: ProvinceCode | null;
  readonly educationLevel: EducationLevel | null;
  readonly share: number;
  readonly source: string;
  readonly year: number;
  readonly licence: string;
}

export interface TableIssue {
  readonly pointer: string;
  readonly message: string;
}

export function normaliseRow(row: LabourMarketRowInput): AvailabilityRow {
  return {
    section: row.section ?? null,
    region: row.region ?? null,
    educationLevel: row.educationLevel ?? null,
    share: row.share,
    source: row.source,
    year: row.year,
    licence: row.licence,
  };
}

const cellKey = (row: AvailabilityRow) => `${row.section ?? "*"}|${row.region ?? "*"}|${row.educationLevel ?? "*"}`;

/**
 * What the schema cannot see: a cell given twice, and a table without the national row (every
 * fallback ends there, so a table without it could leave an organisation with no figure at all).
 */
export function checkTableRows(rows: readonly AvailabilityRow[]): TableIssue[] {
  const issues: TableIssue[] = [];
  const first = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = cellKey(row);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      issues.push({
        pointer: `/rows/${index}`,
        message: `The same cell as row ${earlier}: one row per section × region × education level`,
      });
  });
  if (!first.has("*|*|*")) {
    issues.push({
      pointer: "/rows",
      message: "The national row is missing: a row with section, region and educationLevel all null (empty)",
    });
  }
  return issues;
}

/** The columns of the CSV form, in this order in the header (a header is required). */
export const CSV_COLUMNS = ["section", "region", "educationLevel", "share", "source", "year", "licence"] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvReading {
  /** One object per data line, in the shape of LabourMarketRowInput but not yet validated. */
  readonly rows: Record<string, unknown>[];
  /** The line number (1-based, the header is line 1) of each row, for messages. */
  readonly lines: number[];
  readonly issues: TableIssue[];
}

/**
 * RFC 4180 records: fields separated by the delimiter, a field in double quotes may hold the
 * delimiter, line breaks and "" for a quote. Returns the records with the line each starts on.
 */
function csvRecords(text: string, delimiter: string): { fields: string[]; line: number }[] | string {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: startLine });
    fields = [];
    field = "";
  };
  while (index < text.length) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      index++;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      endRecord();
      line++;
      startLine = line;
    } else field += char;
    index++;
  }
  if (quoted) return `line ${startLine}: a quoted field is not closed`;
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+(,\d+)?$/;

/**
 * Reads the CSV form: a header naming the columns of CSV_COLUMNS (any order), then one row per line.
 * Comma-separated with a decimal point, or (as a Dutch spreadsheet exports it) semicolon-separated,
 * where a decimal comma is accepted too. An empty section, region or educationLevel means "all".
 * Values are only converted here; LabourMarketTableSchema validates them, so the problems of a CSV
 * and of a JSON table read alike (`/rows/{index}/{field}`).
 */
export function readLabourMarketCsv(text: string): CsvReading {
  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  const headerLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = headerLine.includes(";") && !headerLine.includes(",") ? ";" : ",";
  const records = csvRecords(body, delimiter);
  if (typeof records === "string") return { rows: [], lines: [], issues: [{ pointer: "", message: `CSV ${records}` }] };
  const [header, ...data] = records;
  if (header === undefined)
    return {
      rows: [],
      lines: [],
      issues: [{ pointer: "", message: "The CSV is empty: a header line and at least one row are needed" }],
    };
  const names = header.fields.map((name) => name.trim());
  const issues: TableIssue[] = [];
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      issues.push({
        pointer: "",
        message: `CSV line 1: unknown column "${name}"; the columns are ${CSV_COLUMNS.join(", ")}`,
      });
    }
  }
  for (const column of CSV_COLUMNS) {
    if (!names.includes(column) && column !== "educationLevel") {
      issues.push({ pointer: "", message: `CSV line 1: the column "${column}" is missing` });
    }
  }
  if (issues.length > 0) return { rows: [], lines: [], issues };
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const record of data) {
    if (record.fields.length !== names.length) {
      issues.push({
        pointer: `/rows/${rows.length}`,
        message: `CSV line ${record.line}: ${record.fields.length} fields, the header has ${names.length}`,
      });
    }
    const row: Record<string, unknown> = {};
    names.forEach((name, at) => {
      const raw = (record.fields[at] ?? "").trim();
      row[name] = csvValue(name as CsvColumn, raw, delimiter);
    });
    rows.push(row);
    lines.push(record.line);
  }
  return { rows, lines, issues };
}

function csvValue(column: CsvColumn, raw: string, delimiter: string): unknown {
  switch (column) {
    case "section":
    case "region":
    case "educationLevel":
      return raw === "" ? null : raw;
    case "share":
    case "year":
      if (NUMBER.test(raw)) return Number(raw);
      if (delimiter === ";" && DECIMAL_COMMA.test(raw)) return Number(raw.replace(",", "."));
      // Left as text: the schema then says a number was expected.
      return raw;
    default:
      return raw;
  }
}
