import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "../../scripts/framework-migration.js";
import { practiceChanges } from "../../src/domain/framework/framework-version.js";
import { csvField, practicesCsv } from "../../src/domain/framework/practices-csv.js";

/** A small RFC 4180 reader, to prove the export reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  return rows;
}

describe("the menukaart as CSV", () => {
  const content = readFrameworkFile("2026.1");
  const ids = content.practices.map((practice) => practice.id);

  it("starts with a BOM and a header row, then one row per practice, every row as wide as the header", () => {
    const csv = practicesCsv(content, ids, "nl");
    expect(csv.startsWith("\uFEFFframework_version,practice_id,phase")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(ids.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);
  });

  it("reads back the same texts, in the language asked for, with citations", () => {
    const rows = parseCsv(practicesCsv(content, ids, "en").slice(1));
    const header = rows[0] ?? [];
    const anonymous = rows.find((row) => row[header.indexOf("practice_id")] === "anonymous_applications") ?? [];
    const practice = content.practices.find((candidate) => candidate.id === "anonymous_applications");
    expect(anonymous[header.indexOf("name")]).toBe(practice?.name.en);
    expect(anonymous[header.indexOf("evidence_level")]).toBe("contested");
    expect(anonymous[header.indexOf("evidence_summary")]).toBe(practice?.evidence.summary.en);
    expect(anonymous[header.indexOf("sources")]).toMatch(/\(\d{4}\)\./);
  });

  it("includes only the practices asked for", () => {
    expect(parseCsv(practicesCsv(content, ids.slice(0, 3), "nl").slice(1))).toHaveLength(4);
  });

  it("quotes fields and neutralises formulas", () => {
    expect(csvField('a "quoted", text\nline')).toBe('"a ""quoted"", text\nline"');
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("-1")).toBe(`"'-1"`);
  });
});

describe("the 2026.2 menukaart as CSV", () => {
  const content = readFrameworkFile("2026.2");
  const rows = parseCsv(
    practicesCsv(
      content,
      content.practices.map((practice) => practice.id),
      "en",
    ).slice(1),
  );
  const header = rows[0] ?? [];
  const row = (id: string) => rows.find((candidate) => candidate[header.indexOf("practice_id")] === id) ?? [];

  it("carries each practice's justification, its legal basis where it is a legal duty, and its lawful measurement route", () => {
    for (const practice of content.practices)
      expect(row(practice.id)[header.indexOf("evidence_justification")], practice.id).toBe(
        practice.evidence.justification?.en,
      );
    expect(row("refuse_discriminatory_requests")[header.indexOf("legal_basis")]).toBe(
      "Algemene wet gelijke behandeling (AWGB), art. 5 lid 1",
    );
    expect(row("structured_interviews")[header.indexOf("legal_basis")]).toBe("");
    expect(row("hiring_funnel_monitoring")[header.indexOf("lawful_routes")]).toBe("anonymousSurvey aggregateHrData");
  });

  it("cites sources with their DOI or URL", () => {
    expect(row("structured_interviews")[header.indexOf("sources")]).toContain(
      "https://doi.org/10.1037/0033-2909.124.2.262",
    );
  });
});

describe("practiceChanges between versions", () => {
  const content = readFrameworkFile("2026.1");
  it("lists every practice as added when there is no predecessor", () => {
    expect(practiceChanges(null, content.practices).added).toHaveLength(content.practices.length);
  });

  it("finds added, changed and removed practices by their stable ids", () => {
    const next = structuredClone(content.practices).slice(1);
    const changed = next[0];
    if (changed !== undefined) changed.name.en = "Renamed";
    next.push({
      ...structuredClone(content.practices[1] as (typeof content.practices)[number]),
      id: "brand_new_practice",
    });
    expect(practiceChanges(content.practices, next)).toEqual({
      added: ["brand_new_practice"],
      changed: [content.practices[1]?.id],
      removed: [content.practices[0]?.id],
    });
  });
});
