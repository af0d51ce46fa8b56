using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// AdrDesk's context on PostgreSQL (issue 17): the same model as <see cref="AdrDbContext"/>, as a type of its own so that
/// EF Core keeps the two providers' migrations apart (a migration belongs to the context type named in its
/// <c>[DbContext]</c>): the SQLite migrations in <c>Infrastructure/Data/Migrations</c>, PostgreSQL's in
/// <c>Infrastructure/Data/Migrations/Postgres</c>. Services never see the type: the factory hands it out as an
/// <see cref="AdrDbContext"/>.
/// </summary>
public sealed class PostgresAdrDbContext(DbContextOptions<AdrDbContext> options) : AdrDbContext(options);

/// <summary>Which provider a context runs on, and the provider-specific pieces of raw SQL (parameters, ids).</summary>
public static class DatabaseProviders
{
    /// <summary>
    /// The options for <paramref name="database"/>'s provider: SQLite with its per-connection pragmas and functions, or
    /// Npgsql (its own connection pool; the connection string says where).
    /// </summary>
    public static DbContextOptionsBuilder UseAdrDatabase(this DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
                throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
            builder.UseNpgsql(database.ConnectionString);
        }
        else
        {
            builder.UseSqlite(database.SqliteConnectionString()).AddInterceptors(new SqlitePragmas(database.BusyTimeoutMs));
        }
        return builder;
    }

    /// <summary>A new context of the provider's type over <paramref name="options"/>.</summary>
    public static AdrDbContext CreateContext(DbContextOptions<AdrDbContext> options, DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? new PostgresAdrDbContext(options) : new AdrDbContext(options);

    public static bool IsPostgres(this AdrDbContext db) => db.Database.IsNpgsql();

    public static bool IsPostgres(this DbConnection connection) => connection is Npgsql.NpgsqlConnection;

    /// <summary>
    /// An id as raw SQL compares it: SQLite keeps a Guid as upper-case TEXT (EF Core's mapping), PostgreSQL as uuid.
    /// Use it for every Guid parameter of hand-written SQL.
    /// </summary>
    public static object Id(this DbConnection connection, Guid id) => connection.IsPostgres() ? id : id.ToString().ToUpperInvariant();

    /// <summary>An id read by hand-written SQL: uuid on PostgreSQL, TEXT on SQLite.</summary>
    public static Guid ReadId(this DbDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) is Guid id ? id : Guid.Parse(reader.GetString(ordinal));

    /// <summary>Adds a named parameter (write <c>@name</c> in the SQL: both providers read that form).</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}

/// <summary>
/// Hands out contexts of the configured provider's type (<see cref="AdrDbContext"/> or <see cref="PostgresAdrDbContext"/>),
/// one per operation. Registered with AddDbContextFactory, so the scoped context Identity's stores use comes from it too.
/// </summary>
public sealed class AdrDbContextFactory(DbContextOptions<AdrDbContext> options, DatabaseOptions database) : IDbContextFactory<AdrDbContext>
{
    public AdrDbContext CreateDbContext() => DatabaseProviders.CreateContext(options, database.Provider);
}

/// <summary>
/// What <c>dotnet ef … --context PostgresAdrDbContext</c> uses to build the PostgreSQL model (no server is contacted to add
/// a migration). The connection string is a placeholder unless ADRDESK_PG_DESIGN names a real one (for <c>database update</c>).
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresAdrDbContext>
{
    public PostgresAdrDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdrDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ADRDESK_PG_DESIGN") ?? "Host=127.0.0.1;Database=adrdesk_design;Username=postgres")
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
