using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdrDesk.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonalDigest",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Salt",
                table: "AuditTrail",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            // Still append-only, with two exceptions: the one-time seal of an entry written before the chain (its three
            // chain columns from empty to set, nothing else changed: AuditChainSeal at start-up), and D24 erasure as
            // before, which may also drop the salt but never touch the chain columns (AuditChain explains why).
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.Sql(ChainTrigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AuditTrail_NoUpdate\";");
            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "PersonalDigest",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Salt",
                table: "AuditTrail");

            migrationBuilder.Sql(PreviousTrigger);
        }

        private const string Unchanged = """
            NEW."Id" = OLD."Id" AND NEW."CaseId" = OLD."CaseId" AND NEW."CaseNumber" = OLD."CaseNumber"
                AND NEW."ActorId" = OLD."ActorId" AND NEW."Role" = OLD."Role" AND NEW."At" = OLD."At"
                AND NEW."Action" = OLD."Action" AND NEW."Sequence" = OLD."Sequence"
                AND NEW."Before" IS OLD."Before" AND NEW."After" IS OLD."After"
            """;

        private const string Erasable = """
            (NEW."ActorName" = OLD."ActorName" OR NEW."ActorName" = '[verwijderd]')
                AND (NEW."Detail" IS OLD."Detail" OR NEW."Detail" = '[verwijderd]')
                AND (NEW."OnBehalfOf" IS OLD."OnBehalfOf" OR NEW."OnBehalfOf" = '[verwijderd]')
                AND EXISTS (SELECT 1 FROM "CaseSummaries" s WHERE s."CaseId" = OLD."CaseId" AND s."State" = 'DataErased')
            """;

        private const string Refuse = """
            BEGIN
                SELECT RAISE(ABORT, 'AuditTrail is append-only: UPDATE is not allowed');
            END;
            """;

        private const string ChainTrigger = $"""
            CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
            WHEN NOT (
                {Unchanged}
                AND (
                    (OLD."Hash" IS NULL AND OLD."PersonalDigest" IS NULL AND OLD."Salt" IS NULL
                        AND NEW."ActorName" = OLD."ActorName" AND NEW."Detail" IS OLD."Detail" AND NEW."OnBehalfOf" IS OLD."OnBehalfOf")
                    OR
                    (NEW."Hash" IS OLD."Hash" AND NEW."PersonalDigest" IS OLD."PersonalDigest"
                        AND (NEW."Salt" IS OLD."Salt" OR NEW."Salt" IS NULL)
                        AND {Erasable})
                ))
            {Refuse}
            """;

        private const string PreviousTrigger = $"""
            CREATE TRIGGER "AuditTrail_NoUpdate" BEFORE UPDATE ON "AuditTrail"
            WHEN NOT (
                {Unchanged}
                AND {Erasable})
            {Refuse}
            """;
    }
}
