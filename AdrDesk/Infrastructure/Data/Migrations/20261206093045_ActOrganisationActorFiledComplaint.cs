using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdrDesk.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActOrganisationActorFiledComplaint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "CaseParticipants",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOf",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FiledComplaints",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledByName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FiledByBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnPaper = table.Column<bool>(type: "INTEGER", nullable: false),
                    Complaint = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClaimTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    Product = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OrderDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProductValue = table.Column<long>(type: "INTEGER", nullable: true),
                    ShippingCosts = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstReported = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplyReceived = table.Column<bool>(type: "INTEGER", nullable: true),
                    EarlierReply = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiledComplaints", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "FiledComplaintDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_FiledComplaintDocuments_CaseId",
                table: "FiledComplaintDocuments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FiledComplaints_CaseNumber",
                table: "FiledComplaints",
                column: "CaseNumber",
                unique: true);

            // The audit trail stays append-only with its new column: the trigger is recreated so that OnBehalfOf, like
            // ActorName, can only be overwritten with the erased marker once the case's data is erased (D24).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.Sql(TriggerWith(onBehalfOf: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.DropTable(
                name: "FiledComplaintDocuments");

            migrationBuilder.DropTable(
                name: "FiledComplaints");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "CaseParticipants");

            migrationBuilder.DropColumn(
                name: "OnBehalfOf",
                table: "AuditTrail");

            migrationBuilder.Sql(TriggerWith(onBehalfOf: false));
        }

        private const string OnBehalfOfErasable = """AND (NEW."OnBehalfOf" IS OLD."OnBehalfOf" OR NEW."OnBehalfOf" = '[verwijderd]')""";

        private static string TriggerWith(bool onBehalfOf) => $$"""
            CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
            WHEN NOT (
                NEW."Id" = OLD."Id" AND NEW."CaseId" = OLD."CaseId" AND NEW."CaseNumber" = OLD."CaseNumber"
                AND NEW."ActorId" = OLD."ActorId" AND NEW."Role" = OLD."Role" AND NEW."At" = OLD."At"
                AND NEW."Action" = OLD."Action" AND NEW."Sequence" = OLD."Sequence"
                AND NEW."Before" IS OLD."Before" AND NEW."After" IS OLD."After"
                AND (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" = '[verwijderd]')
                AND (NEW."Detail" IS OLD."Detail" OR NEW."Detail" = '[verwijderd]')
                {{(onBehalfOf ? OnBehalfOfErasable : "")}}
                AND EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased'))
            BEGIN
                SELECT RAISE(ABORT, 'AuditTrail is append-only: UPDATE is not allowed');
            END;
            """;
    }
}
