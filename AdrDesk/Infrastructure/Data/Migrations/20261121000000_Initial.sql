CREATE TABLE "AuditTrail" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "ActorName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Detail" TEXT NULL,
    "Sequence" INTEGER NOT NULL
);


CREATE TABLE "BemiddelingCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BemiddelingCases" PRIMARY KEY,
    "State" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "Number" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "BindingRulingCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BindingRulingCases" PRIMARY KEY,
    "State" TEXT NOT NULL,
    "FiledBy" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "FilingLanguage" TEXT NOT NULL,
    "ProcedureLanguage" TEXT NOT NULL,
    "FiledAt" INTEGER NULL,
    "EndedAt" INTEGER NULL,
    "SettlementAttempt" TEXT NULL,
    "Number" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "CaseAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAttachments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageName" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL
);


CREATE TABLE "CaseMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseMessages" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "AuthorRole" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "PostedAt" INTEGER NOT NULL
);


CREATE TABLE "CaseNumberSequences" (
    "Scheme" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    CONSTRAINT "PK_CaseNumberSequences" PRIMARY KEY ("Scheme", "Year")
);


CREATE TABLE "CaseSummaries" (
    "CaseId" TEXT NOT NULL CONSTRAINT "PK_CaseSummaries" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "ConsumerUserId" TEXT NULL,
    "ConsumerName" TEXT NULL,
    "BusinessUserId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "WebshopName" TEXT NULL,
    "ClientUserId" TEXT NULL,
    "ClientOrganisationId" TEXT NULL,
    "AssessorId" TEXT NULL,
    "AssessorName" TEXT NULL,
    "MediatorId" TEXT NULL,
    "NextDeadlineAt" INTEGER NULL,
    "NextDeadlineKind" TEXT NULL,
    "AmountClaimed" INTEGER NULL,
    "ProcedureLanguage" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "FiledAt" INTEGER NULL,
    "EndedAt" INTEGER NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


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


CREATE TABLE "IntakeDrafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IntakeDrafts" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "Paper" INTEGER NOT NULL,
    "Step" INTEGER NOT NULL,
    "AnswersJson" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);


CREATE TABLE "IntakeUploads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IntakeUploads" PRIMARY KEY,
    "OwnerUserId" TEXT NOT NULL,
    "DraftId" TEXT NULL,
    "CaseNumber" TEXT NULL,
    "OriginalName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "StoredName" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL
);


CREATE TABLE "MediationAgreementSignatures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationAgreementSignatures" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "PartyName" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "AccountEmail" TEXT NOT NULL,
    "TypedName" TEXT NOT NULL,
    "IpAddress" TEXT NOT NULL,
    "SignedAt" INTEGER NOT NULL
);


CREATE TABLE "MediationAgreementVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationAgreementVersions" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Dispute" TEXT NOT NULL,
    "Terms" TEXT NOT NULL,
    "Place" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL
);


CREATE TABLE "MediationAppointments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationAppointments" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "ProposalId" TEXT NOT NULL,
    "MediatorId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "RoomId" TEXT NOT NULL,
    "Location" TEXT NOT NULL,
    "RoomName" TEXT NOT NULL,
    "StartsAt" INTEGER NOT NULL,
    "EndsAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ConfirmedAt" INTEGER NULL,
    "CancelledAt" INTEGER NULL,
    "CancelReason" TEXT NULL,
    "LateCancellation" INTEGER NOT NULL,
    "ReminderSentAt" INTEGER NULL,
    "Sequence" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "MediationAttendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationAttendance" PRIMARY KEY,
    "AppointmentId" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "Present" INTEGER NOT NULL
);


CREATE TABLE "MediationCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationCases" PRIMARY KEY,
    "State" TEXT NOT NULL,
    "MediatorId" TEXT NULL,
    "MediatorName" TEXT NULL,
    "MediatorOffice" TEXT NULL,
    "PositionsExchangedAt" INTEGER NULL,
    "AgreementText" TEXT NULL,
    "AgreementKind" TEXT NULL,
    "IneligibilityReason" TEXT NULL,
    "Number" TEXT NOT NULL,
    "Scheme" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "MediationChangeProposals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationChangeProposals" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "PartyId" TEXT NOT NULL,
    "PartyName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Status" TEXT NOT NULL
);


CREATE TABLE "MediationSignedAgreements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationSignedAgreements" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "VersionNumber" INTEGER NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "At" INTEGER NOT NULL
);


CREATE TABLE "MediationSlotResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediationSlotResponses" PRIMARY KEY,
    "AppointmentId" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "Accepted" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "At" INTEGER NOT NULL
);


CREATE TABLE "MediatorAvailabilityExceptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediatorAvailabilityExceptions" PRIMARY KEY,
    "MediatorId" TEXT NOT NULL,
    "FromDate" TEXT NOT NULL,
    "ToDate" TEXT NOT NULL,
    "Label" TEXT NOT NULL
);


CREATE TABLE "MediatorOffices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediatorOffices" PRIMARY KEY,
    "MediatorId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Street" TEXT NOT NULL,
    "PostalCode" TEXT NOT NULL,
    "City" TEXT NOT NULL
);


CREATE TABLE "MediatorWeeklyHours" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MediatorWeeklyHours" PRIMARY KEY,
    "MediatorId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL
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


CREATE TABLE "PrintJobs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PrintJobs" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Addressee" TEXT NOT NULL,
    "QueuedAt" INTEGER NOT NULL,
    "PrintedAt" INTEGER NULL
);


CREATE TABLE "PrintQueue" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PrintQueue" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "RecipientName" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "SentBy" TEXT NULL
);


CREATE TABLE "RepresentativeInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RepresentativeInvitations" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "PartyName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Capacity" TEXT NOT NULL,
    "InvitedBy" TEXT NOT NULL,
    "InvitedByName" TEXT NOT NULL,
    "InvitedAt" INTEGER NOT NULL,
    "AcceptedAt" INTEGER NULL,
    "AcceptedBy" TEXT NULL,
    "EndedAt" INTEGER NULL
);


CREATE TABLE "Roles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Roles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "RulingDrafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RulingDrafts" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "TextJson" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "UpdatedById" TEXT NOT NULL,
    "UpdatedByName" TEXT NOT NULL,
    "IssuedAt" INTEGER NULL,
    "DocumentId" TEXT NULL
);


CREATE TABLE "SavedGridFilters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SavedGridFilters" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);


CREATE TABLE "SettlementReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SettlementReports" PRIMARY KEY,
    "CaseNumber" TEXT NOT NULL,
    "ReportedBy" TEXT NOT NULL,
    "ReportedByUserId" TEXT NOT NULL,
    "ReportedByName" TEXT NOT NULL,
    "Terms" TEXT NOT NULL,
    "ReportedAt" INTEGER NOT NULL,
    "ConfirmedAt" INTEGER NULL,
    "ConfirmedByName" TEXT NULL,
    "DeclinedAt" INTEGER NULL
);


CREATE TABLE "UserNotifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserNotifications" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ReadAt" INTEGER NULL
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


CREATE TABLE "BemiddelingDeadlines" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Binds" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedAt" INTEGER NULL,
    "OriginalDueAt" INTEGER NULL,
    "ExtensionReason" TEXT NULL,
    "SubjectId" TEXT NULL,
    CONSTRAINT "PK_BemiddelingDeadlines" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_BemiddelingDeadlines_BemiddelingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BemiddelingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BemiddelingParties" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Representative" TEXT NULL,
    "PaperProcedure" INTEGER NOT NULL,
    CONSTRAINT "PK_BemiddelingParties" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_BemiddelingParties_BemiddelingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BemiddelingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BindingRulingDeadlines" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Binds" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedAt" INTEGER NULL,
    "OriginalDueAt" INTEGER NULL,
    "ExtensionReason" TEXT NULL,
    "SubjectId" TEXT NULL,
    CONSTRAINT "PK_BindingRulingDeadlines" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_BindingRulingDeadlines_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "BindingRulingParties" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Representative" TEXT NULL,
    "PaperProcedure" INTEGER NOT NULL,
    CONSTRAINT "PK_BindingRulingParties" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_BindingRulingParties_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Challenges" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "AssessorId" TEXT NOT NULL,
    "FiledByPartyId" TEXT NOT NULL,
    "Grounds" TEXT NOT NULL,
    "FiledAt" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "DecidedById" TEXT NULL,
    "DecidedByName" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionReason" TEXT NULL,
    "ReplacementAssessorId" TEXT NULL,
    CONSTRAINT "PK_Challenges" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_Challenges_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ConflictDeclarations" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "AssessorId" TEXT NOT NULL,
    "AssessorName" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DeclaredAt" INTEGER NOT NULL,
    CONSTRAINT "PK_ConflictDeclarations" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_ConflictDeclarations_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Deposits" (
    "CaseId" TEXT NOT NULL CONSTRAINT "PK_Deposits" PRIMARY KEY,
    "Amount" INTEGER NOT NULL,
    "Payer" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RequiredAt" INTEGER NOT NULL,
    "PaidAt" INTEGER NULL,
    "SettledAt" INTEGER NULL,
    CONSTRAINT "FK_Deposits_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "InformationRequests" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "AnsweredAt" INTEGER NULL,
    CONSTRAINT "PK_InformationRequests" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_InformationRequests_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PanelSeats" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "AssessorId" TEXT NOT NULL,
    "AssessorName" TEXT NOT NULL,
    "IsRapporteur" INTEGER NOT NULL,
    "SeatedAt" INTEGER NOT NULL,
    "LeftAt" INTEGER NULL,
    "EndedByChallengeId" TEXT NULL,
    CONSTRAINT "PK_PanelSeats" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_PanelSeats_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RefusalReasons" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "RuleId" TEXT NOT NULL,
    "WrittenReason" TEXT NOT NULL,
    CONSTRAINT "PK_RefusalReasons" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_RefusalReasons_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Rulings" (
    "CaseId" TEXT NOT NULL CONSTRAINT "PK_Rulings" PRIMARY KEY,
    "Decision" TEXT NOT NULL,
    "Reasons" TEXT NOT NULL,
    "ComplianceManner" TEXT NOT NULL,
    "ComplyBy" TEXT NOT NULL,
    "MustComply" TEXT NOT NULL,
    "IssuedById" TEXT NOT NULL,
    "IssuedByName" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    CONSTRAINT "FK_Rulings_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "StaffDecisions" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "RuleId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DecidedById" TEXT NOT NULL,
    "DecidedByName" TEXT NOT NULL,
    "DecidedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_StaffDecisions" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_StaffDecisions_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Submissions" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "PartyId" TEXT NULL,
    "AuthorId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "AuthorRole" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "AnswersRequestId" TEXT NULL,
    CONSTRAINT "PK_Submissions" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_Submissions_BindingRulingCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "BindingRulingCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "CaseParticipants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseParticipants" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Relation" TEXT NOT NULL,
    "PartyId" TEXT NULL,
    "UserId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Email" TEXT NULL,
    CONSTRAINT "FK_CaseParticipants_CaseSummaries_CaseId" FOREIGN KEY ("CaseId") REFERENCES "CaseSummaries" ("CaseId") ON DELETE CASCADE
);


CREATE TABLE "MediationAcknowledgements" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "PartyId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "PK_MediationAcknowledgements" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationAcknowledgements_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediationDeadlines" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Binds" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "DueAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedAt" INTEGER NULL,
    "OriginalDueAt" INTEGER NULL,
    "ExtensionReason" TEXT NULL,
    "SubjectId" TEXT NULL,
    CONSTRAINT "PK_MediationDeadlines" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationDeadlines_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediationParties" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "Representative" TEXT NULL,
    "PaperProcedure" INTEGER NOT NULL,
    CONSTRAINT "PK_MediationParties" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationParties_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediationPositions" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "PartyId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_MediationPositions" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationPositions_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediationSessions" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Id" TEXT NOT NULL,
    "StartsAt" INTEGER NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "Location" TEXT NOT NULL,
    CONSTRAINT "PK_MediationSessions" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationSessions_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MediationSignatures" (
    "CaseId" TEXT NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "PartyId" TEXT NOT NULL,
    "SignedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_MediationSignatures" PRIMARY KEY ("CaseId", "Ordinal"),
    CONSTRAINT "FK_MediationSignatures_MediationCases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "MediationCases" ("Id") ON DELETE CASCADE
);


CREATE TABLE "OfficeRooms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OfficeRooms" PRIMARY KEY,
    "OfficeId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_OfficeRooms_MediatorOffices_OfficeId" FOREIGN KEY ("OfficeId") REFERENCES "MediatorOffices" ("Id") ON DELETE CASCADE
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


CREATE TABLE "RulingDraftVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RulingDraftVersions" PRIMARY KEY,
    "DraftId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "TextJson" TEXT NOT NULL,
    "SavedAt" INTEGER NOT NULL,
    "SavedById" TEXT NOT NULL,
    "SavedByName" TEXT NOT NULL,
    CONSTRAINT "FK_RulingDraftVersions_RulingDrafts_DraftId" FOREIGN KEY ("DraftId") REFERENCES "RulingDrafts" ("Id") ON DELETE CASCADE
);


CREATE TABLE "RulingReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RulingReviews" PRIMARY KEY,
    "DraftId" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "AssessorId" TEXT NOT NULL,
    "AssessorName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_RulingReviews_RulingDrafts_DraftId" FOREIGN KEY ("DraftId") REFERENCES "RulingDrafts" ("Id") ON DELETE CASCADE
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


CREATE INDEX "IX_AuditTrail_CaseId_At" ON "AuditTrail" ("CaseId", "At");


CREATE UNIQUE INDEX "IX_AuditTrail_CaseId_Sequence" ON "AuditTrail" ("CaseId", "Sequence");


CREATE UNIQUE INDEX "IX_BemiddelingCases_Number" ON "BemiddelingCases" ("Number");


CREATE INDEX "IX_BemiddelingCases_State" ON "BemiddelingCases" ("State");


CREATE INDEX "IX_BemiddelingDeadlines_Status_DueAt" ON "BemiddelingDeadlines" ("Status", "DueAt");


CREATE UNIQUE INDEX "IX_BindingRulingCases_Number" ON "BindingRulingCases" ("Number");


CREATE INDEX "IX_BindingRulingCases_State" ON "BindingRulingCases" ("State");


CREATE INDEX "IX_BindingRulingDeadlines_Status_DueAt" ON "BindingRulingDeadlines" ("Status", "DueAt");


CREATE INDEX "IX_CaseAttachments_CaseNumber" ON "CaseAttachments" ("CaseNumber");


CREATE INDEX "IX_CaseAttachments_OwnerId" ON "CaseAttachments" ("OwnerId");


CREATE INDEX "IX_CaseMessages_CaseNumber_PostedAt" ON "CaseMessages" ("CaseNumber", "PostedAt");


CREATE INDEX "IX_CaseParticipants_CaseId" ON "CaseParticipants" ("CaseId");


CREATE INDEX "IX_CaseParticipants_Email" ON "CaseParticipants" ("Email");


CREATE INDEX "IX_CaseParticipants_OrganisationId" ON "CaseParticipants" ("OrganisationId");


CREATE INDEX "IX_CaseParticipants_UserId_Relation_CaseId" ON "CaseParticipants" ("UserId", "Relation", "CaseId");


CREATE INDEX "IX_CaseSummaries_AssessorId_NextDeadlineAt" ON "CaseSummaries" ("AssessorId", "NextDeadlineAt");


CREATE INDEX "IX_CaseSummaries_AssessorId_State" ON "CaseSummaries" ("AssessorId", "State");


CREATE INDEX "IX_CaseSummaries_BusinessUserId" ON "CaseSummaries" ("BusinessUserId");


CREATE INDEX "IX_CaseSummaries_ClientOrganisationId" ON "CaseSummaries" ("ClientOrganisationId");


CREATE INDEX "IX_CaseSummaries_ConsumerUserId" ON "CaseSummaries" ("ConsumerUserId");


CREATE INDEX "IX_CaseSummaries_CreatedAt" ON "CaseSummaries" ("CreatedAt");


CREATE INDEX "IX_CaseSummaries_MediatorId" ON "CaseSummaries" ("MediatorId");


CREATE INDEX "IX_CaseSummaries_NextDeadlineAt" ON "CaseSummaries" ("NextDeadlineAt");


CREATE UNIQUE INDEX "IX_CaseSummaries_Number" ON "CaseSummaries" ("Number");


CREATE INDEX "IX_CaseSummaries_OrganisationId" ON "CaseSummaries" ("OrganisationId");


CREATE INDEX "IX_CaseSummaries_Scheme_State" ON "CaseSummaries" ("Scheme", "State");


CREATE INDEX "IX_CaseSummaries_State_NextDeadlineAt" ON "CaseSummaries" ("State", "NextDeadlineAt");


CREATE INDEX "IX_Documents_CaseNumber" ON "Documents" ("CaseNumber");


CREATE UNIQUE INDEX "IX_Documents_StorageName" ON "Documents" ("StorageName");


CREATE UNIQUE INDEX "IX_Documents_SupersedesId" ON "Documents" ("SupersedesId");


CREATE INDEX "IX_IntakeDrafts_ExpiresAt" ON "IntakeDrafts" ("ExpiresAt");


CREATE INDEX "IX_IntakeDrafts_UserId_Scheme_Paper" ON "IntakeDrafts" ("UserId", "Scheme", "Paper");


CREATE INDEX "IX_IntakeUploads_CaseNumber" ON "IntakeUploads" ("CaseNumber");


CREATE INDEX "IX_IntakeUploads_DraftId" ON "IntakeUploads" ("DraftId");


CREATE UNIQUE INDEX "IX_MediationAgreementSignatures_CaseNumber_PartyId" ON "MediationAgreementSignatures" ("CaseNumber", "PartyId");


CREATE UNIQUE INDEX "IX_MediationAgreementVersions_CaseNumber_Number" ON "MediationAgreementVersions" ("CaseNumber", "Number");


CREATE INDEX "IX_MediationAppointments_CaseId" ON "MediationAppointments" ("CaseId");


CREATE INDEX "IX_MediationAppointments_MediatorId_StartsAt" ON "MediationAppointments" ("MediatorId", "StartsAt");


CREATE INDEX "IX_MediationAppointments_RoomId_StartsAt" ON "MediationAppointments" ("RoomId", "StartsAt");


CREATE INDEX "IX_MediationAppointments_Status_StartsAt" ON "MediationAppointments" ("Status", "StartsAt");


CREATE UNIQUE INDEX "IX_MediationAttendance_AppointmentId_PartyId" ON "MediationAttendance" ("AppointmentId", "PartyId");


CREATE UNIQUE INDEX "IX_MediationCases_Number" ON "MediationCases" ("Number");


CREATE INDEX "IX_MediationCases_State" ON "MediationCases" ("State");


CREATE INDEX "IX_MediationChangeProposals_CaseNumber" ON "MediationChangeProposals" ("CaseNumber");


CREATE INDEX "IX_MediationDeadlines_Status_DueAt" ON "MediationDeadlines" ("Status", "DueAt");


CREATE UNIQUE INDEX "IX_MediationSignedAgreements_CaseNumber" ON "MediationSignedAgreements" ("CaseNumber");


CREATE UNIQUE INDEX "IX_MediationSlotResponses_AppointmentId_PartyId" ON "MediationSlotResponses" ("AppointmentId", "PartyId");


CREATE INDEX "IX_MediatorAvailabilityExceptions_MediatorId_FromDate" ON "MediatorAvailabilityExceptions" ("MediatorId", "FromDate");


CREATE INDEX "IX_MediatorOffices_MediatorId" ON "MediatorOffices" ("MediatorId");


CREATE INDEX "IX_MediatorWeeklyHours_MediatorId" ON "MediatorWeeklyHours" ("MediatorId");


CREATE INDEX "IX_OfficeRooms_OfficeId" ON "OfficeRooms" ("OfficeId");


CREATE UNIQUE INDEX "IX_Organisations_KvkNumber" ON "Organisations" ("KvkNumber");


CREATE INDEX "IX_Organisations_LegalName" ON "Organisations" ("LegalName");


CREATE INDEX "IX_OrganisationSubscriptions_OrganisationId" ON "OrganisationSubscriptions" ("OrganisationId");


CREATE INDEX "IX_Outbox_CaseNumber" ON "Outbox" ("CaseNumber");


CREATE INDEX "IX_Outbox_SentAt_NextAttemptAt" ON "Outbox" ("SentAt", "NextAttemptAt");


CREATE INDEX "IX_OutboxAttachments_MessageId" ON "OutboxAttachments" ("MessageId");


CREATE INDEX "IX_PanelSeats_AssessorId" ON "PanelSeats" ("AssessorId");


CREATE INDEX "IX_PrintJobs_PrintedAt_QueuedAt" ON "PrintJobs" ("PrintedAt", "QueuedAt");


CREATE INDEX "IX_PrintQueue_SentAt_CreatedAt" ON "PrintQueue" ("SentAt", "CreatedAt");


CREATE INDEX "IX_RegisterChanges_OrganisationId_At" ON "RegisterChanges" ("OrganisationId", "At");


CREATE INDEX "IX_RepresentativeInvitations_CaseNumber" ON "RepresentativeInvitations" ("CaseNumber");


CREATE INDEX "IX_RepresentativeInvitations_Email" ON "RepresentativeInvitations" ("Email");


CREATE INDEX "IX_RoleClaims_RoleId" ON "RoleClaims" ("RoleId");


CREATE UNIQUE INDEX "IX_Roles_NormalizedName" ON "Roles" ("NormalizedName");


CREATE UNIQUE INDEX "IX_RulingDrafts_CaseNumber" ON "RulingDrafts" ("CaseNumber");


CREATE INDEX "IX_RulingDraftVersions_DraftId_Revision" ON "RulingDraftVersions" ("DraftId", "Revision");


CREATE INDEX "IX_RulingReviews_DraftId_At" ON "RulingReviews" ("DraftId", "At");


CREATE UNIQUE INDEX "IX_SavedGridFilters_UserId_Name" ON "SavedGridFilters" ("UserId", "Name");


CREATE INDEX "IX_SettlementReports_CaseNumber" ON "SettlementReports" ("CaseNumber");


CREATE INDEX "IX_UserClaims_UserId" ON "UserClaims" ("UserId");


CREATE INDEX "IX_UserLogins_UserId" ON "UserLogins" ("UserId");


CREATE INDEX "IX_UserNotifications_UserId_CreatedAt" ON "UserNotifications" ("UserId", "CreatedAt");


CREATE INDEX "IX_UserNotifications_UserId_ReadAt" ON "UserNotifications" ("UserId", "ReadAt");


CREATE INDEX "IX_UserRoles_RoleId" ON "UserRoles" ("RoleId");


CREATE UNIQUE INDEX "IX_Users_NormalizedEmail" ON "Users" ("NormalizedEmail");


CREATE UNIQUE INDEX "IX_Users_NormalizedUserName" ON "Users" ("NormalizedUserName");


CREATE INDEX "IX_Users_OrganisationId" ON "Users" ("OrganisationId");


