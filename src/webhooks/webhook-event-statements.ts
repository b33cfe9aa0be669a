import type { Kysely } from "kysely";
import { API_MAJOR_PATH } from "../api-version.js";
import { randomToken } from "../auth/secret-hash.js";
import type { WriteStatement } from "../db/storage.js";
import type { WebhookEventType } from "../domain/webhook-events.js";
import type { DatabaseSchema } from "../store/schema.js";
import { webhookEventStatement } from "../store/webhooks.js";

/**
 * The outbox rows of each event, for the atomic write of the change it reports (issue 19). Each
 * carries ids and links to read more (with the subscriber's own token), never answers, scores or
 * workforce figures: what a receiver may read is decided when it reads.
 */

function event(
  db: Kysely<DatabaseSchema>,
  type: WebhookEventType,
  organisationId: string | null,
  data: Record<string, unknown>,
  now: Date,
  options: { readonly onlyIfPreviousChanged?: boolean } = {},
): WriteStatement {
  return webhookEventStatement(
    db,
    { id: randomToken("msg", 15), type, organisationId, data, occurredAt: now.toISOString() },
    options,
  );
}

export function assessmentSubmittedEvent(
  db: Kysely<DatabaseSchema>,
  submission: { organisationId: string; assessmentId: string; frameworkVersion: string },
  now: Date,
): WriteStatement {
  return event(
    db,
    "assessment.submitted",
    submission.organisationId,
    {
      organisationId: submission.organisationId,
      assessmentId: submission.assessmentId,
      frameworkVersion: submission.frameworkVersion,
      links: {
        assessment: `${API_MAJOR_PATH}/assessments/${submission.assessmentId}`,
        recommendations: `${API_MAJOR_PATH}/assessments/${submission.assessmentId}/recommendations`,
        benchmark: `${API_MAJOR_PATH}/organisations/${submission.organisationId}/benchmark`,
      },
    },
    now,
  );
}

/** Put directly after the statement that publishes the release: written only if it did. */
export function benchmarkReleasePublishedEvent(
  db: Kysely<DatabaseSchema>,
  releaseId: number,
  now: Date,
): WriteStatement {
  return event(
    db,
    "benchmark.release.published",
    null,
    { releaseId, links: { release: `${API_MAJOR_PATH}/benchmark-releases/${releaseId}` } },
    now,
    { onlyIfPreviousChanged: true },
  );
}

/** Put directly after the statement that publishes the version: written only if it did. */
export function frameworkVersionPublishedEvent(db: Kysely<DatabaseSchema>, version: string, now: Date): WriteStatement {
  return event(
    db,
    "framework.version.published",
    null,
    { version, links: { framework: `${API_MAJOR_PATH}/frameworks/${version}` } },
    now,
    { onlyIfPreviousChanged: true },
  );
}

/** Put directly after the statement that revokes the link: a second revocation reports nothing. */
export function reportLinkRevokedEvent(
  db: Kysely<DatabaseSchema>,
  link: { organisationId: string; reportLinkId: string },
  now: Date,
): WriteStatement {
  return event(
    db,
    "report_link.revoked",
    link.organisationId,
    {
      organisationId: link.organisationId,
      reportLinkId: link.reportLinkId,
      links: {
        reportLink: `${API_MAJOR_PATH}/organisations/${link.organisationId}/report-links/${link.reportLinkId}`,
      },
    },
    now,
    { onlyIfPreviousChanged: true },
  );
}

/**
 * `action.due`: the scheduled scan (announce-due-actions.ts) puts this directly after the statement
 * that marks the action's due date announced. `actionPath` is the action's URL path under /v1, as the
 * actions resource names it.
 */
export function actionDueEvent(
  db: Kysely<DatabaseSchema>,
  action: { organisationId: string; actionId: string; dueDate: string; actionPath: string },
  now: Date,
  options: { readonly onlyIfPreviousChanged?: boolean } = {},
): WriteStatement {
  return event(
    db,
    "action.due",
    action.organisationId,
    {
      organisationId: action.organisationId,
      actionId: action.actionId,
      dueDate: action.dueDate,
      links: { action: `${API_MAJOR_PATH}${action.actionPath}` },
    },
    now,
    options,
  );
}
