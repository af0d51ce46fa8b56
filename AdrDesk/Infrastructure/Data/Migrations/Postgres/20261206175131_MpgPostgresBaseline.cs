using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AdrDesk.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MpgPostgresBaseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    OnBehalfOf = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PersonalDigest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Salt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BemiddelingCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BemiddelingCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BindingRulingCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FiledBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilingLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ProcedureLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    SettlementAttempt = table.Column<string>(type: "text", nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BindingRulingCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PostedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumberSequences",
                columns: table => new
                {
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberSequences", x => new { x.Scheme, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "CaseSummaries",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConsumerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConsumerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    BusinessUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    WebshopName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ClientUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    NextDeadlineAt = table.Column<long>(type: "bigint", nullable: true),
                    NextDeadlineKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AmountClaimed = table.Column<long>(type: "bigint", nullable: true),
                    ProcedureLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSummaries", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    StorageName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Documents_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FiledComplaints",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    FiledByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FiledByBusiness = table.Column<bool>(type: "boolean", nullable: false),
                    OnPaper = table.Column<bool>(type: "boolean", nullable: false),
                    Complaint = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Remedy = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClaimTotal = table.Column<long>(type: "bigint", nullable: true),
                    Product = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OrderNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    OrderDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductValue = table.Column<long>(type: "bigint", nullable: true),
                    ShippingCosts = table.Column<long>(type: "bigint", nullable: true),
                    FirstReported = table.Column<DateOnly>(type: "date", nullable: true),
                    ReplyReceived = table.Column<bool>(type: "boolean", nullable: true),
                    EarlierReply = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledComplaints", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "FilingAnswers",
                columns: table => new
                {
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingAnswers", x => x.CaseNumber);
                });

            migrationBuilder.CreateTable(
                name: "IntakeDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Paper = table.Column<bool>(type: "boolean", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    AnswersJson = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiryWarnedFor = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IntakeUploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OriginalName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeUploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationAgreementSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "text", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountEmail = table.Column<string>(type: "text", nullable: false),
                    TypedName = table.Column<string>(type: "text", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignedAt = table.Column<long>(type: "bigint", nullable: false),
                    ScanId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAgreementSignatures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationAgreementVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Dispute = table.Column<string>(type: "text", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    Place = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAgreementVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationAppointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RoomName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    EndsAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    CancelledAt = table.Column<long>(type: "bigint", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LateCancellation = table.Column<bool>(type: "boolean", nullable: false),
                    ReminderSentAt = table.Column<long>(type: "bigint", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAttendance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    MediatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MediatorOffice = table.Column<string>(type: "text", nullable: true),
                    PositionsExchangedAt = table.Column<long>(type: "bigint", nullable: true),
                    AgreementText = table.Column<string>(type: "text", nullable: true),
                    AgreementKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IneligibilityReason = table.Column<string>(type: "text", nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationChangeProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationChangeProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationIntroductions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IntroducedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IntroducedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationIntroductions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationPositionDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationPositionDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationPostLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationPostLetters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationSignedAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSignedAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationSignedScans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    VersionSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "text", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploaderName = table.Column<string>(type: "text", nullable: false),
                    UploaderEmail = table.Column<string>(type: "text", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSignedScans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediationSlotResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSlotResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediatorAvailabilityExceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatorAvailabilityExceptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediatorOffices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatorOffices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MediatorWeeklyHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MediatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediatorWeeklyHours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeCursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeCursors", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CountryOfEstablishment = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    WebAddresses = table.Column<string[]>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CertificationMark = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UsesSchemeB2BTerms = table.Column<bool>(type: "boolean", nullable: false),
                    IsSchemeParticipant = table.Column<bool>(type: "boolean", nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactStreet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPostalCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ContactCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContactCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    FileName = table.Column<string>(type: "text", nullable: true),
                    GaveUp = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PendingReceipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ModelJson = table.Column<string>(type: "text", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MailTo = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PostalAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingReceipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ErasedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonErasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PrintQueue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintQueue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RepresentativeInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Capacity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvitedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvitedAt = table.Column<long>(type: "bigint", nullable: false),
                    AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepresentativeInvitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RulingDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TextJson = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulingDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SavedGridFilters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedGridFilters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettlementReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Terms = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeclinedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompanyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BemiddelingDeadlines",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Binds = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    OriginalDueAt = table.Column<long>(type: "bigint", nullable: true),
                    ExtensionReason = table.Column<string>(type: "text", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BemiddelingDeadlines", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_BemiddelingDeadlines_BemiddelingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BemiddelingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BemiddelingParties",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Representative = table.Column<string>(type: "text", nullable: true),
                    PaperProcedure = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BemiddelingParties", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_BemiddelingParties_BemiddelingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BemiddelingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BindingRulingDeadlines",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Binds = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    OriginalDueAt = table.Column<long>(type: "bigint", nullable: true),
                    ExtensionReason = table.Column<string>(type: "text", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BindingRulingDeadlines", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_BindingRulingDeadlines_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BindingRulingParties",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Representative = table.Column<string>(type: "text", nullable: true),
                    PaperProcedure = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BindingRulingParties", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_BindingRulingParties_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    FiledByPartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grounds = table.Column<string>(type: "text", nullable: false),
                    FiledAt = table.Column<long>(type: "bigint", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedByName = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionReason = table.Column<string>(type: "text", nullable: true),
                    ReplacementAssessorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_Challenges_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictDeclarations",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorName = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    DeclaredAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclarations", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_ConflictDeclarations_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deposits",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Payer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequiredAt = table.Column<long>(type: "bigint", nullable: false),
                    PaidAt = table.Column<long>(type: "bigint", nullable: true),
                    SettledAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deposits", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_Deposits_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequests",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "text", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    AnsweredAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequests", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_InformationRequests_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelSeats",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsRapporteur = table.Column<bool>(type: "boolean", nullable: false),
                    SeatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LeftAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedByChallengeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelSeats", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_PanelSeats_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RefusalReasons",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    WrittenReason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusalReasons", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_RefusalReasons_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rulings",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "text", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    ComplianceManner = table.Column<string>(type: "text", nullable: false),
                    ComplyBy = table.Column<DateOnly>(type: "date", nullable: false),
                    MustComply = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedByName = table.Column<string>(type: "text", nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rulings", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_Rulings_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffDecisions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByName = table.Column<string>(type: "text", nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffDecisions", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_StaffDecisions_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "text", nullable: false),
                    AuthorRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    AnswersRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedByPostOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_Submissions_BindingRulingCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "BindingRulingCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseParticipants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseParticipants_CaseSummaries_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseSummaries",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FiledComplaintDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledComplaintDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiledComplaintDocuments_FiledComplaints_CaseId",
                        column: x => x.CaseId,
                        principalTable: "FiledComplaints",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationAcknowledgements",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationAcknowledgements", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationAcknowledgements_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationDeadlines",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Binds = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    OriginalDueAt = table.Column<long>(type: "bigint", nullable: true),
                    ExtensionReason = table.Column<string>(type: "text", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationDeadlines", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationDeadlines_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationParties",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Representative = table.Column<string>(type: "text", nullable: true),
                    PaperProcedure = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationParties", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationParties_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationPositions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationPositions", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationPositions_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationSessions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSessions", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationSessions_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediationSignatures",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    PartyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediationSignatures", x => new { x.CaseId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_MediationSignatures_MediationCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "MediationCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficeRooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeRooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeRooms_MediatorOffices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "MediatorOffices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSubscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationSubscriptions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisterChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Before = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    After = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisterChanges_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxAttachments_Outbox_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleClaims_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RulingDraftVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    TextJson = table.Column<string>(type: "text", nullable: false),
                    SavedAt = table.Column<long>(type: "bigint", nullable: false),
                    SavedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulingDraftVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RulingDraftVersions_RulingDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "RulingDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RulingReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulingReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RulingReviews_RulingDrafts_DraftId",
                        column: x => x.DraftId,
                        principalTable: "RulingDrafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserClaims_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_UserLogins_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_UserRoles_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserRoles_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_UserTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_CaseId_At",
                table: "AuditTrail",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_CaseId_Sequence",
                table: "AuditTrail",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BemiddelingCases_Number",
                table: "BemiddelingCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BemiddelingCases_State",
                table: "BemiddelingCases",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_BemiddelingDeadlines_Status_DueAt",
                table: "BemiddelingDeadlines",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BindingRulingCases_Number",
                table: "BindingRulingCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BindingRulingCases_State",
                table: "BindingRulingCases",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_BindingRulingDeadlines_Status_DueAt",
                table: "BindingRulingDeadlines",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseNumber",
                table: "CaseAttachments",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_OwnerId",
                table: "CaseAttachments",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_CaseNumber_PostedAt",
                table: "CaseMessages",
                columns: new[] { "CaseNumber", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_CaseId",
                table: "CaseParticipants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_Email",
                table: "CaseParticipants",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_OrganisationId",
                table: "CaseParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseParticipants_UserId_Relation_CaseId",
                table: "CaseParticipants",
                columns: new[] { "UserId", "Relation", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_AssessorId_NextDeadlineAt",
                table: "CaseSummaries",
                columns: new[] { "AssessorId", "NextDeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_AssessorId_State",
                table: "CaseSummaries",
                columns: new[] { "AssessorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_BusinessUserId",
                table: "CaseSummaries",
                column: "BusinessUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_ClientOrganisationId",
                table: "CaseSummaries",
                column: "ClientOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_ConsumerUserId",
                table: "CaseSummaries",
                column: "ConsumerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_CreatedAt",
                table: "CaseSummaries",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_MediatorId",
                table: "CaseSummaries",
                column: "MediatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_NextDeadlineAt",
                table: "CaseSummaries",
                column: "NextDeadlineAt");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_Number",
                table: "CaseSummaries",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_OrganisationId",
                table: "CaseSummaries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_Scheme_State",
                table: "CaseSummaries",
                columns: new[] { "Scheme", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_State_NextDeadlineAt",
                table: "CaseSummaries",
                columns: new[] { "State", "NextDeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSummaries_WorkbenchGrid",
                table: "CaseSummaries",
                columns: new[] { "CaseId", "State", "NextDeadlineAt", "Number", "WebshopName", "AmountClaimed", "ProcedureLanguage", "Scheme" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_CaseNumber",
                table: "Documents",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_StorageName",
                table: "Documents",
                column: "StorageName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_SupersedesId",
                table: "Documents",
                column: "SupersedesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiledComplaintDocuments_CaseId",
                table: "FiledComplaintDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FiledComplaints_CaseNumber",
                table: "FiledComplaints",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDrafts_ExpiresAt",
                table: "IntakeDrafts",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDrafts_UserId_Scheme_Paper",
                table: "IntakeDrafts",
                columns: new[] { "UserId", "Scheme", "Paper" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeUploads_CaseNumber",
                table: "IntakeUploads",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeUploads_DraftId",
                table: "IntakeUploads",
                column: "DraftId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationAgreementSignatures_CaseNumber_PartyId",
                table: "MediationAgreementSignatures",
                columns: new[] { "CaseNumber", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationAgreementVersions_CaseNumber_Number",
                table: "MediationAgreementVersions",
                columns: new[] { "CaseNumber", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationAppointments_CaseId",
                table: "MediationAppointments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MediationAppointments_MediatorId_StartsAt",
                table: "MediationAppointments",
                columns: new[] { "MediatorId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationAppointments_RoomId_StartsAt",
                table: "MediationAppointments",
                columns: new[] { "RoomId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationAppointments_Status_StartsAt",
                table: "MediationAppointments",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationAttendance_AppointmentId_PartyId",
                table: "MediationAttendance",
                columns: new[] { "AppointmentId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_Number",
                table: "MediationCases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationCases_State",
                table: "MediationCases",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_MediationChangeProposals_CaseNumber",
                table: "MediationChangeProposals",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MediationDeadlines_Status_DueAt",
                table: "MediationDeadlines",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediationIntroductions_CaseNumber_PartyId",
                table: "MediationIntroductions",
                columns: new[] { "CaseNumber", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationPositionDocuments_CaseNumber",
                table: "MediationPositionDocuments",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MediationPostLetters_CaseNumber",
                table: "MediationPostLetters",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSignedAgreements_CaseNumber",
                table: "MediationSignedAgreements",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediationSignedScans_CaseNumber",
                table: "MediationSignedScans",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_MediationSlotResponses_AppointmentId_PartyId",
                table: "MediationSlotResponses",
                columns: new[] { "AppointmentId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediatorAvailabilityExceptions_MediatorId_FromDate",
                table: "MediatorAvailabilityExceptions",
                columns: new[] { "MediatorId", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_MediatorOffices_MediatorId",
                table: "MediatorOffices",
                column: "MediatorId");

            migrationBuilder.CreateIndex(
                name: "IX_MediatorWeeklyHours_MediatorId",
                table: "MediatorWeeklyHours",
                column: "MediatorId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeRooms_OfficeId",
                table: "OfficeRooms",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_KvkNumber",
                table: "Organisations",
                column: "KvkNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_LegalName",
                table: "Organisations",
                column: "LegalName");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSubscriptions_OrganisationId",
                table: "OrganisationSubscriptions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CaseNumber",
                table: "Outbox",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_NextAttemptAt",
                table: "Outbox",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxAttachments_MessageId",
                table: "OutboxAttachments",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelSeats_AssessorId",
                table: "PanelSeats",
                column: "AssessorId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyInvitations_CaseNumber_PartyId",
                table: "PartyInvitations",
                columns: new[] { "CaseNumber", "PartyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyInvitations_TokenHash",
                table: "PartyInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingReceipts_CaseNumber",
                table: "PendingReceipts",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PendingReceipts_NextAttemptAt",
                table: "PendingReceipts",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_PersonErasures_CaseId",
                table: "PersonErasures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintQueue_SentAt_CreatedAt",
                table: "PrintQueue",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_OrganisationId_At",
                table: "RegisterChanges",
                columns: new[] { "OrganisationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RepresentativeInvitations_CaseNumber",
                table: "RepresentativeInvitations",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_RepresentativeInvitations_Email",
                table: "RepresentativeInvitations",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_RoleClaims_RoleId",
                table: "RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Roles_NormalizedName",
                table: "Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulingDrafts_CaseNumber",
                table: "RulingDrafts",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulingDraftVersions_DraftId_Revision",
                table: "RulingDraftVersions",
                columns: new[] { "DraftId", "Revision" });

            migrationBuilder.CreateIndex(
                name: "IX_RulingReviews_DraftId_At",
                table: "RulingReviews",
                columns: new[] { "DraftId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedGridFilters_UserId_Name",
                table: "SavedGridFilters",
                columns: new[] { "UserId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SettlementReports_CaseNumber",
                table: "SettlementReports",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_UserClaims_UserId",
                table: "UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserLogins_UserId",
                table: "UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserNotifications_UserId_CreatedAt",
                table: "UserNotifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_UserNotifications_UserId_ReadAt",
                table: "UserNotifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_UserRoles_RoleId",
                table: "UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_NormalizedEmail",
                table: "Users",
                column: "NormalizedEmail",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_NormalizedUserName",
                table: "Users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Users_OrganisationId",
                table: "Users",
                column: "OrganisationId");

            // What EF Core cannot express (PostgresSql): the search fold, the audit trail's commit order and its append-only triggers.
            migrationBuilder.Sql(PostgresSql.Fold);
            migrationBuilder.Sql(PostgresSql.AuditOrder);
            migrationBuilder.Sql(PostgresSql.AppendOnly);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresSql.Drop);
            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "BemiddelingDeadlines");

            migrationBuilder.DropTable(
                name: "BemiddelingParties");

            migrationBuilder.DropTable(
                name: "BindingRulingDeadlines");

            migrationBuilder.DropTable(
                name: "BindingRulingParties");

            migrationBuilder.DropTable(
                name: "CaseAttachments");

            migrationBuilder.DropTable(
                name: "CaseMessages");

            migrationBuilder.DropTable(
                name: "CaseNumberSequences");

            migrationBuilder.DropTable(
                name: "CaseParticipants");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "ConflictDeclarations");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Deposits");

            migrationBuilder.DropTable(
                name: "Documents");

            migrationBuilder.DropTable(
                name: "FiledComplaintDocuments");

            migrationBuilder.DropTable(
                name: "FilingAnswers");

            migrationBuilder.DropTable(
                name: "InformationRequests");

            migrationBuilder.DropTable(
                name: "IntakeDrafts");

            migrationBuilder.DropTable(
                name: "IntakeUploads");

            migrationBuilder.DropTable(
                name: "MediationAcknowledgements");

            migrationBuilder.DropTable(
                name: "MediationAgreementSignatures");

            migrationBuilder.DropTable(
                name: "MediationAgreementVersions");

            migrationBuilder.DropTable(
                name: "MediationAppointments");

            migrationBuilder.DropTable(
                name: "MediationAttendance");

            migrationBuilder.DropTable(
                name: "MediationChangeProposals");

            migrationBuilder.DropTable(
                name: "MediationDeadlines");

            migrationBuilder.DropTable(
                name: "MediationIntroductions");

            migrationBuilder.DropTable(
                name: "MediationParties");

            migrationBuilder.DropTable(
                name: "MediationPositionDocuments");

            migrationBuilder.DropTable(
                name: "MediationPositions");

            migrationBuilder.DropTable(
                name: "MediationPostLetters");

            migrationBuilder.DropTable(
                name: "MediationSessions");

            migrationBuilder.DropTable(
                name: "MediationSignatures");

            migrationBuilder.DropTable(
                name: "MediationSignedAgreements");

            migrationBuilder.DropTable(
                name: "MediationSignedScans");

            migrationBuilder.DropTable(
                name: "MediationSlotResponses");

            migrationBuilder.DropTable(
                name: "MediatorAvailabilityExceptions");

            migrationBuilder.DropTable(
                name: "MediatorWeeklyHours");

            migrationBuilder.DropTable(
                name: "NoticeCursors");

            migrationBuilder.DropTable(
                name: "OfficeRooms");

            migrationBuilder.DropTable(
                name: "OrganisationSubscriptions");

            migrationBuilder.DropTable(
                name: "OutboxAttachments");

            migrationBuilder.DropTable(
                name: "PanelSeats");

            migrationBuilder.DropTable(
                name: "PartyInvitations");

            migrationBuilder.DropTable(
                name: "PendingReceipts");

            migrationBuilder.DropTable(
                name: "PersonErasures");

            migrationBuilder.DropTable(
                name: "PrintQueue");

            migrationBuilder.DropTable(
                name: "RefusalReasons");

            migrationBuilder.DropTable(
                name: "RegisterChanges");

            migrationBuilder.DropTable(
                name: "RepresentativeInvitations");

            migrationBuilder.DropTable(
                name: "RoleClaims");

            migrationBuilder.DropTable(
                name: "RulingDraftVersions");

            migrationBuilder.DropTable(
                name: "RulingReviews");

            migrationBuilder.DropTable(
                name: "Rulings");

            migrationBuilder.DropTable(
                name: "SavedGridFilters");

            migrationBuilder.DropTable(
                name: "SettlementReports");

            migrationBuilder.DropTable(
                name: "StaffDecisions");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "UserClaims");

            migrationBuilder.DropTable(
                name: "UserLogins");

            migrationBuilder.DropTable(
                name: "UserNotifications");

            migrationBuilder.DropTable(
                name: "UserRoles");

            migrationBuilder.DropTable(
                name: "UserTokens");

            migrationBuilder.DropTable(
                name: "BemiddelingCases");

            migrationBuilder.DropTable(
                name: "CaseSummaries");

            migrationBuilder.DropTable(
                name: "FiledComplaints");

            migrationBuilder.DropTable(
                name: "MediationCases");

            migrationBuilder.DropTable(
                name: "MediatorOffices");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "RulingDrafts");

            migrationBuilder.DropTable(
                name: "BindingRulingCases");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Users");
        }
    }
}
