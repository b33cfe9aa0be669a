import type { Language } from "./framework/localize.js";
import type { AvailabilityCell, AvailabilityFigure } from "./labour-market/availability.js";
import { formatPercent } from "./localized-number.js";
import { PROVINCES } from "./organisation-profile.js";
import type { Reason, VulnerableFigure } from "./recommendations.js";

/**
 * The plain-language "why" of a recommendation, in Dutch or English. Pure. Users read these texts:
 * no internal labels (file names, "seed"), numbers as each language writes them, and sources named
 * in the evidence, not here.
 */

const LEVELS = {
  nl: ["niet aanwezig", "incidenteel", "deels ingevoerd", "structureel ingebed", "ingebed en geëvalueerd"],
  en: ["not in place", "ad hoc", "partly in place", "structurally embedded", "embedded and evaluated"],
} as const;

/**
 * Each figure as a phrase around "X %". Dutch puts the verb before the share after the opening "Van uw
 * medewerkers" ("Van uw medewerkers is 30 % ouder dan 55 jaar en heeft 45 % …"), English after it.
 */
const FIGURES_NL: Record<VulnerableFigure, { verb: string; rest: string }> = {
  agedOver55Share: { verb: "is", rest: "ouder dan 55 jaar" },
  atMostMbo2Share: { verb: "heeft", rest: "hoogstens een opleiding op mbo-2-niveau" },
  routineWorkShare: { verb: "doet", rest: "vooral routinematig werk" },
};
const FIGURES: Record<"en", Record<VulnerableFigure, string>> = {
  en: {
    agedOver55Share: "are over 55",
    atMostMbo2Share: "have at most an MBO level 2 education",
    routineWorkShare: "do mainly routine work",
  },
};

/** Whose share it is, after "X %" (Dutch: "4 % van uw medewerkers"). */
const AVAILABILITY_FIGURES: Record<Language, Record<AvailabilityFigure, string>> = {
  nl: {
    migrationBackgroundShare: "van uw medewerkers",
    migrationBackgroundHiresShare: "van wie u vorig jaar aannam",
    migrationBackgroundManagementShare: "van uw leidinggevenden",
  },
  en: {
    migrationBackgroundShare: "of your employees",
    migrationBackgroundHiresShare: "of last year's hires",
    migrationBackgroundManagementShare: "of your managers",
  },
};

/** The labour-market cell in words: "SBI-sectie C in Zuid-Holland", or the broader cell used. */
export function cellName(cell: AvailabilityCell, lang: Language): string {
  const province = cell.region === null ? null : PROVINCES[cell.region];
  if (cell.section !== null && province !== null) {
    return lang === "nl" ? `SBI-sectie ${cell.section} in ${province}` : `SBI section ${cell.section} in ${province}`;
  }
  if (cell.section !== null) {
    return lang === "nl"
      ? `SBI-sectie ${cell.section} in heel Nederland`
      : `SBI section ${cell.section} across the Netherlands`;
  }
  if (province !== null) return lang === "nl" ? `alle sectoren in ${province}` : `all sectors in ${province}`;
  return lang === "nl" ? "heel Nederland" : "the Netherlands as a whole";
}

const GOALS = {
  nl: { instroom: "instroom", doorstroom: "doorstroom", behoud: "behoud", leren: "leren en ontwikkelen" },
  en: { instroom: "intake", doorstroom: "progression", behoud: "retention", leren: "learning" },
} as const;

function joined(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${lang === "nl" ? "en" : "and"} ${last}`;
}

export function explainReason(reason: Reason, lang: Language, nameOf: (practiceId: string) => string): string {
  const pct = (value: number) => formatPercent(value, lang);
  const list = (ids: readonly string[]) => joined(ids.map(nameOf), lang);
  switch (reason.kind) {
    case "gap":
      return lang === "nl"
        ? reason.answered
          ? `U gaf dit aan als "${LEVELS.nl[reason.current]}" (${reason.current} van 4).`
          : "U heeft deze vraag nog niet beantwoord; ze telt voorlopig als 0."
        : reason.answered
          ? `You answered "${LEVELS.en[reason.current]}" (${reason.current} of 4).`
          : "You have not answered this yet; it counts as 0 for now.";
    case "legalDuty": {
      const planned = reason.planned
        ? lang === "nl"
          ? " Er is een actie voor gepland; tot die is uitgevoerd, blijft dit bovenaan staan."
          : " An action is planned for it; until it is carried out, this stays at the top."
        : "";
      return lang === "nl"
        ? `Wettelijk verplicht: ${reason.law}, ${reason.article}. Dit heeft voorrang op alle andere stappen.${planned}`
        : `Required by law: ${reason.law}, ${reason.article}. This comes before every other step.${planned}`;
    }
    case "goal":
      return lang === "nl"
        ? `Dit draagt bij aan uw doel: ${GOALS.nl[reason.goal]}.`
        : `It serves your goal: ${GOALS.en[reason.goal]}.`;
    case "interference": {
      const strengths = joined(
        reason.undoes.map(
          (strength) => `${nameOf(strength.practiceId)} (${lang === "nl" ? "niveau" : "level"} ${strength.maturity})`,
        ),
        lang,
      );
      return lang === "nl"
        ? `Neem eerst deze drempel weg: zonder deze praktijk gaat de winst van ${strengths} verloren (interferentie).`
        : `Fix this barrier first: without it, the benefit of ${strengths} is undone (interference).`;
    }
    case "compensation":
      return lang === "nl"
        ? `Dit kan een zwakke plek elders opvangen: ${list(reason.compensates.map((spot) => spot.practiceId))} (compensatie).`
        : `It can make up for a weak spot elsewhere: ${list(reason.compensates.map((spot) => spot.practiceId))} (compensation).`;
    case "reinforcement":
      return lang === "nl"
        ? `Dit werkt het best samen met ${list(reason.with)}: ze versterken elkaar.`
        : `It works best together with ${list(reason.with)}: they reinforce each other.`;
    case "learningGap":
      return lang === "nl"
        ? `Uw cijfers tonen een leerkloof: van de medewerkers met een migratieachtergrond volgde vorig jaar ${pct(reason.withMigrationBackground)} een opleiding of training voor het werk, tegenover ${pct(reason.withoutMigrationBackground)} van de medewerkers zonder migratieachtergrond.`
        : `Your figures show a learning gap: ${pct(reason.withMigrationBackground)} of employees with a migration background took part in work-related learning last year, against ${pct(reason.withoutMigrationBackground)} of those without.`;
    case "vulnerableProfile": {
      const figures = joined(
        reason.factors.map((factor) =>
          lang === "nl"
            ? `${FIGURES_NL[factor.figure].verb} ${pct(factor.share)} ${FIGURES_NL[factor.figure].rest}`
            : `${pct(factor.share)} ${FIGURES.en[factor.figure]}`,
        ),
        lang,
      );
      return lang === "nl"
        ? `Van uw medewerkers ${figures}. Waar zulke kenmerken samenkomen, stapelen drempels voor leren op het werk zich op: minder tijd, steun en passend aanbod. Dat ligt aan de drempels, niet aan de mensen, en drempels kunt u wegnemen.`
        : `Of your employees, ${figures}. Where such features come together, barriers to learning at work pile up: less time, support and fitting offers. That lies in the barriers, not in the people, and barriers can be removed.`;
    }
    case "labourMigrants": {
      const parts = [
        reason.labourMigrantShare === null
          ? null
          : lang === "nl"
            ? `${pct(reason.labourMigrantShare)} van de mensen die bij u werken, is arbeidsmigrant`
            : `${pct(reason.labourMigrantShare)} of the people working for you are labour migrants`,
        reason.agencyWorkerShare === null
          ? null
          : lang === "nl"
            ? `${pct(reason.agencyWorkerShare)} werkt via een uitzendbureau`
            : `${pct(reason.agencyWorkerShare)} work through an agency`,
      ].filter((part): part is string => part !== null);
      return lang === "nl"
        ? `${joined(parts, lang).replace(/^./, (first) => first.toUpperCase())}. Arbeidsmigranten zijn vaak afhankelijk van uitzendbureau en werkgever, en kennen de taal en hun rechten niet altijd: deze praktijk richt zich daarop.`
        : `${joined(parts, lang).replace(/^./, (first) => first.toUpperCase())}. Labour migrants often depend on their agency and employer, and do not always know the language or their rights: this practice addresses that.`;
    }
    case "statushouders":
      return lang === "nl"
        ? `${pct(reason.share)} van de mensen die bij u werken, is statushouder: deze praktijk hoort bij een goed leerwerktraject voor hen.`
        : `${pct(reason.share)} of the people working for you are refugees with a residence permit: this practice is part of a good learn-work trajectory for them.`;
    case "belowAvailability": {
      const figures = joined(
        reason.figures.map((figure) => `${pct(figure.own)} ${AVAILABILITY_FIGURES[lang][figure.figure]}`),
        lang,
      );
      const cell = cellName(reason.cell, lang);
      const aim =
        reason.phase === "werving_selectie"
          ? lang === "nl"
            ? "deze praktijk helpt om breder te werven en eerlijker te selecteren"
            : "this practice helps you recruit more widely and select more fairly"
          : lang === "nl"
            ? "deze praktijk helpt om mensen met een migratieachtergrond te laten doorstromen"
            : "this practice helps people with a migration background progress";
      return lang === "nl"
        ? `Een migratieachtergrond heeft ${figures}, tegenover ${pct(reason.availability)} van de werkenden in ${cell} (${reason.source}, ${reason.year}). Dat is ver onder wat de arbeidsmarkt biedt: ${aim}.`
        : `${figures.replace(/^./, (first) => first.toUpperCase())} have a migration background, compared with ${pct(reason.availability)} of the working population in ${cell} (${reason.source}, ${reason.year}). That is far below what the labour market offers: ${aim}.`;
    }
    case "peers":
      return lang === "nl"
        ? `${pct(reason.adoptionRate)} van vergelijkbare organisaties heeft dit structureel ingebed.`
        : `${pct(reason.adoptionRate)} of comparable organisations have this structurally embedded.`;
  }
}
