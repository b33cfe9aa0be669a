-- Issue 19: the `action.due` webhook event fires once per due date. The scan that finds open actions
-- whose due date has arrived sets this to the due date it announced, in the same write as the event's
-- outbox row; an action whose due date is changed afterwards is announced again when the new date
-- arrives. No revision change: announcing is not an edit of the action (its ETag stays).
ALTER TABLE actions ADD COLUMN due_announced_for TEXT;
