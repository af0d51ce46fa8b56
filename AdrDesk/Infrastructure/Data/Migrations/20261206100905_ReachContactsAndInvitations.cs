using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AdrDesk.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReachContactsAndInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactCity",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactCountry",
                table: "Organisations",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Organisations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Organisations",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPostalCode",
                table: "Organisations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactStreet",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartyInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyInvitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyInvitations_CaseNumber_PartyId",
                table: "PartyInvitations",
                columns: new[] { "CaseNumber", "PartyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyInvitations_TokenHash",
                table: "PartyInvitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartyInvitations");

            migrationBuilder.DropColumn(
                name: "ContactCity",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactCountry",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactPostalCode",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ContactStreet",
                table: "Organisations");
        }
    }
}
