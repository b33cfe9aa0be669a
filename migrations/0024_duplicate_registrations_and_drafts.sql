-- Issue 16: an organisation has at most one open draft. The route answers a second POST with 409 and
-- the open draft's id; this trigger holds every path to the rule, including two requests that start a
-- draft at the same moment (the loser's whole write, with its audit event and counted use, aborts).
-- A trigger rather than a partial unique index on (organisation_id) WHERE status = 'draft': a database
-- that already holds two drafts for one organisation would fail that index, and with it the
-- migration and the start; with the trigger such a pair can still be answered and submitted, and no
-- new draft joins it. Drafts are only ever inserted as 'draft' and never moved to another
-- organisation, and a submitted assessment never returns to draft (0004), so inserts are the one way
-- a second open draft could appear.
CREATE TRIGGER assessments_one_open_draft
BEFORE INSERT ON assessments
WHEN NEW.status = 'draft'
  AND EXISTS (SELECT 1 FROM assessments WHERE organisation_id = NEW.organisation_id AND status = 'draft')
BEGIN
  SELECT RAISE(ABORT, 'the organisation already has an open draft');
END;

-- A client registering a KvK number it already registered gets 409 with that organisation's id: the
-- route looks up its own registrations by KvK number, which without this index reads every row.
CREATE INDEX organisations_by_kvk_number ON organisations (kvk_number, created_by_client_id);
