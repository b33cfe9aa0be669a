import type { Language } from "./framework/localize.js";

/**
 * Numbers as a reader of each language writes them: at most one decimal, the language's decimal mark
 * and grouping (Dutch 1.200 and 59,1; English 1,200 and 59.1), and the percent sign as each language
 * sets it (Dutch "59,1 %" with a non-breaking space, per the Taalunie; English "59.1%").
 */
const LOCALES: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(Math.round(value * 10) / 10);
}

export function formatPercent(value: number, lang: Language): string {
  return lang === "nl" ? `${formatNumber(value, lang)}\u00a0%` : `${formatNumber(value, lang)}%`;
}
