-- Issue 19: the `action.due` webhook event fires once per due date. The scan that finds open actions
-- whose due date has arrived sets this to the due date it announced, in the same write as the event's
-- outbox row; changing an action's due date sets it back to NULL, so the new date is announced when it
-- arrives. No revision change: announcing is not an edit of the action (its ETag stays).
ALTER TABLE actions ADD COLUMN due_announced_for TEXT;

-- The scan runs every few seconds (Node) or every minute (Workers): it reads only open actions not yet
-- announced, by due date. This replaces the index of 0025, which the scan's query could not use.
DROP INDEX actions_by_due_date;
CREATE INDEX actions_due_unannounced ON actions (due_date, id)
WHERE status IN ('planned', 'inProgress') AND due_announced_for IS NULL;
