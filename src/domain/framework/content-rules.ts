import {
  EVIDENCE_LEVELS,
  type FrameworkContent,
  type LocalizedText,
  PHASES,
  type PhaseId,
  type Practice,
  RELATION_KINDS,
  type Source,
  type SourceKind,
} from "./framework-schema.js";

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

/** The first version held to the grading rubric, legal baselines, lawful measurement and citation rules. */
export const RUBRIC_VERSION = "2026.2";

/** The first version that publishes its change list against its predecessor (`changeLog`). */
export const CHANGE_LOG_VERSION = "2026.3";

/** Whether `version` (YYYY.N) is `since` or later. */
export function versionAtLeast(version: string, since: string): boolean {
  const [year = 0, number = 0] = version.split(".").map(Number);
  const [sinceYear = 0, sinceNumber = 0] = since.split(".").map(Number);
  return year > sinceYear || (year === sinceYear && number >= sinceNumber);
}

/** Kinds of source that can show an outcome; guidance, laws and reports can only motivate a practice. */
export const OUTCOME_KINDS: readonly SourceKind[] = ["meta-analysis", "experiment", "evaluation", "study"];

/**
 * Words that belong to the project's working notes, never to text a user reads: seed labels and file
 * names, notes on what was not checked, and "niet-westers" (CBS dropped the term in 2022).
 */
export const INTERNAL_LABELS: readonly RegExp[] = [
  /\bseeds?\b/i,
  /\d{3}_[0-9a-f]{16}/,
  /niet nagegaan|niet gecontroleerd|not checked|were not checked|not opened/i,
  /niet[- ]?westers/i,
  /non[- ]?western/i,
];

function localizedTexts(practice: Practice): [string, LocalizedText][] {
  const texts: [string, LocalizedText][] = [
    ["name", practice.name],
    ["inPlace", practice.inPlace],
    ["question", practice.question],
    ["evidence/summary", practice.evidence.summary],
    ["effort/description", practice.effort.description],
  ];
  if (practice.evidence.justification !== undefined)
    texts.push(["evidence/justification", practice.evidence.justification]);
  if (practice.applicability.notApplicableWhen !== null)
    texts.push(["applicability/notApplicableWhen", practice.applicability.notApplicableWhen]);
  if (practice.legalBasis !== undefined && practice.legalBasis !== null)
    texts.push(["legalBasis/summary", practice.legalBasis.summary]);
  (practice.relationNotes ?? []).forEach((note, index) => {
    texts.push([`relationNotes/${index}/explanation`, note.explanation]);
  });
  return texts;
}

const REQUIRED_BY_LAW = { nl: /wettelijk verplicht|wet verplicht|verplicht volgens de wet/i, en: /required by law/i };

/** The rules from 2026.2 on (docs/evidence.md): the rubric, citations, legal baselines and lawful measurement. */
function checkRubric(content: FrameworkContent, issue: (pointer: string, message: string) => void): void {
  const sources = new Map<string, Source>(content.sources.map((source) => [source.id, source]));

  content.sources.forEach((source, index) => {
    const at = `/sources/${index}`;
    if (source.kind === undefined) issue(`${at}/kind`, "a source needs its kind (meta-analysis, experiment, …)");
    if (source.seed !== undefined) issue(`${at}/seed`, "cite a source by its title and publisher, not by a file name");
    if (source.note !== undefined) issue(`${at}/note`, "working notes on a source do not belong in published content");
    if (source.outlet === null && (source.publisher === undefined || source.publisher === null))
      issue(`${at}/publisher`, "a source needs a journal (outlet) or a publisher");
    for (const [field, value] of [
      ["authors", source.authors],
      ["title", source.title],
      ["outlet", source.outlet ?? ""],
      ["publisher", source.publisher ?? ""],
    ] as const) {
      for (const label of INTERNAL_LABELS) {
        if (label.test(value)) issue(`${at}/${field}`, `contains an internal label (${label.source})`);
      }
    }
  });

  content.practices.forEach((practice, index) => {
    const at = `/practices/${index}`;
    const { evidence } = practice;

    for (const [field, text] of localizedTexts(practice)) {
      for (const language of ["nl", "en"] as const) {
        for (const label of INTERNAL_LABELS) {
          if (label.test(text[language]))
            issue(`${at}/${field}/${language}`, `contains an internal label (${label.source})`);
        }
      }
    }

    if (evidence.justification === undefined)
      issue(`${at}/evidence/justification`, "every practice says in one line why it has its grade");
    if (evidence.evaluatedBy === undefined) {
      issue(
        `${at}/evidence/evaluatedBy`,
        "every practice lists the sources that evaluate it (empty when none was found)",
      );
    } else {
      const evaluatedBy = evidence.evaluatedBy;
      evaluatedBy.forEach((sourceId, sourceIndex) => {
        const pointer = `${at}/evidence/evaluatedBy/${sourceIndex}`;
        if (!evidence.sources.includes(sourceId)) issue(pointer, `${sourceId} is not among the cited sources`);
        const kind = sources.get(sourceId)?.kind;
        if (kind !== undefined && !OUTCOME_KINDS.includes(kind))
          issue(pointer, `a ${kind} cannot evaluate a practice: only ${OUTCOME_KINDS.join(", ")} can`);
      });
      const kinds = evaluatedBy.map((sourceId) => sources.get(sourceId)?.kind);
      const pointer = `${at}/evidence/level`;
      switch (evidence.level) {
        case "unverified":
          if (evaluatedBy.length > 0)
            issue(pointer, "unverified means no evaluation was found, yet evaluatedBy lists one");
          break;
        case "promising":
        case "moderate":
          if (evaluatedBy.length === 0)
            issue(
              pointer,
              `${evidence.level} needs at least one cited evaluation with an outcome; without one it is unverified`,
            );
          break;
        case "strong":
          if (!kinds.includes("meta-analysis") && evaluatedBy.length < 2)
            issue(pointer, "strong needs a meta-analysis or at least two independent evaluations");
          break;
        case "contested":
          if (evaluatedBy.length < 2) issue(pointer, "contested needs at least two evaluations whose findings differ");
          break;
      }
    }

    if (evidence.level === "contested") {
      if (practice.applicability.requiredFor.length > 0)
        issue(
          `${at}/applicability/requiredFor`,
          "a contested practice is never required: employers may choose not to do it",
        );
      if (practice.applicability.notApplicableWhen === null)
        issue(`${at}/applicability/notApplicableWhen`, "a contested practice may be answered not applicable");
    }

    if (practice.legalBasis === undefined) {
      issue(`${at}/legalBasis`, "say whether the practice is a legal duty (null when it is not)");
    } else if (practice.legalBasis !== null) {
      if (evidence.level === "contested")
        issue(`${at}/evidence/level`, "a legal duty is never contested: the law requires it whatever the evidence");
      if (!evidence.sources.some((sourceId) => sources.get(sourceId)?.kind === "law"))
        issue(`${at}/evidence/sources`, "a legal duty cites the law among its sources");
      for (const language of ["nl", "en"] as const) {
        if (!REQUIRED_BY_LAW[language].test(evidence.summary[language]))
          issue(`${at}/evidence/summary/${language}`, 'a legal duty\'s evidence summary says it is "required by law"');
      }
    }

    if (practice.measurement === undefined) {
      issue(`${at}/measurement`, "say whether the practice measures by migration background (null when it does not)");
    } else if (practice.measurement?.specialCategoryData) {
      if (practice.measurement.lawfulRoutes.length === 0)
        issue(`${at}/measurement/lawfulRoutes`, "a practice that needs special-category data names its lawful route");
    }

    if (practice.relationNotes === undefined) {
      issue(`${at}/relationNotes`, "every relation carries its own source (relationNotes)");
    } else {
      const notes = practice.relationNotes;
      for (const kind of RELATION_KINDS) {
        for (const target of practice.relations[kind]) {
          const count = notes.filter((note) => note.kind === kind && note.practice === target).length;
          if (count !== 1) issue(`${at}/relationNotes`, `${kind} ${target} needs exactly one note, found ${count}`);
        }
      }
      notes.forEach((note, noteIndex) => {
        if (!practice.relations[note.kind].includes(note.practice))
          issue(`${at}/relationNotes/${noteIndex}`, `no relation ${note.kind} ${note.practice} to explain`);
        note.sources.forEach((sourceId, sourceIndex) => {
          if (!sources.has(sourceId))
            issue(`${at}/relationNotes/${noteIndex}/sources/${sourceIndex}`, `no source with id ${sourceId}`);
        });
      });
    }
  });
}

/**
 * Numbers as each language writes them (docs/evidence.md, "Language"): Dutch 59,1 % and 1.650,
 * English 59.1% and 1,650. A decimal is at most two digits after the mark, so a thousands group (three
 * digits) is never mistaken for one.
 */
export const NUMBER_FORMAT: Record<"nl" | "en", readonly { pattern: RegExp; message: string }[]> = {
  nl: [
    { pattern: /(?<!\d)\d{1,3}\.\d{1,2}(?!\d)/, message: "a Dutch decimal takes a comma (59,1), not a point" },
    { pattern: /\d%/, message: "Dutch sets a (non-breaking) space before the percent sign (59,1 %)" },
  ],
  en: [
    { pattern: /(?<!\d)\d{1,3},\d{1,2}(?!\d)/, message: "an English decimal takes a point (59.1), not a comma" },
    { pattern: /\d[ \u00a0]%/, message: "English sets no space before the percent sign (59.1%)" },
  ],
};

/**
 * From 2026.3: a version lists what it changed against its predecessor (`changeLog`), each entry
 * naming an existing practice (or none, for the version's own parts), and numbers follow each
 * language's format in every text users read.
 */
function checkFrom2026_3(
  content: FrameworkContent,
  practiceIds: ReadonlySet<string>,
  issue: (pointer: string, message: string) => void,
): void {
  if (content.predecessor !== null && (content.changeLog === undefined || content.changeLog.length === 0)) {
    issue("/changeLog", `a version with a predecessor lists what it changed against ${content.predecessor}`);
  }
  (content.changeLog ?? []).forEach((entry, index) => {
    const at = `/changeLog/${index}`;
    if (entry.practice !== null && !practiceIds.has(entry.practice))
      issue(`${at}/practice`, `no practice with id ${entry.practice}`);
    for (const language of ["nl", "en"] as const) {
      for (const label of INTERNAL_LABELS) {
        if (label.test(entry.note[language]))
          issue(`${at}/note/${language}`, `contains an internal label (${label.source})`);
      }
    }
  });

  const texts: [string, LocalizedText][] = [
    ...content.phases.flatMap((phase, index): [string, LocalizedText][] => [
      [`/phases/${index}/name`, phase.name],
      [`/phases/${index}/description`, phase.description],
    ]),
    ...content.maturityScale.map((level, index): [string, LocalizedText] => [
      `/maturityScale/${index}/description`,
      level.description,
    ]),
    ...content.practices.flatMap((practice, index) =>
      localizedTexts(practice).map(([field, text]): [string, LocalizedText] => [`/practices/${index}/${field}`, text]),
    ),
  ];
  for (const [pointer, text] of texts) {
    for (const language of ["nl", "en"] as const) {
      for (const { pattern, message } of NUMBER_FORMAT[language]) {
        if (pattern.test(text[language])) issue(`${pointer}/${language}`, message);
      }
    }
  }
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

  if (versionAtLeast(content.version, RUBRIC_VERSION)) checkRubric(content, issue);
  if (versionAtLeast(content.version, CHANGE_LOG_VERSION)) checkFrom2026_3(content, practiceIds, issue);

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
