-- Issue 5 item 12: the filing receipt is no longer rendered while the filer waits for the confirmation. The
-- submission commits what the receipt needs with the case; ReceiptDelivery issues the PDF after the commit, mails it
-- or queues it for print (D21) and deletes the row. "DocumentId" is the receipt's id, chosen at submission.
CREATE TABLE "PendingReceipts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PendingReceipts" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "ModelJson" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "MailTo" TEXT NULL,
    "PostalAddress" TEXT NULL,
    "PartyId" TEXT NULL,
    "RecipientName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "LastError" TEXT NULL
);

CREATE INDEX "IX_PendingReceipts_CaseNumber" ON "PendingReceipts" ("CaseNumber");

CREATE INDEX "IX_PendingReceipts_NextAttemptAt" ON "PendingReceipts" ("NextAttemptAt");
