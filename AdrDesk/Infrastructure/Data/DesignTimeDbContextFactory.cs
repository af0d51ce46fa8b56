using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// What <c>dotnet ef</c> uses to build the model when it adds a migration: the context on SQLite,
/// without starting the app (no host, no demo data, no hosted services).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AdrDbContext>
{
    public AdrDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdrDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
