import type { FrameworkContent } from "./framework-schema.js";
import { citation, type Language, localizePractice } from "./localize.js";

/**
 * The menukaart as open data: one row per practice, RFC 4180 (CRLF, quoted fields), UTF-8 with a
 * byte-order mark so spreadsheet programs read the accents right. Pure.
 */

const COLUMNS = [
  "framework_version",
  "practice_id",
  "phase",
  "phase_name",
  "name",
  "in_place",
  "question",
  "evidence_level",
  "evidence_summary",
  "sources",
  "effort_level",
  "effort",
  "goals",
  "size_classes",
  "needs_hr_department",
  "sectors",
  "reinforces",
  "compensates",
  "interferes_with",
  "evidence_justification",
  "legal_basis",
  "lawful_routes",
] as const;

/** Quotes every field; a leading = + - @ is neutralised so no cell runs as a spreadsheet formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function practicesCsv(content: FrameworkContent, practiceIds: readonly string[], lang: Language): string {
  const sources = new Map(content.sources.map((source) => [source.id, source]));
  const phases = new Map(content.phases.map((phase) => [phase.id, phase.name[lang]]));
  const wanted = new Set(practiceIds);
  const rows = content.practices
    .filter((practice) => wanted.has(practice.id))
    .map((practice) => {
      const view = localizePractice(practice, lang);
      const cells: Record<(typeof COLUMNS)[number], string> = {
        framework_version: content.version,
        practice_id: view.practiceId,
        phase: view.phase,
        phase_name: phases.get(view.phase) ?? view.phase,
        name: view.name,
        in_place: view.inPlace,
        question: view.question,
        evidence_level: view.evidence.level,
        evidence_summary: view.evidence.summary,
        sources: view.evidence.sources
          .map((id) => {
            const source = sources.get(id);
            return source === undefined ? id : citation(source, lang);
          })
          .join(" | "),
        effort_level: view.effort.level,
        effort: view.effort.description,
        goals: view.goals.join(" "),
        size_classes: view.fit.sizeClasses.join(" "),
        needs_hr_department: view.fit.needsHrDepartment ? "yes" : "no",
        sectors: view.fit.sectors.join(" "),
        reinforces: view.relations.reinforces.join(" "),
        compensates: view.relations.compensates.join(" "),
        interferes_with: view.relations.interferesWith.join(" "),
        // From 2026.2; empty for earlier versions, which have no rubric, legal basis or measurement.
        evidence_justification: view.evidence.justification ?? "",
        legal_basis:
          view.legalBasis === undefined || view.legalBasis === null
            ? ""
            : `${view.legalBasis.law}, ${view.legalBasis.article}`,
        lawful_routes: view.measurement?.lawfulRoutes.join(" ") ?? "",
      };
      return COLUMNS.map((column) => csvField(cells[column])).join(",");
    });
  return `\uFEFF${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
