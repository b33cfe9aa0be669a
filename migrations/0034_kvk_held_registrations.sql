-- A KvK number borrowed by another client (docs/privacy.md, "Registrations and organisations" and open
-- gap 5): registrations that share a KvK number count as one organisation, and a client that controls
-- one of them counts as knowing all. A client that registered (or changed its organisation to) a KvK
-- number another registration already held could then make the shown groups around that organisation
-- depend on whether it submitted. Such a registration is held: it keeps its own assessments and reads
-- its own benchmark, but takes no part in any release (no contribution counted, no merge by KvK number,
-- no control over the other registrations) until an admin confirms it. 1: held; 0: takes part.
ALTER TABLE organisations ADD COLUMN kvk_held INTEGER NOT NULL DEFAULT 0;

-- Decided by the database whenever a number is given, not by the route: a PATCH built from a stale read
-- that writes a borrowed number back is a change of the number too, and is held like any other (found by
-- the review of this rule: two PATCHes at once restored a borrowed number without the hold). Recursive
-- triggers are off, so the trigger's own update does not fire it again.
CREATE TRIGGER organisations_kvk_held_on_insert
AFTER INSERT ON organisations
WHEN NEW.kvk_number IS NOT NULL
BEGIN
  UPDATE organisations SET kvk_held = EXISTS (
    SELECT 1 FROM organisations AS other WHERE other.kvk_number = NEW.kvk_number AND other.id <> NEW.id
  ) WHERE id = NEW.id;
END;

CREATE TRIGGER organisations_kvk_held_on_change
AFTER UPDATE OF kvk_number ON organisations
WHEN NEW.kvk_number IS NOT OLD.kvk_number
BEGIN
  UPDATE organisations SET kvk_held = NEW.kvk_number IS NOT NULL AND EXISTS (
    SELECT 1 FROM organisations AS other WHERE other.kvk_number = NEW.kvk_number AND other.id <> NEW.id
  ) WHERE id = NEW.id;
END;
