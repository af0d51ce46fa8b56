-- Issue 5/6: one print queue (D21). The intake's "PrintJobs" (filing receipts of paper filings) and the
-- case file's "PrintQueue" (letters about changes) become the one "PrintQueue": a letter may now carry a
-- stored document to enclose ("DocumentId") and a postal address ("Address"). The existing jobs move over
-- unchanged in meaning: queued → created, printed → sent. Their party is not recorded in PrintJobs, so
-- it is the empty id; their "Addressee" was "name, street, postcode city" and is split at the first comma.
ALTER TABLE "PrintQueue" ADD COLUMN "DocumentId" TEXT NULL;
ALTER TABLE "PrintQueue" ADD COLUMN "Address" TEXT NULL;

INSERT INTO "PrintQueue" ("Id", "CaseNumber", "PartyId", "RecipientName", "Address", "Subject", "Body", "Language", "CreatedAt", "SentAt", "SentBy", "DocumentId")
SELECT "Id", "CaseNumber", '00000000-0000-0000-0000-000000000000',
       CASE WHEN instr("Addressee", ', ') > 0 THEN substr("Addressee", 1, instr("Addressee", ', ') - 1) ELSE "Addressee" END,
       CASE WHEN instr("Addressee", ', ') > 0 THEN substr("Addressee", instr("Addressee", ', ') + 2) ELSE NULL END,
       "Title", '', 'nl', "QueuedAt", "PrintedAt", NULL, "DocumentId"
FROM "PrintJobs";

DROP INDEX "IX_PrintJobs_PrintedAt_QueuedAt";
DROP TABLE "PrintJobs";

-- Issue 6 items 5/6: where the case-change notices are in the audit trail (CaseChangeNotices). No row until the
-- app first starts on this database; it then begins after the trail's last entry (no notices for history).
CREATE TABLE "NoticeCursors" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_NoticeCursors" PRIMARY KEY,
    "Position" INTEGER NOT NULL
);

-- Issue 5 item 4: which expiry date the filer of a draft was warned of (DraftExpiry).
ALTER TABLE "IntakeDrafts" ADD COLUMN "ExpiryWarnedFor" INTEGER NULL;
