-- Issue 3 item 8: the audit trail is append-only. The app has no update or delete path for it;
-- these triggers make the database refuse one too, whoever connects.
CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only: UPDATE is not allowed');
END;

CREATE TRIGGER "AuditTrail_NoDelete" BEFORE DELETE ON "AuditTrail"
BEGIN
    SELECT RAISE(ABORT, 'AuditTrail is append-only: DELETE is not allowed');
END;
