using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdrDesk.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class EraseDataRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonErasures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonErasures_CaseId",
                table: "PersonErasures",
                column: "CaseId");

            // Issue 19 item 7: besides D24 erasure, an erasure of a person (account deletion, the desk's erasure on request)
            // may overwrite the personal text of a case's entries, with either marker, when the case has a PersonErasures row
            // (written in the erasure's transaction); the chain columns stay untouched as before (AuditChain).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.Sql(Trigger(PersonErasable));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.Sql(Trigger(CaseErasable));
            migrationBuilder.DropTable(
                name: "PersonErasures");
        }

        private const string Unchanged = """
            NEW."Id" = OLD."Id" AND NEW."CaseId" = OLD."CaseId" AND NEW."CaseNumber" = OLD."CaseNumber"
                AND NEW."ActorId" = OLD."ActorId" AND NEW."Role" = OLD."Role" AND NEW."At" = OLD."At"
                AND NEW."Action" = OLD."Action" AND NEW."Sequence" = OLD."Sequence"
                AND NEW."Before" IS OLD."Before" AND NEW."After" IS OLD."After"
            """;

        /// <summary>As AuditHashChain left it: D24 only.</summary>
        private const string CaseErasable = """
            (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" = '[verwijderd]')
                AND (NEW."Detail" IS OLD."Detail" OR NEW."Detail" = '[verwijderd]')
                AND (NEW."OnBehalfOf" IS OLD."OnBehalfOf" OR NEW."OnBehalfOf" = '[verwijderd]')
                AND EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased')
            """;

        private const string PersonErasable = """
            (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" IN ('[verwijderd]', '[verwijderd account]'))
                AND (NEW."Detail" IS OLD."Detail" OR NEW."Detail" IN ('[verwijderd]', '[verwijderd account]'))
                AND (NEW."OnBehalfOf" IS OLD."OnBehalfOf" OR NEW."OnBehalfOf" IN ('[verwijderd]', '[verwijderd account]'))
                AND (EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased')
                    OR EXISTS (SELECT 1 FROM "PersonErasures" p WHERE p."CaseId" = OLD."CaseId"))
            """;

        private static string Trigger(string erasable) => $"""
            CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
            WHEN NOT (
                {Unchanged}
                AND (
                    (OLD."Hash" IS NULL AND OLD."PersonalDigest" IS NULL AND OLD."Salt" IS NULL
                        AND NEW."ActorName" = OLD."ActorName" AND NEW."Detail" IS OLD."Detail" AND NEW."OnBehalfOf" IS OLD."OnBehalfOf")
                    OR
                    (NEW."Hash" IS OLD."Hash" AND NEW."PersonalDigest" IS OLD."PersonalDigest"
                        AND (NEW."Salt" IS OLD."Salt" OR NEW."Salt" IS NULL)
                        AND {erasable})
                ))
            BEGIN
                SELECT RAISE(ABORT, 'AuditTrail is append-only: UPDATE is not allowed');
            END;
            """;
    }
}
