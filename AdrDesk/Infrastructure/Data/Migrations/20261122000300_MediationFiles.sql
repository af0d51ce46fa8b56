-- Issue 8: documents with a position (M6), hand-signed scans of the agreement (M9) and the
-- introduction letters (M4). Instants are UTC ticks (INTEGER), like every other table.
CREATE TABLE "MediationPositionDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationPositionDocuments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageName" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_MediationPositionDocuments_CaseNumber" ON "MediationPositionDocuments" ("CaseNumber");

CREATE TABLE "MediationSignedScans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationSignedScans" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "VersionSha256" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "PartyName" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploaderName" TEXT NOT NULL,
    "UploaderEmail" TEXT NOT NULL,
    "IpAddress" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageName" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedByName" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "RejectionReason" TEXT NULL
);

CREATE INDEX "IX_MediationSignedScans_CaseNumber" ON "MediationSignedScans" ("CaseNumber");

CREATE TABLE "MediationIntroductions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationIntroductions" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "IntroducedBy" TEXT NOT NULL,
    "IntroducedAt" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_MediationIntroductions_CaseNumber_PartyId" ON "MediationIntroductions" ("CaseNumber", "PartyId");

ALTER TABLE "MediationAgreementSignatures" ADD COLUMN "ScanId" TEXT NULL;
