using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdrDesk.Infrastructure.Data.Migrations;

/// <summary>
/// A migration whose Up is an embedded SQL script named after the migration id.
/// Why not generated C# migrations: the EF Core design-time package (dotnet ef) cannot be restored
/// on this feed (Mono.TextTemplating is absent). The runtime migrator, history table and lock are
/// EF Core's own; the scripts are written with <c>dotnet run --project AdrDesk -- --write-schema FILE</c>
/// (the model's CREATE script) and, for later changes, by hand. MigrationSchemaTests proves that the
/// migrated schema equals the model's schema, so a forgotten migration fails the build.
/// </summary>
public abstract class SqlScriptMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()!.Id;
        var resource = $"{typeof(SqlScriptMigration).Namespace}.{id}.sql";
        using var stream = typeof(SqlScriptMigration).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration script {resource} is missing.");
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql(reader.ReadToEnd());
    }
}
