using System.Reflection;
using AdrDesk.Infrastructure.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Until December 2026 AdrDesk's migrations were embedded SQL scripts (dotnet-ef could not be had). A
/// database made then lists those six scripts in its history, and its schema is exactly what the
/// <see cref="Baseline"/> migration creates (the scripts were checked against the model column by column;
/// LegacyUpgradeTests checks a database made by that version). Before migrating, such a database's history
/// is rewritten to say "Baseline applied", once, so the C# migrations after it apply on top and no row is
/// touched. A database that stopped part-way through the scripts cannot be adopted safely and is refused.
/// </summary>
internal static class LegacyMigrationHistory
{
    internal static readonly string[] ScriptIds =
    [
        "20261121000000_Initial", "20261121000100_AuditAppendOnly", "20261122000200_WorkbenchGridCover",
        "20261122000300_MediationFiles", "20261122000400_OnePrintQueue", "20261122000500_PendingReceipts",
    ];

    internal static string BaselineId { get; } = typeof(Baseline).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>True when the history was rewritten (the database was made by the script migrations).</summary>
    public static async Task<bool> AdoptAsync(AdrDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()) return false; // the scripts only ever ran on SQLite
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken)) return false;

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet();
        var scripts = ScriptIds.Where(applied.Contains).ToList();
        if (scripts.Count == 0) return false;
        if (scripts.Count != ScriptIds.Length)
        {
            throw new InvalidOperationException(
                $"This database was made by an AdrDesk version whose SQL migrations were applied only up to {scripts[^1]}. " +
                "Start that database once with AdrDesk 6726d2b (the last version with SQL-script migrations), then with this version.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in ScriptIds)
        {
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(id), cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(BaselineId, ProductInfo.GetVersion())), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
