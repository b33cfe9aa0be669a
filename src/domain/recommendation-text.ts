import type { Language } from "./framework/localize.js";
import type { Reason } from "./recommendations.js";

/** The plain-language "why" of a recommendation, in Dutch or English. Pure. */

const LEVELS = {
  nl: ["niet aanwezig", "incidenteel", "deels ingevoerd", "structureel ingebed", "ingebed en geëvalueerd"],
  en: ["not in place", "ad hoc", "partly in place", "structurally embedded", "embedded and evaluated"],
} as const;

const FIGURES = {
  nl: {
    agedOver55Share: "ouder dan 55",
    atMostMbo2Share: "met hoogstens mbo-2",
    routineWorkShare: "in routinematig werk",
  },
  en: { agedOver55Share: "over 55", atMostMbo2Share: "with at most MBO-2", routineWorkShare: "in routine work" },
} as const;

const GOALS = {
  nl: { instroom: "instroom", doorstroom: "doorstroom", behoud: "behoud", leren: "leren en ontwikkelen" },
  en: { instroom: "intake", doorstroom: "progression", behoud: "retention", leren: "learning" },
} as const;

export function explainReason(reason: Reason, lang: Language, nameOf: (practiceId: string) => string): string {
  const list = (ids: readonly string[]) => ids.map(nameOf).join(lang === "nl" ? ", " : ", ");
  switch (reason.kind) {
    case "gap":
      return lang === "nl"
        ? reason.answered
          ? `U gaf dit aan als "${LEVELS.nl[reason.current]}" (${reason.current} van 4).`
          : "U heeft deze vraag nog niet beantwoord; hij telt nu als 0."
        : reason.answered
          ? `You answered "${LEVELS.en[reason.current]}" (${reason.current} of 4).`
          : "You have not answered this yet; it counts as 0 for now.";
    case "goal":
      return lang === "nl"
        ? `Dit dient uw doel: ${GOALS.nl[reason.goal]}.`
        : `It serves your goal: ${GOALS.en[reason.goal]}.`;
    case "interference": {
      const strengths = reason.undoes
        .map((strength) => `${nameOf(strength.practiceId)} (${strength.maturity})`)
        .join(", ");
      return lang === "nl"
        ? `Eerst deze drempel wegnemen: zonder deze praktijk gaat de winst van ${strengths} verloren (interferentie, seed 004).`
        : `Fix this barrier first: without it, the benefit of ${strengths} is undone (interference, seed 004).`;
    }
    case "compensation":
      return lang === "nl"
        ? `Dit compenseert een zwakke plek die lastig snel te veranderen is: ${list(reason.compensates.map((spot) => spot.practiceId))} (compensatie, seed 004).`
        : `It makes up for a weak spot that is hard to change soon: ${list(reason.compensates.map((spot) => spot.practiceId))} (compensation, seed 004).`;
    case "reinforcement":
      return lang === "nl"
        ? `Werkt het best samen met ${list(reason.with)}: ze versterken elkaar (versterking, seed 004).`
        : `Works best together with ${list(reason.with)}: they reinforce each other (reinforcement, seed 004).`;
    case "learningGap":
      return lang === "nl"
        ? `Uw cijfers tonen een leerkloof: ${reason.withMigrationBackground}% van de medewerkers met een migratieachtergrond leerde vorig jaar, tegen ${reason.withoutMigrationBackground}% zonder (MILLION, seed 000).`
        : `Your figures show a learning gap: ${reason.withMigrationBackground}% of employees with a migration background took part in learning last year, against ${reason.withoutMigrationBackground}% without (MILLION, seed 000).`;
    case "vulnerableProfile":
      return lang === "nl"
        ? `${reason.share}% van uw medewerkers is ${FIGURES.nl[reason.figure]}: een groep die minder vanzelf leert (kwetsbaar profiel, seed 004).`
        : `${reason.share}% of your employees are ${FIGURES.en[reason.figure]}: a group that learns less of its own accord (vulnerable profile, seed 004).`;
    case "peers":
      return lang === "nl"
        ? `${reason.adoptionRate}% van vergelijkbare organisaties heeft dit structureel ingebed.`
        : `${reason.adoptionRate}% of comparable organisations have this structurally embedded.`;
  }
}
