import type { Storage, WriteStatement } from "../db/storage.js";
import { planDateOf } from "../domain/plan-evaluation.js";
import { listActionsDueBy, markActionDueAnnouncedStatement } from "../store/actions.js";
import { actionDueEvent } from "./webhook-event-statements.js";

/**
 * The `action.due` events (issue 19): every open action whose due date has arrived (the date `now`
 * has in the Netherlands: `planDateOf`) or passed, and was not announced for that date, gets one outbox row, written with the mark
 * that it was announced. Run before each delivery run (Node: the timer; Workers: the minute cron), so
 * the event goes out in the same run. A due date changed later is announced again when it arrives;
 * done or dropped actions never are. Who may see the event is decided at fan-out and at delivery.
 */
export async function announceDueActions(storage: Storage, now: Date, pageSize = 50): Promise<number> {
  const today = planDateOf(now);
  let announced = 0;
  let after: { dueDate: string; id: string } | undefined;
  for (;;) {
    const due = await listActionsDueBy(storage.db, today, { limit: pageSize, after });
    if (due.length === 0) return announced;
    const statements: WriteStatement[] = [];
    for (const action of due) {
      statements.push(
        markActionDueAnnouncedStatement(storage.db, action),
        actionDueEvent(
          storage.db,
          {
            organisationId: action.organisationId,
            actionId: action.id,
            dueDate: action.dueDate,
            actionPath: `/organisations/${action.organisationId}/actions/${action.id}`,
          },
          now,
          { onlyIfPreviousChanged: true },
        ),
      );
    }
    // Pairs in one batch: each event row is written only if the mark just before it changed a row.
    await storage.writeAtomically(statements);
    announced += due.length;
    if (due.length < pageSize) return announced;
    const last = due[due.length - 1] as (typeof due)[number];
    after = { dueDate: last.dueDate, id: last.id };
  }
}
