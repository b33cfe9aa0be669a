import { z } from "@hono/zod-openapi";

export const ROLES = ["admin", "employer", "integration", "sector"] as const;
export const RoleSchema = z.enum(ROLES).openapi("Role", {
  description:
    "admin: operates the platform. employer: one organisation's own data. integration: an HR tool, for the organisations linked to it. sector: aggregates of its SBI sections only.",
});
export type Role = z.infer<typeof RoleSchema>;

/** OAuth scopes. A token carries the scopes its client asked for, within what its role allows. */
export const SCOPES = {
  "organisations:read": "Read organisation profiles you may see",
  "organisations:write": "Create and change organisation profiles",
  "assessments:read": "Read self-assessments and their scores",
  "assessments:write": "Fill in and submit self-assessments",
  "benchmarks:read": "Read benchmarks and aggregates",
  "benchmarks:release": "Cut benchmark releases",
  "frameworks:write": "Create, publish and retire framework versions",
  "reference:write": "Load and publish reference data (labour-market availability)",
  "clients:write": "Manage API clients and their access",
  "audit:read": "Read the audit log of writes",
  "webhooks:manage": "Subscribe to events (webhooks) and read their deliveries",
} as const;
export type Scope = keyof typeof SCOPES;

const ALL_SCOPES = Object.keys(SCOPES) as Scope[];
const ORGANISATION_SCOPES: Scope[] = [
  "organisations:read",
  "organisations:write",
  "assessments:read",
  "assessments:write",
  "benchmarks:read",
  "webhooks:manage",
];

export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  admin: ALL_SCOPES,
  employer: ORGANISATION_SCOPES,
  integration: ORGANISATION_SCOPES,
  sector: ["benchmarks:read", "webhooks:manage"],
};

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}
