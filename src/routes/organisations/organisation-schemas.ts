import { z } from "@hono/zod-openapi";
import type { Role } from "../../auth/roles.js";
import { SbiSectionSchema, SizeClassSchema } from "../../domain/framework/framework-schema.js";
import { freeText } from "../../domain/free-text.js";
import { PROVINCE_CODES } from "../../domain/organisation-profile.js";
import type { Organisation } from "../../store/organisations.js";
import { pageSchema } from "../pagination.js";

export const OrganisationIdSchema = z
  .string()
  .regex(/^org_[a-z2-7]{24}$/, "not an organisation id")
  .openapi({ example: "org_k3vq7zq2m4x5c6b7nhpjr2s3", description: "Opaque and unguessable." });

export const OrganisationParamsSchema = z.object({
  organisationId: OrganisationIdSchema.openapi({ param: { name: "organisationId", in: "path" } }),
});

export const ProvinceCodeSchema = z.enum(PROVINCE_CODES).openapi("ProvinceCode", {
  description: "Province, by ISO 3166-2:NL code.",
});

const profileFields = {
  name: freeText({ max: 200 }).openapi({ example: "Bakkerij De Korenaar" }),
  kvkNumber: z
    .string()
    .regex(/^\d{8}$/, "must be 8 digits")
    .nullable()
    .optional()
    .openapi({ description: "KvK-nummer (Chamber of Commerce), 8 digits.", example: "12345678" }),
  sbiSection: SbiSectionSchema.optional().openapi({
    description: "SBI 2008 section A–U. May be left out when sbiCode is given (it is derived).",
  }),
  sbiCode: z
    .string()
    .regex(/^\d{2}(\.?\d{1,3})?$/, "must be an SBI code such as 1071 or 10.71")
    .nullable()
    .optional()
    .openapi({
      description: "Full SBI 2008 code; its section is derived and must agree with sbiSection.",
      example: "1071",
    }),
  headcount: z.number().int().min(1).max(1_000_000).openapi({ description: "Number of employees.", example: 35 }),
  region: ProvinceCodeSchema,
  labourMarketRegion: freeText({ max: 100, description: "Arbeidsmarktregio." }).nullable().optional(),
  hasHrDepartment: z.boolean(),
  legalForm: freeText({ max: 100 }).openapi({ example: "bv" }).nullable().optional(),
};

export const CreateOrganisationSchema = z.strictObject(profileFields).openapi("CreateOrganisation");

export const UpdateOrganisationSchema = z
  .strictObject({
    ...profileFields,
    name: profileFields.name.optional(),
    headcount: profileFields.headcount.optional(),
    region: ProvinceCodeSchema.optional(),
    hasHrDepartment: z.boolean().optional(),
  })
  .openapi("UpdateOrganisation", { description: "Only the fields you send change; null clears an optional field." });
export type UpdateOrganisation = z.infer<typeof UpdateOrganisationSchema>;
export type CreateOrganisation = z.infer<typeof CreateOrganisationSchema>;

export const OrganisationSchema = z
  .object({
    organisationId: OrganisationIdSchema,
    name: z.string(),
    kvkNumber: z.string().nullable(),
    sbiSection: SbiSectionSchema,
    sbiCode: z.string().nullable(),
    headcount: z.number().int(),
    sizeClass: SizeClassSchema,
    region: ProvinceCodeSchema,
    labourMarketRegion: z.string().nullable(),
    hasHrDepartment: z.boolean(),
    legalForm: z.string().nullable(),
    kvkHeld: z.boolean().optional().openapi({
      description:
        "Admins only. True while this registration's KvK number was already another registration's when it was given and no admin has confirmed that they are one organisation (`POST /organisations/{organisationId}/kvk-confirmation`): until then it takes no part in benchmark releases. Other callers never see it, so a registration does not tell whether its number was registered before.",
    }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Organisation");

export const OrganisationPageSchema = pageSchema(OrganisationSchema, "OrganisationPage");

/** The organisation as `role` may see it: whether its KvK number is held is for admins only. */
export function organisationView(organisation: Organisation, role: Role): z.infer<typeof OrganisationSchema> {
  const { id, kvkHeld, ...rest } = organisation;
  return { organisationId: id, ...rest, ...(role === "admin" ? { kvkHeld } : {}) };
}
