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


CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "LegalName" TEXT NOT NULL,
    "KvkNumber" TEXT NOT NULL,
    "CountryOfEstablishment" TEXT NOT NULL,
    "WebAddresses" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusSince" TEXT NOT NULL,
    "StatusReason" TEXT NULL,
    "CertificationMark" TEXT NULL,
    "UsesSchemeB2BTerms" INTEGER NOT NULL,
    "IsSchemeParticipant" INTEGER NOT NULL
);


CREATE TABLE "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "ToAddress" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "TextBody" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "CaseNumber" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "FileName" TEXT NULL,
    "GaveUp" INTEGER NOT NULL
);


CREATE TABLE "Roles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "Users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "CompanyName" TEXT NULL,
    "KvkNumber" TEXT NULL,
    "PreferredLanguage" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);


CREATE TABLE "OrganisationSubscriptions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrganisationSubscriptions" PRIMARY KEY AUTOINCREMENT,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "OrganisationId" TEXT NOT NULL,
    CONSTRAINT "FK_OrganisationSubscriptions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RegisterChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RegisterChanges" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "ActorRole" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "What" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    CONSTRAINT "FK_RegisterChanges_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "OutboxAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxAttachments" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "MessageId" TEXT NOT NULL,
    CONSTRAINT "FK_OutboxAttachments_Outbox_MessageId" FOREIGN KEY ("MessageId") REFERENCES "Outbox" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_RoleClaims_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "Roles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_UserClaims_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_UserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_UserLogins_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_UserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_UserRoles_Roles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "Roles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_UserRoles_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);


CREATE TABLE "UserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_UserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_UserTokens_Users_UserId" FOREIGN KEY ("UserId") REFERENCES "Users" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_Documents_CaseNumber" ON "Documents" ("CaseNumber");


CREATE UNIQUE INDEX "IX_Documents_StorageName" ON "Documents" ("StorageName");


CREATE UNIQUE INDEX "IX_Documents_SupersedesId" ON "Documents" ("SupersedesId");


CREATE UNIQUE INDEX "IX_Organisations_KvkNumber" ON "Organisations" ("KvkNumber");


CREATE INDEX "IX_Organisations_LegalName" ON "Organisations" ("LegalName");


CREATE INDEX "IX_OrganisationSubscriptions_OrganisationId" ON "OrganisationSubscriptions" ("OrganisationId");


CREATE INDEX "IX_Outbox_CaseNumber" ON "Outbox" ("CaseNumber");


CREATE INDEX "IX_Outbox_SentAt_NextAttemptAt" ON "Outbox" ("SentAt", "NextAttemptAt");


CREATE INDEX "IX_OutboxAttachments_MessageId" ON "OutboxAttachments" ("MessageId");


CREATE INDEX "IX_RegisterChanges_OrganisationId_At" ON "RegisterChanges" ("OrganisationId", "At");


CREATE INDEX "IX_RoleClaims_RoleId" ON "RoleClaims" ("RoleId");


CREATE UNIQUE INDEX "IX_Roles_NormalizedName" ON "Roles" ("NormalizedName");


CREATE INDEX "IX_UserClaims_UserId" ON "UserClaims" ("UserId");


CREATE INDEX "IX_UserLogins_UserId" ON "UserLogins" ("UserId");


CREATE INDEX "IX_UserRoles_RoleId" ON "UserRoles" ("RoleId");


CREATE UNIQUE INDEX "IX_Users_NormalizedEmail" ON "Users" ("NormalizedEmail");


CREATE UNIQUE INDEX "IX_Users_NormalizedUserName" ON "Users" ("NormalizedUserName");


CREATE INDEX "IX_Users_OrganisationId" ON "Users" ("OrganisationId");


