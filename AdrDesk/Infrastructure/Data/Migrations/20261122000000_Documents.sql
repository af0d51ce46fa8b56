CREATE TABLE "Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SupersedesId" TEXT NULL,
    "StorageName" TEXT NOT NULL,
    CONSTRAINT "FK_Documents_Documents_SupersedesId" FOREIGN KEY ("SupersedesId") REFERENCES "Documents" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Documents_CaseNumber" ON "Documents" ("CaseNumber");

CREATE UNIQUE INDEX "IX_Documents_StorageName" ON "Documents" ("StorageName");

CREATE UNIQUE INDEX "IX_Documents_SupersedesId" ON "Documents" ("SupersedesId");
