import { type Kysely, sql } from "kysely";
import type { Role } from "../auth/roles.js";
import type { Storage, WriteStatement } from "../db/storage.js";
import type { SbiSection } from "../domain/framework/framework-schema.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import { preparedQuery } from "./prepared-query.js";
import type { ClientsTable, DatabaseSchema } from "./schema.js";

export interface ClientRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly status: "active" | "disabled";
  readonly organisationId: string | null;
  readonly sections: SbiSection[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface NewClient {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly secretHash: string;
  readonly organisationId: string | null;
  readonly sections: readonly SbiSection[];
  readonly now: Date;
}

function toRecord(
  row: Omit<ClientsTable, "secret_hash" | "credential_generation">,
  sections: SbiSection[],
): ClientRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    status: row.status as ClientRecord["status"],
    organisationId: row.organisation_id,
    sections,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const PUBLIC_COLUMNS = ["id", "name", "role", "status", "organisation_id", "created_at", "updated_at"] as const;

function sectionStatements(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  sections: readonly SbiSection[],
): WriteStatement[] {
  return sections.map((section) =>
    db.insertInto("client_sections").values({ client_id: clientId, sbi_section: section }),
  );
}

export async function insertClient(
  storage: Storage,
  client: NewClient,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const now = client.now.toISOString();
  await storage.writeAtomically([
    storage.db.insertInto("clients").values({
      id: client.id,
      name: client.name,
      role: client.role,
      status: "active",
      secret_hash: client.secretHash,
      organisation_id: client.organisationId,
      created_at: now,
      updated_at: now,
    }),
    ...sectionStatements(storage.db, client.id, client.sections),
    ...alsoWrite,
  ]);
}

export async function sectionsOf(
  db: Kysely<DatabaseSchema>,
  clientIds: readonly string[],
): Promise<Map<string, SbiSection[]>> {
  const bySection = new Map<string, SbiSection[]>();
  if (clientIds.length === 0) return bySection;
  const rows = await db
    .selectFrom("client_sections")
    .select(["client_id", "sbi_section"])
    .where("client_id", "in", clientIds)
    .orderBy("sbi_section")
    .execute();
  for (const row of rows) {
    const list = bySection.get(row.client_id) ?? [];
    list.push(row.sbi_section as SbiSection);
    bySection.set(row.client_id, list);
  }
  return bySection;
}

export async function getClient(db: Kysely<DatabaseSchema>, id: string): Promise<ClientRecord | undefined> {
  const row = await db.selectFrom("clients").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
  if (row === undefined) return undefined;
  return toRecord(row, (await sectionsOf(db, [id])).get(id) ?? []);
}

export async function listClients(
  db: Kysely<DatabaseSchema>,
  page: PageRequest,
): Promise<{ clients: ClientRecord[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await cursorPage(db.selectFrom("clients").select(PUBLIC_COLUMNS), page);
  const sections = await sectionsOf(
    db,
    rows.map((row) => row.id),
  );
  return { clients: rows.map((row) => toRecord(row, sections.get(row.id) ?? [])), nextCursor };
}

/** What the token endpoint needs to authenticate a client. */
export async function findClientCredentials(db: Kysely<DatabaseSchema>, id: string) {
  const [client] = await clientCredentials(db, { id });
  return client;
}

// Asked on every token request: built once (prepared-query.ts).
const clientCredentials = preparedQuery((db, values: { id: string }) =>
  db
    .selectFrom("clients")
    .select(["id", "role", "status", "secret_hash", "organisation_id", "credential_generation"])
    .where("id", "=", values.id),
);

/** The active client behind a token, or undefined when it is disabled or gone. */
export async function findActiveClient(db: Kysely<DatabaseSchema>, id: string) {
  const [client] = await activeClient(db, { id });
  return client;
}

// Asked on every authenticated request: built once (prepared-query.ts).
const activeClient = preparedQuery((db, values: { id: string }) =>
  db
    .selectFrom("clients")
    .select(["id", "role", "organisation_id", "credential_generation"])
    .where("id", "=", values.id)
    .where("status", "=", "active"),
);

/**
 * Applies the changes (with `alsoWrite` in the same atomic write); false when there is no such client.
 * A new secret is a rotation: it moves the client to its next credential generation, which ends every
 * access token and report link issued before.
 */
export async function updateClient(
  storage: Storage,
  id: string,
  changes: { name?: string; status?: "active" | "disabled"; secretHash?: string },
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const update = storage.db
    .updateTable("clients")
    .set((eb) => ({
      ...(changes.secretHash === undefined
        ? {}
        : { secret_hash: changes.secretHash, credential_generation: eb("credential_generation", "+", 1) }),
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...(changes.status === undefined ? {} : { status: changes.status }),
      updated_at: now.toISOString(),
    }))
    .where("id", "=", id);
  const [result] = await storage.writeAtomically([update, ...alsoWrite]);
  return (result?.rowsAffected ?? 0) > 0;
}

/**
 * Replaces a legacy hash of the same secret by its current form (not a rotation: tokens keep working).
 * Only when the stored hash is still `previous`, so it never undoes a rotation that happened meanwhile.
 */
export async function replaceSecretHash(
  db: Kysely<DatabaseSchema>,
  id: string,
  previous: string,
  next: string,
): Promise<void> {
  await db
    .updateTable("clients")
    .set({ secret_hash: next })
    .where("id", "=", id)
    .where("secret_hash", "=", previous)
    .execute();
}

export async function replaceClientSections(
  storage: Storage,
  clientId: string,
  sections: readonly SbiSection[],
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db.deleteFrom("client_sections").where("client_id", "=", clientId),
    ...sectionStatements(storage.db, clientId, sections),
    storage.db.updateTable("clients").set({ updated_at: now.toISOString() }).where("id", "=", clientId),
    ...alsoWrite,
  ]);
}

export async function linkClientOrganisation(
  storage: Storage,
  clientId: string,
  organisationId: string,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  await storage.writeAtomically([
    storage.db
      .insertInto("client_organisations")
      .values({ client_id: clientId, organisation_id: organisationId, created_at: now.toISOString() })
      .onConflict((conflict) => conflict.columns(["client_id", "organisation_id"]).doNothing()),
    ...alsoWrite,
  ]);
}

export async function unlinkClientOrganisation(
  storage: Storage,
  clientId: string,
  organisationId: string,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db
      .deleteFrom("client_organisations")
      .where("client_id", "=", clientId)
      .where("organisation_id", "=", organisationId),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}

export async function adminClientExists(db: Kysely<DatabaseSchema>): Promise<boolean> {
  const row = await db.selectFrom("clients").select("id").where("role", "=", "admin").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Makes the client an active admin with this secret hash, creating it if needed (the bootstrap admin). */
export async function upsertAdminClient(
  db: Kysely<DatabaseSchema>,
  client: { id: string; name: string; secretHash: string; now: Date; secretChanged: boolean },
): Promise<void> {
  const now = client.now.toISOString();
  await db
    .insertInto("clients")
    .values({
      id: client.id,
      name: client.name,
      role: "admin",
      status: "active",
      secret_hash: client.secretHash,
      organisation_id: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) =>
      conflict.column("id").doUpdateSet({
        role: "admin",
        status: "active",
        organisation_id: null,
        secret_hash: client.secretHash,
        // A configured secret that changed is a rotation: tokens of the old one end. Re-enabling an
        // admin with the same secret is not.
        ...(client.secretChanged ? { credential_generation: sql<number>`credential_generation + 1` } : {}),
        updated_at: now,
      }),
    )
    .execute();
}
