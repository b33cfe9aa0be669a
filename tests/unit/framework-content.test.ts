import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_FRAMEWORKS,
  MIGRATIONS_DIRECTORY,
  readFrameworkFile,
  renderFrameworkMigration,
} from "../../scripts/framework-migration.js";
import { checkFrameworkContent } from "../../src/domain/framework/content-rules.js";
import { EVIDENCE_LEVELS, type FrameworkContent, PHASES } from "../../src/domain/framework/framework-schema.js";

/** The content of every built-in framework version: as good as its code. */
for (const builtIn of BUILT_IN_FRAMEWORKS) {
  describe(`framework ${builtIn.version}`, () => {
    const content = readFrameworkFile(builtIn.version);

    it("passes the schema and every content rule", () => {
      expect(checkFrameworkContent(content)).toEqual([]);
    });

    it("has at least 50 practices, and at least 4 in each of the nine phases", () => {
      expect(content.practices.length).toBeGreaterThanOrEqual(50);
      for (const phase of PHASES) {
        expect(content.practices.filter((practice) => practice.phase === phase).length, phase).toBeGreaterThanOrEqual(
          4,
        );
      }
    });

    it("has unique practice ids and cites existing sources for every graded practice", () => {
      const ids = content.practices.map((practice) => practice.id);
      expect(new Set(ids).size).toBe(ids.length);
      const sources = new Set(content.sources.map((source) => source.id));
      for (const practice of content.practices) {
        if (practice.evidence.level !== "unverified")
          expect(practice.evidence.sources.length, practice.id).toBeGreaterThan(0);
        for (const source of practice.evidence.sources)
          expect(sources.has(source), `${practice.id} → ${source}`).toBe(true);
      }
    });

    it("is written in both languages: the sentences differ between Dutch and English", () => {
      for (const practice of content.practices) {
        for (const field of [
          practice.inPlace,
          practice.question,
          practice.evidence.summary,
          practice.effort.description,
        ]) {
          expect(field.nl, practice.id).not.toBe(field.en);
        }
        expect(practice.question.nl, practice.id).toMatch(/\?$/);
        expect(practice.question.en, practice.id).toMatch(/\?$/);
      }
    });

    it("points every relation at an existing practice, and keeps reinforcement mutual", () => {
      const byId = new Map(content.practices.map((practice) => [practice.id, practice]));
      for (const practice of content.practices) {
        for (const target of [
          ...practice.relations.reinforces,
          ...practice.relations.compensates,
          ...practice.relations.interferesWith,
        ]) {
          expect(byId.has(target), `${practice.id} → ${target}`).toBe(true);
        }
        for (const partner of practice.relations.reinforces) {
          expect(byId.get(partner)?.relations.reinforces, `${partner} ↔ ${practice.id}`).toContain(practice.id);
        }
      }
    });

    it("uses every evidence level honestly: contested practices say what the mixed findings are", () => {
      const levels = new Set(content.practices.map((practice) => practice.evidence.level));
      expect([...levels].sort()).toEqual([...EVIDENCE_LEVELS].sort());
      for (const practice of content.practices.filter((candidate) => candidate.evidence.level === "contested")) {
        expect(practice.evidence.sources.length, practice.id).toBeGreaterThanOrEqual(2);
        expect(practice.evidence.summary.en.length, practice.id).toBeGreaterThan(80);
      }
    });

    it("never makes a practice required where it may be answered not applicable", () => {
      for (const practice of content.practices) {
        for (const sizeClass of practice.applicability.requiredFor) {
          expect(practice.fit.sizeClasses, practice.id).toContain(sizeClass);
        }
      }
    });

    it(`is loaded unchanged by migrations/${builtIn.migration} (run npm run framework:migration after a change)`, async () => {
      const committed = readFileSync(`${MIGRATIONS_DIRECTORY}/${builtIn.migration}`, "utf8");
      expect(committed).toBe(await renderFrameworkMigration(content, builtIn.releasedOn));
    });
  });
}

describe("the content rules catch each kind of incoherence", () => {
  const base = (): FrameworkContent => structuredClone(readFrameworkFile("2026.1"));
  const cases: [string, (content: FrameworkContent) => void, RegExp][] = [
    [
      "a duplicate practice id",
      (c) => c.practices.push(structuredClone(c.practices[0] as never)),
      /used more than once/,
    ],
    ["a missing source", (c) => c.practices[0]?.evidence.sources.push("nobody-2099"), /no source with id nobody-2099/],
    [
      "a graded practice without sources",
      (c) => {
        const practice = c.practices.find((candidate) => candidate.evidence.level === "strong");
        if (practice !== undefined) practice.evidence.sources = [];
      },
      /must cite at least one source/,
    ],
    [
      "a relation to nothing",
      (c) => c.practices[0]?.relations.reinforces.push("ghost_practice"),
      /no practice with id ghost_practice/,
    ],
    [
      "a self-relation",
      (c) => {
        const practice = c.practices[0];
        practice?.relations.compensates.push(practice.id);
      },
      /cannot relate to itself/,
    ],
    [
      "a phase with too few practices",
      (c) =>
        (c.practices = c.practices
          .filter((p) => p.phase !== "doorstroom")
          .concat(c.practices.filter((p) => p.phase === "doorstroom").slice(0, 3))),
      /doorstroom has 3 practices/,
    ],
    [
      "required where it does not apply",
      (c) => {
        const practice = c.practices[0];
        if (practice !== undefined) {
          practice.fit.sizeClasses = ["large"];
          practice.applicability.requiredFor = ["micro"];
        }
      },
      /required for micro employers, yet it does not apply/,
    ],
    [
      "not-applicable allowed where it is always required",
      (c) => {
        const practice = c.practices[0];
        if (practice !== undefined) {
          practice.applicability.requiredFor = [...practice.fit.sizeClasses];
          practice.applicability.notApplicableWhen = { nl: "Nooit", en: "Never" };
        }
      },
      /can never be answered notApplicable/,
    ],
    [
      "weights rising as evidence weakens",
      (c) => (c.scoring.evidenceWeights.unverified = 5),
      /must not weigh more than promising/,
    ],
    ["bands out of order", (c) => ((c.scoring.bands[2] as { minScore: number }).minScore = 10), /increasing scores/],
  ];
  it.each(cases)("%s", (_label, breakIt, message) => {
    const content = base();
    breakIt(content);
    const issues = checkFrameworkContent(content);
    expect(issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });
});

describe("framework 2026.2: graded by the rubric (docs/evidence.md)", () => {
  const content = readFrameworkFile("2026.2");
  const byId = new Map(content.practices.map((practice) => [practice.id, practice]));
  const practice = (id: string) => {
    const found = byId.get(id);
    if (found === undefined) throw new Error(`no practice ${id}`);
    return found;
  };
  const sources = new Map(content.sources.map((source) => [source.id, source]));

  it("gives every practice a one-line justification in both languages and the sources that evaluate it", () => {
    for (const candidate of content.practices) {
      const { justification, evaluatedBy, level } = candidate.evidence;
      expect(justification?.nl.length, candidate.id).toBeGreaterThan(30);
      expect(justification?.nl, candidate.id).not.toBe(justification?.en);
      expect(justification?.en.split(". ").length, `${candidate.id}: one line`).toBeLessThanOrEqual(2);
      expect(evaluatedBy, candidate.id).toBeDefined();
      expect((evaluatedBy ?? []).length === 0, `${candidate.id}: unverified exactly when nothing evaluates it`).toBe(
        level === "unverified",
      );
    }
  });

  it("grades alike what its own evidence text says alike: no evaluation found is unverified; one mechanism, one grade", () => {
    for (const id of [
      "open_internal_vacancies",
      "buddy_programme",
      "housing_separate_from_contract",
      "nvp_sollicitatiecode",
    ])
      expect(practice(id).evidence.level, id).toBe("unverified");
    for (const candidate of content.practices) {
      if (
        /niet gevonden|geen evaluatie|no evaluation (of [^.]* )?(was )?found/i.test(
          candidate.evidence.justification?.en ?? "",
        )
      )
        expect(candidate.evidence.level, candidate.id).toBe("unverified");
    }
    expect(practice("objective_first_screening").evidence.level).toBe(
      practice("anonymous_applications").evidence.level,
    );
  });

  it("never requires a contested practice, and lets employers answer not applicable where the evidence allows not doing it", () => {
    const contested = content.practices.filter((candidate) => candidate.evidence.level === "contested");
    expect(contested.map((candidate) => candidate.id).sort()).toEqual([
      "anonymous_applications",
      "diversity_training",
      "objective_first_screening",
    ]);
    for (const candidate of contested) {
      expect(candidate.applicability.requiredFor, candidate.id).toEqual([]);
      expect(candidate.applicability.notApplicableWhen, candidate.id).not.toBeNull();
    }
    for (const id of ["orientation_visits", "certified_learn_work_places", "anonymous_applications"])
      expect(practice(id).applicability.notApplicableWhen, id).not.toBeNull();
  });

  it("marks the legal duties with law and article, never contested, saying 'required by law'", () => {
    const duties = content.practices.filter((candidate) => candidate.legalBasis !== null);
    expect(duties.map((candidate) => candidate.id).sort()).toEqual([
      "admitted_agencies_only",
      "discrimination_reporting",
      "housing_separate_from_contract",
      "refuse_discriminatory_requests",
    ]);
    for (const duty of duties) {
      expect(duty.evidence.level, duty.id).not.toBe("contested");
      expect(duty.evidence.summary.en, duty.id).toMatch(/^Required by law/);
      expect(duty.evidence.summary.nl, duty.id).toMatch(/^Wettelijk verplicht/);
      // An article number only where it could be checked; otherwise the rule is named by its topic.
      expect(duty.legalBasis?.article.trim().length, duty.id).toBeGreaterThan(0);
      expect(
        duty.evidence.sources.some((id) => sources.get(id)?.kind === "law"),
        `${duty.id} cites the law`,
      ).toBe(true);
    }
    expect(practice("refuse_discriminatory_requests").legalBasis?.law).toContain("AWGB");
    expect(practice("refuse_discriminatory_requests").legalBasis?.article).toBe("art. 5 lid 1");
    expect(practice("discrimination_reporting").legalBasis?.article).toContain("art. 3 lid 2");
    expect(practice("admitted_agencies_only").legalBasis?.summary.nl).toContain("1 januari 2027");
    expect(practice("admitted_agencies_only").legalBasis?.summary.en).toMatch(/2028.*fines for hirers/);
  });

  it("names the lawful route of every practice that needs migration background per person, with a guide section that exists", () => {
    const guide = readFileSync(new URL("../../docs/measurement.md", import.meta.url), "utf8");
    const anchors = new Set(
      [...guide.matchAll(/^## (.+)$/gm)].map((match) => `#${(match[1] ?? "").toLowerCase().replace(/\s+/g, "-")}`),
    );
    for (const id of [
      "hiring_funnel_monitoring",
      "learning_gap_monitoring",
      "equal_access_development",
      "retention_exit_analysis",
    ]) {
      expect(practice(id).measurement?.specialCategoryData, id).toBe(true);
      expect(practice(id).measurement?.lawfulRoutes.length, id).toBeGreaterThan(0);
    }
    for (const candidate of content.practices) {
      const measurement = candidate.measurement;
      if (measurement === null || measurement === undefined) continue;
      expect(anchors, `${candidate.id} → ${measurement.guide}`).toContain(
        measurement.guide.replace("docs/measurement.md", ""),
      );
      expect(guide, candidate.id).toContain(`\`${candidate.id}\``);
    }
    for (const law of ["art. 9", "art. 25", "art. 35", "art. 27"]) expect(guide).toContain(law);
  });

  it("cites sources a reader can check: kind, publisher or journal, and a DOI or URL for most", () => {
    for (const source of content.sources) {
      expect(source.kind, source.id).toBeDefined();
      expect(source.outlet ?? source.publisher, source.id).toBeTruthy();
      expect(source, source.id).not.toHaveProperty("seed");
      expect(source, source.id).not.toHaveProperty("note");
    }
    const linked = content.sources.filter(
      (source) => (source.doi ?? source.url) !== null && (source.doi ?? source.url) !== undefined,
    );
    expect(linked.length).toBeGreaterThanOrEqual(30);
    expect(sources.get("beausaert-2025")?.title).toMatch(/^Welke werknemer leert en waarom\?/);
    expect(sources.get("werkagenda-via-2021")?.title).toMatch(/^Werkagenda Verdere Integratie op de Arbeidsmarkt/);
  });

  it("keeps working labels, retired terms and overstatements out of every text", () => {
    const text = JSON.stringify(content);
    expect(text).not.toMatch(/seed/i);
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(text).not.toMatch(/niet[- ]?westers|non[- ]?western/i);
    expect(text).not.toMatch(/het vaakst|most often cited|most cited/i);
    expect(text).not.toMatch(/niet nagegaan|not checked|not opened/i);
  });

  it("explains every relation with its own source, and says which are by analogy", () => {
    for (const candidate of content.practices) {
      const notes = candidate.relationNotes ?? [];
      const relations = [
        ...candidate.relations.reinforces,
        ...candidate.relations.compensates,
        ...candidate.relations.interferesWith,
      ];
      expect(notes.length, candidate.id).toBe(relations.length);
    }
    const housing = practice("housing_separate_from_contract").relationNotes?.[0];
    expect(housing).toMatchObject({ kind: "interferesWith", practice: "rights_info_own_language", byAnalogy: true });
    const time = practice("protected_learning_time").relationNotes?.find((note) => note.practice === "learning_budget");
    expect(time).toMatchObject({ sources: ["beausaert-2025"], byAnalogy: false });
  });

  it("has the practices an expert leads with for labour migrants and for statushouders, with those focus groups", () => {
    for (const id of [
      "housing_separate_from_contract",
      "admitted_agencies_only",
      "rights_info_own_language",
      "refuse_discriminatory_requests",
      "dutch_language_courses",
      "direct_hire_pathway",
    ])
      expect(practice(id).focusGroups, id).toContain("labour_migrants");
    for (const id of [
      "certified_learn_work_places",
      "pre_trajectory_cooperation",
      "trained_workplace_mentor",
      "integrated_vocational_language",
      "tailored_intensive_support",
      "trajectory_partnership_agreements",
      "job_perspective_after_trajectory",
    ])
      expect(practice(id).focusGroups, id).toContain("statushouders");
  });

  it("is described practice by practice in docs/evidence.md, with the grade it has", () => {
    const docs = readFileSync(new URL("../../docs/evidence.md", import.meta.url), "utf8");
    for (const candidate of content.practices) {
      const row = docs.split("\n").find((line) => line.startsWith(`| \`${candidate.id}\` | ${candidate.phase} |`));
      expect(row, candidate.id).toBeDefined();
      expect(row, candidate.id).toMatch(new RegExp(`(\\| |\\*\\*)${candidate.evidence.level}(\\*\\*)? \\|`));
    }
  });
});

describe("the rubric rules (from 2026.2) catch each kind of break", () => {
  const base = (): FrameworkContent => structuredClone(readFrameworkFile("2026.2"));
  const find = (content: FrameworkContent, id: string) => {
    const found = content.practices.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no practice ${id}`);
    return found;
  };
  const cases: [string, (content: FrameworkContent) => void, RegExp][] = [
    [
      "an unverified practice listing an evaluation",
      (c) => (find(c, "buddy_programme").evidence.evaluatedBy = ["bauer-2007"]),
      /unverified means no evaluation was found/,
    ],
    [
      "a promising practice without an evaluation",
      (c) => (find(c, "learning_budget").evidence.evaluatedBy = []),
      /promising needs at least one cited evaluation/,
    ],
    [
      "a strong practice on one study",
      (c) => (find(c, "structured_interviews").evidence.evaluatedBy = ["tno-szw-nudging-2021"]),
      /strong needs a meta-analysis/,
    ],
    [
      "a contested practice on one study",
      (c) => (find(c, "diversity_training").evidence.evaluatedBy = ["kalev-2006"]),
      /contested needs at least two/,
    ],
    [
      "guidance counted as an evaluation",
      (c) => {
        const practice = find(c, "inclusive_vacancy_texts");
        practice.evidence.evaluatedBy = ["werkagenda-via-2021"];
        practice.evidence.sources.push("werkagenda-via-2021");
      },
      /a guidance cannot evaluate a practice/,
    ],
    [
      "an evaluation that is not cited",
      (c) => (find(c, "learning_budget").evidence.evaluatedBy = ["kyndt-baert-2013"]),
      /not among the cited sources/,
    ],
    [
      "a missing justification",
      (c) => delete find(c, "learning_budget").evidence.justification,
      /says in one line why/,
    ],
    [
      "a required contested practice",
      (c) => (find(c, "anonymous_applications").applicability.requiredFor = ["large"]),
      /contested practice is never required/,
    ],
    [
      "a contested legal duty",
      (c) => {
        const practice = find(c, "discrimination_reporting");
        practice.evidence.level = "contested";
        practice.evidence.evaluatedBy = ["dobbin-kalev-2016", "kalev-2006"];
        practice.evidence.sources.push("kalev-2006");
      },
      /a legal duty is never contested/,
    ],
    [
      "a legal duty not saying it is required by law",
      (c) =>
        (find(c, "refuse_discriminatory_requests").evidence.summary.en =
          "Agencies often comply with discriminatory requests."),
      /says it is "required by law"/,
    ],
    [
      "a legal duty citing no law",
      (c) => (find(c, "refuse_discriminatory_requests").evidence.sources = ["inspectie-szw-2019-mystery-calls"]),
      /cites the law/,
    ],
    [
      "a missing legal-basis answer",
      (c) => delete find(c, "structured_interviews").legalBasis,
      /say whether the practice is a legal duty/,
    ],
    [
      "special-category data without a lawful route",
      (c) => {
        const measurement = find(c, "hiring_funnel_monitoring").measurement;
        if (measurement) measurement.lawfulRoutes = [];
      },
      /names its lawful route/,
    ],
    [
      "a relation without its note",
      (c) => (find(c, "structured_interviews").relationNotes = []),
      /needs exactly one note/,
    ],
    [
      "a source cited by its seed file name",
      (c) => ((c.sources[0] as { seed?: string }).seed = "004_555df6573e4a75cd.txt"),
      /not by a file name/,
    ],
    ["a source without kind", (c) => delete (c.sources[0] as { kind?: string }).kind, /needs its kind/],
    [
      "a seed label in a summary",
      (c) => (find(c, "learning_climate").evidence.summary.nl += " (seed 004)"),
      /internal label/,
    ],
    [
      "a retired CBS term",
      (c) =>
        (find(c, "intern_to_job_pathway").evidence.summary.nl =
          "Trager voor mbo'ers met een niet-westerse achtergrond."),
      /internal label/,
    ],
  ];
  it.each(cases)("%s", (_label, breakIt, message) => {
    const content = base();
    expect(checkFrameworkContent(content)).toEqual([]);
    breakIt(content);
    expect(
      checkFrameworkContent(content)
        .map((issue) => issue.message)
        .join("\n"),
    ).toMatch(message);
  });

  it("holds versions before 2026.2 to none of it: 2026.1 stays valid as published", () => {
    const content = readFrameworkFile("2026.1");
    expect(content.practices[0]?.evidence.justification).toBeUndefined();
    expect(checkFrameworkContent(content)).toEqual([]);
    content.version = "2026.2";
    expect(checkFrameworkContent(content).length).toBeGreaterThan(64);
  });
});

describe("framework 2026.3: the Dutch and English texts of 2026.2 corrected, with the change list", () => {
  const previous = readFrameworkFile("2026.2");
  const content = readFrameworkFile("2026.3");
  const practice = (version: FrameworkContent, id: string) => {
    const found = version.practices.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`no practice ${id}`);
    return found;
  };

  /** Every text of a version as (practice or null, field path without language, language) → text. */
  function texts(version: FrameworkContent): Map<string, string> {
    const found = new Map<string, string>();
    const walk = (value: unknown, practiceId: string | null, path: string[]) => {
      if (typeof value === "string") {
        found.set(`${practiceId ?? "-"}|${path.join("/")}`, value);
      } else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, practiceId, [...path, String(index)]);
      } else if (value !== null && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) walk(item, practiceId, [...path, key]);
      }
    };
    const { practices, changeLog: _changeLog, version: _version, title: _title, predecessor: _p, ...parts } = version;
    walk(parts, null, []);
    for (const item of practices) {
      const { id, ...rest } = item;
      walk(rest, id, []);
    }
    return found;
  }

  it("changes texts only: grades, sources, relations, applicability, legal duties and measurement stay as in 2026.2", () => {
    expect(content.practices.map((item) => item.id)).toEqual(previous.practices.map((item) => item.id));
    expect(content.sources).toEqual(previous.sources);
    expect(content.scoring).toEqual(previous.scoring);
    for (const before of previous.practices) {
      const after = practice(content, before.id);
      expect(after.evidence.level, before.id).toBe(before.evidence.level);
      expect(after.evidence.sources, before.id).toEqual(before.evidence.sources);
      expect(after.evidence.evaluatedBy, before.id).toEqual(before.evidence.evaluatedBy);
      expect(after.relations, before.id).toEqual(before.relations);
      expect(after.applicability.requiredFor, before.id).toEqual(before.applicability.requiredFor);
      expect(after.fit, before.id).toEqual(before.fit);
      expect(after.goals, before.id).toEqual(before.goals);
      expect(after.focusGroups, before.id).toEqual(before.focusGroups);
      expect(after.measurement, before.id).toEqual(before.measurement);
      expect(after.legalBasis === null, before.id).toBe(before.legalBasis === null);
    }
  });

  it("lists every changed text in its change list, and lists nothing that did not change", () => {
    const before = texts(previous);
    const after = texts(content);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = new Set<string>();
    for (const [key, text] of after) {
      if (before.get(key) !== text) changed.add(key.replace(/\/(nl|en)$/, ""));
    }
    const logged = new Set((content.changeLog ?? []).map((entry) => `${entry.practice ?? "-"}|${entry.field}`));
    expect(logged.size, "one entry per changed field").toBe(content.changeLog?.length);
    expect([...logged].sort()).toEqual([...changed].sort());
  });

  it("fixes the errors the review named (report pages 12, 15, 21, 24, 37, 41, 42, 50, 62) and the Wtta article", () => {
    const nl = (id: string, field: "name" | "question" | "inPlace") => practice(content, id)[field].nl;
    const summary = (id: string) => practice(content, id).evidence.summary.nl;
    expect(nl("internship_discrimination_policy", "question")).not.toMatch(/, kunnen stagiairs/);
    expect(summary("intern_supervision_quality")).toContain("één op de acht");
    expect(summary("team_preparation")).not.toMatch(/van niet alleen/);
    expect(summary("open_internal_vacancies")).toMatch(/^Deze maatregel /);
    expect(nl("psychological_safety", "question")).not.toMatch(/leert en vraagt/);
    expect(nl("inclusive_leadership_development", "inPlace")).not.toMatch(
      /een praktische ontwikkeling|diverse medewerkers/,
    );
    expect(nl("workplace_language_learning", "question")).toContain("beheersen, bij u");
    expect(nl("job_perspective_after_trajectory", "question")).toContain("afronden, een baan");
    expect(nl("admitted_agencies_only", "name")).toBe("Alleen toegelaten of gecertificeerde uitzendbureaus");
    expect(practice(content, "admitted_agencies_only").legalBasis?.article).toMatch(/^art\. \d+[a-z]?\b/);
    for (const item of content.practices) {
      if (item.legalBasis === undefined || item.legalBasis === null || item.id === "housing_separate_from_contract")
        continue;
      expect(item.legalBasis.article, item.id).toMatch(/^art\. /);
    }
  });

  it("has its change list written out in docs/evidence.md, one row per entry", () => {
    const docs = readFileSync(new URL("../../docs/evidence.md", import.meta.url), "utf8");
    const section = docs.slice(docs.indexOf("## Changes in 2026.3"), docs.indexOf("## Every practice in 2026.2"));
    expect(section.length).toBeGreaterThan(1000);
    const rows = section.split("\n").filter((line) => /^\| \d+ \| `/.test(line));
    expect(rows.length).toBe(content.changeLog?.length);
    for (const entry of content.changeLog ?? []) {
      expect(
        rows.some((row) => row.includes(`| \`${entry.practice}\` | \`${entry.field}\` |`)),
        `${entry.practice} ${entry.field}`,
      ).toBe(true);
    }
  });

  it("writes numbers per language: Dutch 1,4 and 40 %, English 1.4 and 40%", () => {
    const refuse = practice(content, "refuse_discriminatory_requests").evidence.summary;
    expect(refuse.nl).toContain("40\u00a0%");
    expect(refuse.en).toContain("40%");
    expect(practice(content, "objective_first_screening").evidence.summary.nl).toContain("1,4 keer");
    expect(practice(content, "anonymous_applications").evidence.summary.nl).toContain("1.650");
  });

  const broken: [string, (version: FrameworkContent) => void, RegExp][] = [
    [
      "a version without its change list",
      (version) => delete version.changeLog,
      /lists what it changed against 2026\.2/,
    ],
    [
      "a change list naming a practice that does not exist",
      (version) => version.changeLog?.push({ practice: "no_such_practice", field: "name", note: { nl: "x", en: "x" } }),
      /no practice with id no_such_practice/,
    ],
    [
      "a Dutch decimal point",
      (version) => {
        practice(version, "objective_first_screening").evidence.summary.nl = "ongeveer 1.4 keer zo vaak";
      },
      /a Dutch decimal takes a comma/,
    ],
    [
      "a Dutch percent without a space",
      (version) => {
        practice(version, "refuse_discriminatory_requests").evidence.summary.nl = "ging 40% van de bureaus in op";
      },
      /space before the percent sign/,
    ],
    [
      "an English decimal comma",
      (version) => {
        practice(version, "objective_first_screening").evidence.summary.en = "about 1,4 times as often";
      },
      /an English decimal takes a point/,
    ],
    [
      "a retired CBS term in a change note",
      (version) =>
        version.changeLog?.push({ practice: null, field: "phases", note: { nl: "niet-westerse groepen", en: "x" } }),
      /internal label/,
    ],
  ];
  it.each(broken)("refuses %s", (_name, breakIt, message) => {
    const version = structuredClone(content);
    breakIt(version);
    expect(
      checkFrameworkContent(version)
        .map((issue) => issue.message)
        .join("\n"),
    ).toMatch(message);
  });
});
