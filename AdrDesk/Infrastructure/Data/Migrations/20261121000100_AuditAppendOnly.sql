-- Issue 3 item 8: the audit trail is append-only. The app has no update or delete path for it;
-- these triggers make the database refuse one too, whoever connects.
-- The one exception is D24: once a case's data is erased (its summary is in state DataErased), the
-- personal parts of its entries (a party's name, free-text detail) may be overwritten with the erased
-- marker. Who acted in which role, when, what and the state before/after stay, for accountability
-- and the desk's statistics.
CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
WHEN NOT (
    NEW."Id" = OLD."Id" AND NEW."CaseId" = OLD."CaseId" AND NEW."CaseNumber" = OLD."CaseNumber"
    AND NEW."ActorId" = OLD."ActorId" AND NEW."Role" = OLD."Role" AND NEW."At" = OLD."At"
    AND NEW."Action" = OLD."Action" AND NEW."Sequence" = OLD."Sequence"
    AND NEW."Before" IS OLD."Before" AND NEW."After" IS OLD."After"
    AND (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" = '[verwijderd]')
    AND (NEW."Detail" IS OLD."Detail" OR NEW."Detail" = '[verwijderd]')
    AND EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased'))
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER "AuditTrail_NoDelete" BEFORE DELETE ON "AuditTrail"
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only: DELETE is not allowed');
END;
