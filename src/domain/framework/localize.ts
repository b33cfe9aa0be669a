import type { FrameworkContent, LocalizedText, Practice, Source } from "./framework-schema.js";

/** The framework as one language sees it: every bilingual text resolved to `lang`. Pure. */

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const pick = (text: LocalizedText, lang: Language) => text[lang];

/** The parts a version has from 2026.2 on (rubric, legal basis, measurement, relation sources); absent before. */
function localizeRubricParts(practice: Practice, lang: Language) {
  return {
    ...(practice.evidence.justification === undefined
      ? {}
      : { justification: pick(practice.evidence.justification, lang) }),
    ...(practice.evidence.evaluatedBy === undefined ? {} : { evaluatedBy: practice.evidence.evaluatedBy }),
  };
}

export function localizePractice(practice: Practice, lang: Language) {
  return {
    practiceId: practice.id,
    phase: practice.phase,
    name: pick(practice.name, lang),
    inPlace: pick(practice.inPlace, lang),
    question: pick(practice.question, lang),
    evidence: {
      level: practice.evidence.level,
      summary: pick(practice.evidence.summary, lang),
      sources: practice.evidence.sources,
      ...localizeRubricParts(practice, lang),
    },
    effort: { level: practice.effort.level, description: pick(practice.effort.description, lang) },
    goals: practice.goals,
    focusGroups: practice.focusGroups,
    fit: practice.fit,
    applicability: {
      requiredFor: practice.applicability.requiredFor,
      notApplicableWhen:
        practice.applicability.notApplicableWhen === null ? null : pick(practice.applicability.notApplicableWhen, lang),
    },
    relations: practice.relations,
    ...(practice.relationNotes === undefined
      ? {}
      : {
          relationNotes: practice.relationNotes.map((note) => ({
            kind: note.kind,
            practice: note.practice,
            sources: note.sources,
            byAnalogy: note.byAnalogy,
            explanation: pick(note.explanation, lang),
          })),
        }),
    ...(practice.legalBasis === undefined
      ? {}
      : {
          legalBasis:
            practice.legalBasis === null
              ? null
              : {
                  law: practice.legalBasis.law,
                  article: practice.legalBasis.article,
                  summary: pick(practice.legalBasis.summary, lang),
                },
        }),
    ...(practice.measurement === undefined ? {} : { measurement: practice.measurement }),
  };
}
export type LocalizedPractice = ReturnType<typeof localizePractice>;

export function localizeContent(content: FrameworkContent, lang: Language) {
  return {
    version: content.version,
    title: pick(content.title, lang),
    predecessor: content.predecessor,
    phases: content.phases.map((phase) => ({
      phaseId: phase.id,
      name: pick(phase.name, lang),
      description: pick(phase.description, lang),
    })),
    maturityScale: content.maturityScale.map((level) => ({
      level: level.level,
      label: pick(level.label, lang),
      description: pick(level.description, lang),
    })),
    scoring: {
      evidenceWeights: content.scoring.evidenceWeights,
      bands: content.scoring.bands.map((band) => ({
        bandId: band.id,
        minScore: band.minScore,
        label: pick(band.label, lang),
      })),
    },
    sources: content.sources,
    practices: content.practices.map((practice) => localizePractice(practice, lang)),
    ...(content.changeLog === undefined
      ? {}
      : {
          changeLog: content.changeLog.map((entry) => ({
            practiceId: entry.practice,
            field: entry.field,
            note: pick(entry.note, lang),
          })),
        }),
  };
}

/** A source as one reads it in a reference list: "Authors (year). Title. Outlet." */
export function citation(source: Source, lang: Language): string {
  // Without a date: "z.d." (zonder datum) in Dutch, as "n.d." in English.
  const year = source.year === null ? (lang === "nl" ? "z.d." : "n.d.") : String(source.year);
  const outlet = source.outlet === null ? "" : ` ${source.outlet}.`;
  const publisher = source.publisher === undefined || source.publisher === null ? "" : ` ${source.publisher}.`;
  const link =
    source.doi !== undefined && source.doi !== null
      ? ` https://doi.org/${source.doi}`
      : source.url === null
        ? ""
        : ` ${source.url}`;
  // Versions before 2026.2 have no publisher or DOI, and their citation stays as it was.
  if (source.publisher === undefined && source.doi === undefined)
    return `${source.authors} (${year}). ${source.title}.${outlet}`;
  return `${source.authors} (${year}). ${source.title}.${outlet}${publisher}${link}`;
}
