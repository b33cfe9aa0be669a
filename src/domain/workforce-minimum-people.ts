/**
 * A share about a handful of people is a statement about those people: the management share of a firm
 * of 20 describes one or two managers, and their migration background is special-category data (AVG
 * art. 9). So each workforce share is accepted only when the group it is a share OF holds at least a set
 * number of people (docs/privacy.md, "Workforce figures"). Pure: the route supplies the headcount.
 */

export interface WorkforceShares {
  readonly migrationBackgroundShare: number | null;
  readonly migrationBackgroundManagementShare: number | null;
  readonly migrationBackgroundHiresShare: number | null;
  readonly learningParticipationWithMigrationBackground: number | null;
  readonly learningParticipationWithoutMigrationBackground: number | null;
  readonly agedOver55Share: number | null;
  readonly atMostMbo2Share: number | null;
  readonly routineWorkShare: number | null;
  readonly labourMigrantShare: number | null;
  readonly agencyWorkerShare: number | null;
  readonly statushouderShare: number | null;
  readonly managerCount: number | null;
  readonly hiresCount: number | null;
}

export interface TooFewPeople {
  readonly field: keyof WorkforceShares;
  readonly message: string;
}

/** Shares of the whole workforce: they describe as many people as the organisation employs. */
const WHOLE_WORKFORCE = [
  "migrationBackgroundShare",
  "agedOver55Share",
  "atMostMbo2Share",
  "routineWorkShare",
  "labourMigrantShare",
  "agencyWorkerShare",
  "statushouderShare",
] as const;

/**
 * Every given share that would describe fewer than `minPeople` people, with a message that says what
 * would make it acceptable. `headcount` is the organisation's own (it is always known).
 */
export function sharesDescribingTooFewPeople(
  figures: WorkforceShares,
  headcount: number,
  minPeople: number,
): TooFewPeople[] {
  const refused: TooFewPeople[] = [];
  for (const field of WHOLE_WORKFORCE) {
    if (figures[field] !== null && headcount < minPeople) {
      refused.push({
        field,
        message: `A share of a workforce of ${headcount} describes fewer than ${minPeople} people: it is not accepted`,
      });
    }
  }
  const ofGroup = (
    field: "migrationBackgroundManagementShare" | "migrationBackgroundHiresShare",
    count: "managerCount" | "hiresCount",
    group: string,
  ) => {
    if (figures[field] === null) return;
    const people = figures[count];
    if (people === null) {
      refused.push({ field, message: `Give ${count} (the number of ${group}) with this share` });
    } else if (people < minPeople) {
      refused.push({
        field,
        message: `A share of ${people} ${group} describes fewer than ${minPeople} people: it is not accepted`,
      });
    }
  };
  ofGroup("migrationBackgroundManagementShare", "managerCount", "managers");
  ofGroup("migrationBackgroundHiresShare", "hiresCount", "people hired last year");

  // Learning participation is a share of each group: those with and those without a migration background.
  const withMb = figures.learningParticipationWithMigrationBackground;
  if (withMb !== null || figures.learningParticipationWithoutMigrationBackground !== null) {
    const share = figures.migrationBackgroundShare;
    const field = "learningParticipationWithMigrationBackground";
    if (share === null) {
      refused.push({
        field,
        message:
          "Give migrationBackgroundShare with learning participation: it shows how many people each share describes",
      });
    } else {
      const withCount = Math.floor((headcount * share) / 100);
      const withoutCount = headcount - Math.ceil((headcount * share) / 100);
      if (withCount < minPeople || withoutCount < minPeople) {
        refused.push({
          field: withCount < minPeople ? field : "learningParticipationWithoutMigrationBackground",
          message: `Learning participation of a group of about ${Math.min(withCount, withoutCount)} people describes fewer than ${minPeople} people: it is not accepted`,
        });
      }
    }
  }
  return refused;
}
