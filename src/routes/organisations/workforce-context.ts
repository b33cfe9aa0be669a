import { z } from "@hono/zod-openapi";
import { sharesDescribingTooFewPeople } from "../../domain/workforce-minimum-people.js";
import { invalidField, validationFailed } from "../../errors.js";
import { auditEvent } from "../../http/audit-trail.js";
import type { ApiRouter } from "../../openapi/api-router.js";
import { defineRoute } from "../../openapi/define-route.js";
import { findVisibleOrganisation } from "../../store/organisations.js";
import { EMPTY_WORKFORCE, getWorkforce, putWorkforce, WORKFORCE_SOURCES } from "../../store/workforce.js";
import { organisationNotFound } from "./get-organisation.js";
import { OrganisationParamsSchema } from "./organisation-schemas.js";

/**
 * The optional workforce context: organisation-level percentages only. The schema is closed, so
 * anything else (and anything about a person) is refused with the field named, and nothing stored.
 * A share that would describe fewer than WORKFORCE_MIN_PEOPLE people is refused too
 * (src/domain/workforce-minimum-people.ts).
 */
const share = (description: string) =>
  z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .optional()
    .openapi({ description: `${description} (0–100).` });

const count = (description: string) =>
  z.number().int().min(0).max(10_000_000).nullable().optional().openapi({ description });

const WorkforceFields = {
  referenceYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .nullable()
    .optional()
    .openapi({ description: "The year the figures are about." }),
  migrationBackgroundShare: share("Share of employees with a migration background"),
  migrationBackgroundManagementShare: share("Share with a migration background among managers"),
  migrationBackgroundHiresShare: share("Share with a migration background among last year's hires"),
  learningParticipationWithMigrationBackground: share(
    "Share of employees with a migration background who took part in work-related learning last year",
  ),
  learningParticipationWithoutMigrationBackground: share(
    "Share of employees without a migration background who took part in work-related learning last year",
  ),
  agedOver55Share: share("Share of employees over 55"),
  atMostMbo2Share: share("Share of employees with at most MBO-2 education"),
  routineWorkShare: share("Share of employees in routine work"),
  labourMigrantShare: share(
    "Share of the people working here who are labour migrants (e.g. from Central and Eastern Europe), directly employed or through an agency",
  ),
  agencyWorkerShare: share("Share of the people working here who are hired through an employment agency"),
  statushouderShare: share(
    "Share of the people working here who are statushouders (refugees with a residence permit), including those in a learn-work trajectory",
  ),
  managerCount: count(
    "The number of managers: required with migrationBackgroundManagementShare, which is refused below the minimum number of people.",
  ),
  hiresCount: count(
    "The number of people hired last year: required with migrationBackgroundHiresShare, which is refused below the minimum number of people.",
  ),
  source: z.enum(WORKFORCE_SOURCES).nullable().optional().openapi({
    description:
      "Where the figures came from: an anonymous employee survey, the CBS Barometer Culturele Diversiteit, aggregate figures from the HR system, or an estimate (docs/measurement.md).",
  }),
};

const WorkforceInputSchema = z.strictObject(WorkforceFields).openapi("WorkforceContextInput");
const WorkforceSchema = z
  .object({
    ...Object.fromEntries(Object.entries(WorkforceFields).map(([key, schema]) => [key, schema.unwrap()])),
    updatedAt: z.string().nullable(),
  })
  .openapi("WorkforceContext");

const access = { roles: ["admin", "employer", "integration"] as const, othersSeeNotFound: true };

export const getWorkforceContextRoute = defineRoute({
  method: "get",
  path: "/organisations/{organisationId}/workforce-context",
  operationId: "getWorkforceContext",
  tags: ["Organisations"],
  summary: "The organisation's workforce figures (organisation-level only)",
  description:
    "The optional organisation-level workforce figures (headcount, shares with a migration background, learning participation): never about a person. Null fields were not given.",
  access: { ...access, roles: [...access.roles], scope: "organisations:read" },
  request: { params: OrganisationParamsSchema },
  responses: {
    200: {
      description: "The figures; all null when none were given.",
      content: { "application/json": { schema: WorkforceSchema } },
    },
  },
});

export const putWorkforceContextRoute = defineRoute({
  method: "put",
  path: "/organisations/{organisationId}/workforce-context",
  operationId: "putWorkforceContext",
  tags: ["Organisations"],
  summary: "Set the organisation's workforce figures (replaces them)",
  description:
    "Percentages about the organisation as a whole. Learning participation is given for both groups or neither (the gap is what counts), with the share with a migration background. A share is refused when it would describe fewer than the minimum number of people (default 10): shares of the whole workforce below that headcount, the management share without managerCount or below that many managers, the hires share likewise with hiresCount. Personal data is refused.",
  access: { ...access, roles: [...access.roles], scope: "organisations:write" },
  request: {
    params: OrganisationParamsSchema,
    body: { required: true, content: { "application/json": { schema: WorkforceInputSchema } } },
  },
  responses: {
    200: { description: "The figures as stored.", content: { "application/json": { schema: WorkforceSchema } } },
  },
});

export function registerWorkforceContext(router: ApiRouter): void {
  router.openapi(getWorkforceContextRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const db = c.get("deps").storage.db;
    if ((await findVisibleOrganisation(db, c.get("principal"), organisationId)) === undefined) {
      throw organisationNotFound(organisationId);
    }
    return c.json((await getWorkforce(db, organisationId)) ?? { ...EMPTY_WORKFORCE, updatedAt: null }, 200);
  });

  router.openapi(putWorkforceContextRoute, async (c) => {
    const { organisationId } = c.req.valid("param");
    const input = c.req.valid("json");
    const deps = c.get("deps");
    const organisation = await findVisibleOrganisation(deps.storage.db, c.get("principal"), organisationId);
    if (organisation === undefined) throw organisationNotFound(organisationId);
    const withMigration = input.learningParticipationWithMigrationBackground ?? null;
    const withoutMigration = input.learningParticipationWithoutMigrationBackground ?? null;
    if ((withMigration === null) !== (withoutMigration === null)) {
      const missing =
        withMigration === null
          ? "learningParticipationWithMigrationBackground"
          : "learningParticipationWithoutMigrationBackground";
      throw invalidField("body", `/${missing}`, "Give learning participation for both groups, or for neither");
    }
    const context = Object.fromEntries(
      Object.keys(EMPTY_WORKFORCE).map((key) => [key, input[key as keyof typeof input] ?? null]),
    ) as unknown as typeof EMPTY_WORKFORCE;
    const tooFew = sharesDescribingTooFewPeople(context, organisation.headcount, deps.settings.workforce.minPeople);
    if (tooFew.length > 0) {
      throw validationFailed(
        tooFew.map((refusal) => ({ in: "body", pointer: `/${refusal.field}`, message: refusal.message })),
      );
    }
    // The event names the change, never the figures.
    await putWorkforce(deps.storage, organisationId, context, deps.clock.now(), [
      auditEvent(c, "organisation", organisationId, "replace-workforce-context"),
    ]);
    return c.json(
      (await getWorkforce(deps.storage.db, organisationId)) ?? { ...EMPTY_WORKFORCE, updatedAt: null },
      200,
    );
  });
}
