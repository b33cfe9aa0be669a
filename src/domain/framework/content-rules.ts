import { EVIDENCE_LEVELS, type FrameworkContent, PHASES, type PhaseId } from "./framework-schema.js";

/**
 * The rules a framework's content must keep beyond its schema: what makes it coherent. Pure; used by
 * the content tests and when an admin creates a draft, so both refuse the same things.
 */

export interface ContentIssue {
  /** JSON Pointer into the content document. */
  readonly pointer: string;
  readonly message: string;
}

export const MIN_PRACTICES_PER_PHASE = 4;

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return repeated;
}

export function checkFrameworkContent(content: FrameworkContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const issue = (pointer: string, message: string) => issues.push({ pointer, message });

  const practiceIds = new Set(content.practices.map((practice) => practice.id));
  const sourceIds = new Set(content.sources.map((source) => source.id));
  const repeatedPractices = duplicates(content.practices.map((practice) => practice.id));
  const repeatedSources = duplicates(content.sources.map((source) => source.id));

  content.phases.forEach((phase, index) => {
    if (phase.id !== PHASES[index])
      issue(`/phases/${index}/id`, `expected phase ${PHASES[index]} at position ${index}`);
  });

  content.maturityScale.forEach((level, index) => {
    if (level.level !== index) issue(`/maturityScale/${index}/level`, `expected level ${index} at position ${index}`);
  });

  const bandOrder = ["beginnend", "ontwikkelend", "gevorderd", "voorhoede"];
  content.scoring.bands.forEach((band, index) => {
    if (band.id !== bandOrder[index]) issue(`/scoring/bands/${index}/id`, `expected band ${bandOrder[index]} here`);
    const previous = content.scoring.bands[index - 1];
    if (index === 0 && band.minScore !== 0) issue(`/scoring/bands/0/minScore`, "the first band starts at 0");
    if (previous !== undefined && band.minScore <= previous.minScore) {
      issue(`/scoring/bands/${index}/minScore`, "bands must start at increasing scores");
    }
  });

  const weights = content.scoring.evidenceWeights;
  if (!(weights.strong >= weights.moderate && weights.moderate >= weights.promising)) {
    issue("/scoring/evidenceWeights", "weights must not rise as evidence weakens: strong ≥ moderate ≥ promising");
  }
  if (weights.contested > weights.promising || weights.unverified > weights.promising) {
    issue("/scoring/evidenceWeights", "contested and unverified practices must not weigh more than promising ones");
  }

  content.sources.forEach((source, index) => {
    if (repeatedSources.has(source.id)) issue(`/sources/${index}/id`, `source id ${source.id} is used more than once`);
  });

  const perPhase = new Map<PhaseId, number>(PHASES.map((phase) => [phase, 0]));
  content.practices.forEach((practice, index) => {
    const at = `/practices/${index}`;
    perPhase.set(practice.phase, (perPhase.get(practice.phase) ?? 0) + 1);
    if (repeatedPractices.has(practice.id)) issue(`${at}/id`, `practice id ${practice.id} is used more than once`);

    if (practice.evidence.level !== "unverified" && practice.evidence.sources.length === 0) {
      issue(`${at}/evidence/sources`, `a ${practice.evidence.level} practice must cite at least one source`);
    }
    practice.evidence.sources.forEach((sourceId, sourceIndex) => {
      if (!sourceIds.has(sourceId)) issue(`${at}/evidence/sources/${sourceIndex}`, `no source with id ${sourceId}`);
    });

    for (const kind of ["reinforces", "compensates", "interferesWith"] as const) {
      practice.relations[kind].forEach((target, targetIndex) => {
        if (target === practice.id)
          issue(`${at}/relations/${kind}/${targetIndex}`, "a practice cannot relate to itself");
        else if (!practiceIds.has(target))
          issue(`${at}/relations/${kind}/${targetIndex}`, `no practice with id ${target}`);
      });
    }

    practice.applicability.requiredFor.forEach((sizeClass, sizeIndex) => {
      if (!practice.fit.sizeClasses.includes(sizeClass)) {
        issue(
          `${at}/applicability/requiredFor/${sizeIndex}`,
          `required for ${sizeClass} employers, yet it does not apply to them (not in fit.sizeClasses)`,
        );
      }
    });
    const mayBeNotApplicableSomewhere = practice.fit.sizeClasses.some(
      (sizeClass) => !practice.applicability.requiredFor.includes(sizeClass),
    );
    if (practice.applicability.notApplicableWhen !== null && !mayBeNotApplicableSomewhere) {
      issue(
        `${at}/applicability/notApplicableWhen`,
        "the practice is required for every size it applies to, so it can never be answered notApplicable",
      );
    }
  });

  for (const [phase, count] of perPhase) {
    if (count < MIN_PRACTICES_PER_PHASE) {
      issue(
        "/practices",
        `phase ${phase} has ${count} practices; every phase needs at least ${MIN_PRACTICES_PER_PHASE}`,
      );
    }
  }
  return issues;
}

/** Evidence levels rank strongest first; a lower rank is stronger evidence. */
export function evidenceRank(level: (typeof EVIDENCE_LEVELS)[number]): number {
  return EVIDENCE_LEVELS.indexOf(level);
}
