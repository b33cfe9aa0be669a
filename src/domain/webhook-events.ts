import type { Role } from "../auth/roles.js";

/**
 * The events a webhook can carry (issue 19). Release and framework events are public facts every
 * client may learn; the others concern one organisation and go only to clients that control it.
 */
export const PUBLIC_EVENT_TYPES = ["benchmark.release.published", "framework.version.published"] as const;
export const ORGANISATION_EVENT_TYPES = ["assessment.submitted", "report_link.revoked", "action.due"] as const;
export const WEBHOOK_EVENT_TYPES = [...PUBLIC_EVENT_TYPES, ...ORGANISATION_EVENT_TYPES] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isOrganisationEvent(type: string): boolean {
  return (ORGANISATION_EVENT_TYPES as readonly string[]).includes(type);
}

/** A sector client reads aggregates only: it never learns of one organisation's events. */
export function eventTypesForRole(role: Role): readonly WebhookEventType[] {
  return role === "sector" ? PUBLIC_EVENT_TYPES : WEBHOOK_EVENT_TYPES;
}

/**
 * When to try again after the n-th failed attempt (1-based), or null when the schedule is spent.
 * The Standard Webhooks schedule, shortened so the last attempt falls about a day after the first
 * (5 s, 5 min, 30 min, 2 h, 5 h, 8 h, 8 h: 23 h 35 min in all).
 */
const RETRY_DELAYS_MS = [5e3, 5 * 60e3, 30 * 60e3, 2 * 3600e3, 5 * 3600e3, 8 * 3600e3, 8 * 3600e3] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export function retryDelayAfter(failedAttempts: number): number | null {
  return RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
}

/** The body of a delivery (Standard Webhooks: type, timestamp, data). */
export interface WebhookPayload {
  readonly type: string;
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}
