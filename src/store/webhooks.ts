import { CompiledQuery, type Kysely, type Selectable, sql } from "kysely";
import type { Storage, WriteStatement } from "../db/storage.js";
import { cursorPage, type PageRequest } from "./cursor.js";
import type { DatabaseSchema, WebhookDeliveryAttemptsTable, WebhookSubscriptionsTable } from "./schema.js";

export interface WebhookSubscription {
  readonly id: string;
  readonly clientId: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly status: "active" | "disabled";
  readonly disabledReason: string | null;
  readonly disabledAt: string | null;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function toSubscription(row: Omit<Selectable<WebhookSubscriptionsTable>, "secret">): WebhookSubscription {
  return {
    id: row.id,
    clientId: row.client_id,
    url: row.url,
    eventTypes: JSON.parse(row.event_types) as string[],
    status: row.status as WebhookSubscription["status"],
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SUBSCRIPTION_COLUMNS = [
  "id",
  "client_id",
  "url",
  "event_types",
  "status",
  "disabled_reason",
  "disabled_at",
  "revision",
  "created_at",
  "updated_at",
] as const;

export async function insertWebhookSubscription(
  storage: Storage,
  subscription: { id: string; clientId: string; url: string; eventTypes: readonly string[]; secret: string; now: Date },
  alsoWrite: readonly WriteStatement[] = [],
): Promise<void> {
  const at = subscription.now.toISOString();
  await storage.writeAtomically([
    storage.db.insertInto("webhook_subscriptions").values({
      id: subscription.id,
      client_id: subscription.clientId,
      url: subscription.url,
      event_types: JSON.stringify(subscription.eventTypes),
      secret: subscription.secret,
      status: "active",
      disabled_reason: null,
      disabled_at: null,
      revision: 1,
      created_at: at,
      updated_at: at,
    }),
    ...alsoWrite,
  ]);
}

/** The client's own subscription (another client's answers undefined: the route says 404). */
export async function getWebhookSubscription(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  id: string,
): Promise<WebhookSubscription | undefined> {
  const row = await db
    .selectFrom("webhook_subscriptions")
    .select(SUBSCRIPTION_COLUMNS)
    .where("id", "=", id)
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return row === undefined ? undefined : toSubscription(row);
}

export async function listWebhookSubscriptions(
  db: Kysely<DatabaseSchema>,
  clientId: string,
  page: PageRequest,
): Promise<{ subscriptions: WebhookSubscription[]; nextCursor: string | null }> {
  const query = db.selectFrom("webhook_subscriptions").select(SUBSCRIPTION_COLUMNS).where("client_id", "=", clientId);
  const { rows, nextCursor } = await cursorPage(query, page);
  return { subscriptions: rows.map(toSubscription), nextCursor };
}

/** Subscriptions whose signing secret is stored plain (before the KEK sealed them), a few at a time. */
export async function plainWebhookSecrets(
  db: Kysely<DatabaseSchema>,
  limit: number,
): Promise<{ id: string; secret: string }[]> {
  return db
    .selectFrom("webhook_subscriptions")
    .select(["id", "secret"])
    .where("secret", "not like", "aes256gcm$%")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/**
 * Stores another form of the same secret (sealed now) if the row still holds `previous`. Not a change
 * the client sees: neither its revision nor its ETag moves.
 */
export async function replaceStoredWebhookSecret(
  storage: Storage,
  id: string,
  previous: string,
  stored: string,
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db
      .updateTable("webhook_subscriptions")
      .set({ secret: stored })
      .where("id", "=", id)
      .where("secret", "=", previous),
  ]);
  return (result?.rowsAffected ?? 0) === 1;
}

export interface SubscriptionChanges {
  readonly url?: string;
  readonly eventTypes?: readonly string[];
  readonly status?: "active" | "disabled";
  readonly secret?: string;
}

/**
 * Applies the changes if the subscription is still at `expectedRevision` (false otherwise, or when
 * it is gone). Re-enabling clears the reason it was disabled; disabling by the client records one.
 */
export async function updateWebhookSubscription(
  storage: Storage,
  clientId: string,
  id: string,
  expectedRevision: number,
  changes: SubscriptionChanges,
  now: Date,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const at = now.toISOString();
  const [result] = await storage.writeAtomically([
    storage.db
      .updateTable("webhook_subscriptions")
      .set({
        ...(changes.url === undefined ? {} : { url: changes.url }),
        ...(changes.eventTypes === undefined ? {} : { event_types: JSON.stringify(changes.eventTypes) }),
        ...(changes.secret === undefined ? {} : { secret: changes.secret }),
        ...(changes.status === "active" ? { status: "active", disabled_reason: null, disabled_at: null } : {}),
        ...(changes.status === "disabled"
          ? { status: "disabled", disabled_reason: "Disabled by its client.", disabled_at: at }
          : {}),
        revision: expectedRevision + 1,
        updated_at: at,
      })
      .where("id", "=", id)
      .where("client_id", "=", clientId)
      .where("revision", "=", expectedRevision),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}

export async function deleteWebhookSubscription(
  storage: Storage,
  clientId: string,
  id: string,
  alsoWrite: readonly WriteStatement[] = [],
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db.deleteFrom("webhook_subscriptions").where("id", "=", id).where("client_id", "=", clientId),
    ...alsoWrite,
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}

export interface DeliveryAttempt {
  readonly id: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly attempt: number;
  readonly outcome: "delivered" | "failed" | "dropped";
  readonly responseStatus: number | null;
  readonly error: string | null;
  readonly nextAttemptAt: string | null;
  readonly createdAt: string;
}

function toAttempt(row: Selectable<WebhookDeliveryAttemptsTable>): DeliveryAttempt {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.event_type,
    attempt: row.attempt,
    outcome: row.outcome as DeliveryAttempt["outcome"],
    responseStatus: row.response_status,
    error: row.error,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
  };
}

export async function listDeliveryAttempts(
  db: Kysely<DatabaseSchema>,
  subscriptionId: string,
  page: PageRequest,
): Promise<{ attempts: DeliveryAttempt[]; nextCursor: string | null }> {
  const query = db.selectFrom("webhook_delivery_attempts").selectAll().where("subscription_id", "=", subscriptionId);
  const { rows, nextCursor } = await cursorPage(query, page);
  return { attempts: rows.map(toAttempt), nextCursor };
}

export interface NewWebhookEvent {
  readonly id: string;
  readonly type: string;
  /** Null for a public event (a release, a framework version). */
  readonly organisationId: string | null;
  /** Ids and links only: never answers, scores or workforce figures. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly occurredAt: string;
}

/**
 * The outbox row of an event, for the atomic write of the change it reports. `onlyIfPreviousChanged`:
 * written only when the statement just before it changed a row (as for audit events), so a second
 * revocation or a lost race reports nothing.
 */
export function webhookEventStatement(
  db: Kysely<DatabaseSchema>,
  event: NewWebhookEvent,
  options: { readonly onlyIfPreviousChanged?: boolean } = {},
): WriteStatement {
  const data = JSON.stringify(event.data);
  if (options.onlyIfPreviousChanged === true) {
    return sql`INSERT INTO webhook_events (id, type, organisation_id, data, created_at, fanned_out)
      SELECT ${event.id}, ${event.type}, ${event.organisationId}, ${data}, ${event.occurredAt}, 0
      WHERE changes() > 0`.compile(db);
  }
  // One text for every event (each runtime prepares it once), no query builder per write.
  return CompiledQuery.raw(INSERT_WEBHOOK_EVENT, [event.id, event.type, event.organisationId, data, event.occurredAt]);
}

const INSERT_WEBHOOK_EVENT =
  "INSERT INTO webhook_events (id, type, organisation_id, data, created_at) VALUES (?, ?, ?, ?, ?)";

/**
 * Whether subscription `s`'s client may see event `e` now: the client is active, and a per-organisation
 * event concerns an organisation it controls (an admin all, an employer its own, an integration
 * those linked to it, a sector client none). One text for fan-out and for the check at delivery.
 */
const VISIBLE_TO_SUBSCRIBER = sql<boolean>`(
  EXISTS (SELECT 1 FROM json_each(s.event_types) t WHERE t.value = e.type)
  AND EXISTS (
    SELECT 1 FROM clients c WHERE c.id = s.client_id AND c.status = 'active' AND (
      e.organisation_id IS NULL
      OR c.role = 'admin'
      OR c.role = 'employer' AND c.organisation_id = e.organisation_id
      OR c.role = 'integration' AND EXISTS (
        SELECT 1 FROM client_organisations l WHERE l.client_id = c.id AND l.organisation_id = e.organisation_id
      )
    )
  )
)`;

/**
 * Turns up to `limit` new events into one delivery per active subscription that wants the event
 * type and may see it (subscriptions made after the event do not get it). Each event in one
 * atomic write: its deliveries and its mark.
 */
export async function fanOutWebhookEvents(storage: Storage, limit: number): Promise<number> {
  const { db } = storage;
  const events = await db
    .selectFrom("webhook_events")
    .select(["id"])
    .where("fanned_out", "=", 0)
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  for (const event of events) {
    await storage.writeAtomically([
      sql`INSERT INTO webhook_deliveries (subscription_id, event_id, status, attempts, next_attempt_at, created_at)
        SELECT s.id, e.id, 'pending', 0, e.created_at, e.created_at
        FROM webhook_events e JOIN webhook_subscriptions s ON s.status = 'active' AND s.created_at <= e.created_at
        WHERE e.id = ${event.id} AND ${VISIBLE_TO_SUBSCRIBER}
        ON CONFLICT DO NOTHING`.compile(db),
      db.updateTable("webhook_events").set({ fanned_out: 1 }).where("id", "=", event.id),
    ]);
  }
  return events.length;
}

export interface DueDelivery {
  readonly subscriptionId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly data: string;
  readonly occurredAt: string;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly url: string;
  readonly secret: string;
  readonly subscriptionActive: boolean;
  /** The subscriber may see the event now (checked again at delivery, see VISIBLE_TO_SUBSCRIBER). */
  readonly visible: boolean;
}

/** Pending deliveries whose time has come, oldest first. */
export async function dueWebhookDeliveries(
  db: Kysely<DatabaseSchema>,
  now: Date,
  limit: number,
): Promise<DueDelivery[]> {
  const rows = await sql<{
    subscription_id: string;
    event_id: string;
    type: string;
    data: string;
    created_at: string;
    attempts: number;
    next_attempt_at: string;
    url: string;
    secret: string;
    status: string;
    visible: number;
  }>`SELECT d.subscription_id, d.event_id, e.type, e.data, e.created_at, d.attempts, d.next_attempt_at,
      s.url, s.secret, s.status, ${VISIBLE_TO_SUBSCRIBER} AS visible
    FROM webhook_deliveries d
    JOIN webhook_events e ON e.id = d.event_id
    JOIN webhook_subscriptions s ON s.id = d.subscription_id
    WHERE d.status = 'pending' AND d.next_attempt_at <= ${now.toISOString()}
    ORDER BY d.next_attempt_at, d.event_id
    LIMIT ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    subscriptionId: row.subscription_id,
    eventId: row.event_id,
    eventType: row.type,
    data: row.data,
    occurredAt: row.created_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    url: row.url,
    secret: row.secret,
    subscriptionActive: row.status === "active",
    visible: Number(row.visible) === 1,
  }));
}

/**
 * Takes the delivery for this run (until `leaseUntil`), so a second deliverer running at the same
 * time (an overlapping cron) does not send it too; false when another one took it first.
 */
export async function claimWebhookDelivery(
  storage: Storage,
  delivery: DueDelivery,
  leaseUntil: Date,
): Promise<boolean> {
  const [result] = await storage.writeAtomically([
    storage.db
      .updateTable("webhook_deliveries")
      .set({ next_attempt_at: leaseUntil.toISOString() })
      .where("subscription_id", "=", delivery.subscriptionId)
      .where("event_id", "=", delivery.eventId)
      .where("status", "=", "pending")
      .where("attempts", "=", delivery.attempts)
      .where("next_attempt_at", "=", delivery.nextAttemptAt),
  ]);
  return (result?.rowsAffected ?? 0) > 0;
}

export interface AttemptRecord {
  readonly id: string;
  readonly subscriptionId: string;
  readonly eventId: string;
  readonly eventType: string;
  /** 1-based; 0 for a delivery dropped before any attempt. */
  readonly attempt: number;
  readonly outcome: "delivered" | "failed" | "dropped";
  readonly responseStatus: number | null;
  readonly error: string | null;
  /** When it is tried again; null when it will not be. */
  readonly nextAttemptAt: Date | null;
  readonly at: Date;
  /** Set when this failure disables the subscription: the reason its client sees. */
  readonly disableSubscription: string | null;
}

/** Records an attempt and moves the delivery on, in one atomic write. */
export async function recordWebhookAttempt(storage: Storage, record: AttemptRecord): Promise<void> {
  const { db } = storage;
  const at = record.at.toISOString();
  const next = record.nextAttemptAt?.toISOString() ?? null;
  const status = record.outcome === "failed" && next !== null ? "pending" : record.outcome;
  const statements: WriteStatement[] = [
    db.insertInto("webhook_delivery_attempts").values({
      id: record.id,
      subscription_id: record.subscriptionId,
      event_id: record.eventId,
      event_type: record.eventType,
      attempt: record.attempt,
      outcome: record.outcome,
      response_status: record.responseStatus,
      error: record.error,
      next_attempt_at: next,
      created_at: at,
    }),
    db
      .updateTable("webhook_deliveries")
      .set({ status, attempts: record.attempt, next_attempt_at: next })
      .where("subscription_id", "=", record.subscriptionId)
      .where("event_id", "=", record.eventId),
  ];
  if (record.disableSubscription !== null) {
    statements.push(
      db
        .updateTable("webhook_subscriptions")
        .set((eb) => ({
          status: "disabled",
          disabled_reason: record.disableSubscription,
          disabled_at: at,
          revision: eb("revision", "+", 1),
          updated_at: at,
        }))
        .where("id", "=", record.subscriptionId)
        .where("status", "=", "active"),
    );
  }
  await storage.writeAtomically(statements);
}

/**
 * Forgets what is finished and old: events whose deliveries are all settled (or that had none)
 * and attempts older than `before`. Pending deliveries keep their events.
 */
export async function pruneWebhookHistory(storage: Storage, before: Date): Promise<void> {
  const { db } = storage;
  const cutoff = before.toISOString();
  await storage.writeAtomically([
    db
      .deleteFrom("webhook_events")
      .where("fanned_out", "=", 1)
      .where("created_at", "<", cutoff)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("webhook_deliveries")
              .select("event_id")
              .whereRef("webhook_deliveries.event_id", "=", "webhook_events.id")
              .where("webhook_deliveries.status", "=", "pending"),
          ),
        ),
      ),
    db.deleteFrom("webhook_delivery_attempts").where("created_at", "<", cutoff),
  ]);
}
