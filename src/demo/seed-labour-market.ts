import type { Storage } from "../db/storage.js";
import { SBI_SECTIONS } from "../domain/framework/framework-schema.js";
import { type AvailabilityRow, checkTableRows, EDUCATION_LEVELS } from "../domain/labour-market/labour-market-table.js";
import { PROVINCE_CODES } from "../domain/organisation-profile.js";
import { seededRandom } from "../domain/seeded-random.js";
import { sha256Hex } from "../domain/sha256.js";
import { getLabourMarketVersion, publishLabourMarketVersion, putLabourMarketDraft } from "../store/labour-market.js";

/** The demo's table version. */
export const DEMO_LABOUR_MARKET_VERSION = "2026.1";
/** Every row says it is synthetic, in its source and its licence: these are not CBS figures. */
export const DEMO_LABOUR_MARKET_SOURCE = "SYNTHETISCH – demogegevens, geen CBS-cijfers";
export const DEMO_LABOUR_MARKET_LICENCE = "Synthetische demogegevens (CC0): niet voor gebruik als echte cijfers";

const round1 = (value: number) => Math.round(Math.max(1, Math.min(80, value)) * 10) / 10;

/**
 * A clearly synthetic labour-market availability table for the demo: national, per section, per
 * province, per section × province, and per education level for the national and section cells.
 * Deterministic. Real figures come from CBS StatLine and are loaded by an admin (README); none are
 * bundled. Loads and publishes version DEMO_LABOUR_MARKET_VERSION unless it exists.
 */
export async function seedDemoLabourMarket(storage: Storage, options: { seed: number; now: Date }): Promise<boolean> {
  if ((await getLabourMarketVersion(storage.db, DEMO_LABOUR_MARKET_VERSION)) !== undefined) return false;
  const random = seededRandom(options.seed);
  const row = (
    section: AvailabilityRow["section"],
    region: AvailabilityRow["region"],
    educationLevel: AvailabilityRow["educationLevel"],
    share: number,
  ): AvailabilityRow => ({
    section,
    region,
    educationLevel,
    share: round1(share),
    source: DEMO_LABOUR_MARKET_SOURCE,
    year: 2025,
    licence: DEMO_LABOUR_MARKET_LICENCE,
  });
  const national = 26;
  // Invented, in the spirit of the demo's workforce figures: more in hospitality, support services and logistics.
  const sectionShare = new Map(
    SBI_SECTIONS.map((section) => [section, (["I", "N", "H"].includes(section) ? 38 : 22) + random.normal(0, 4)]),
  );
  const provinceOffset = new Map(
    PROVINCE_CODES.map((code) => [
      code,
      (["NL-NH", "NL-ZH", "NL-UT", "NL-FL"].includes(code) ? 8 : -5) + random.normal(0, 2),
    ]),
  );
  // Education levels: invented offsets, not a finding.
  const levelOffset = { low: 6, middle: 1, high: -5 } as const;
  const rows: AvailabilityRow[] = [row(null, null, null, national)];
  for (const level of EDUCATION_LEVELS) rows.push(row(null, null, level, national + levelOffset[level]));
  for (const code of PROVINCE_CODES) rows.push(row(null, code, null, national + (provinceOffset.get(code) ?? 0)));
  for (const section of SBI_SECTIONS) {
    const share = sectionShare.get(section) ?? national;
    rows.push(row(section, null, null, share));
    for (const level of EDUCATION_LEVELS) rows.push(row(section, null, level, share + levelOffset[level]));
    for (const code of PROVINCE_CODES) {
      rows.push(row(section, code, null, share + (provinceOffset.get(code) ?? 0) + random.normal(0, 2)));
    }
  }
  if (checkTableRows(rows).length > 0) throw new Error("the demo labour-market table breaks its own rules");
  await putLabourMarketDraft(storage, {
    version: DEMO_LABOUR_MARKET_VERSION,
    rows,
    contentHash: await sha256Hex(JSON.stringify(rows)),
    now: options.now,
    exists: false,
  });
  return publishLabourMarketVersion(storage, DEMO_LABOUR_MARKET_VERSION, options.now);
}
