-- A KvK number borrowed by another client (docs/privacy.md, "Registrations and organisations" and open
-- gap 5): registrations that share a KvK number count as one organisation, and a client that controls
-- one of them counts as knowing all. A client that registered (or changed its organisation to) a KvK
-- number another registration already held could then make the shown groups around that organisation
-- depend on whether it submitted. Such a registration is held: it keeps its own assessments and reads
-- its own benchmark, but takes no part in any release (no contribution counted, no merge by KvK number,
-- no control over the other registrations) until an admin confirms it. 1: held; 0: takes part.
ALTER TABLE organisations ADD COLUMN kvk_held INTEGER NOT NULL DEFAULT 0;
