using System.Data.Common;
using System.IO.Compression;
using System.Security.Claims;
using System.Text.Json;
using AdrDesk.Features.Documents;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Cases.DataRights;

/// <summary>
/// Issue 19 item 7, GDPR art. 15: everything the desk holds on the signed-in person, as one ZIP: <c>gegevens.json</c> (the
/// account, the cases where they are a party or representative, the messages they wrote, the audit entries of their own
/// acts, invitations to or accepted by them, intake drafts, notifications) and <c>documenten/</c> with the issued documents
/// of their cases. Only the caller's own data: rows are selected by their account id (and, for invitations, their address),
/// never by a parameter the browser chooses. Instants are written in UTC (ISO 8601).
/// </summary>
public sealed class PersonalDataExport(IDbContextFactory<AdrDbContext> factory, AccountScopes accounts, IOptions<DocumentOptions> documents, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The ZIP's bytes, or null when the caller has no account (signed out, or deleted meanwhile).</summary>
    public async Task<byte[]?> ExportAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        var account = await accounts.RunAsync(async users =>
        {
            var found = await users.FindByIdAsync(id.ToString());
            return found is null ? null : new
            {
                found.Id, found.Email, found.EmailConfirmed, found.DisplayName, found.PhoneNumber, found.CompanyName, found.KvkNumber,
                found.OrganisationId, found.PreferredLanguage, CreatedAt = found.CreatedAt.UtcDateTime.ToString("O"),
                Roles = await users.GetRolesAsync(found),
            };
        });
        if (account is null) return null;
        var address = account.Email?.Trim().ToUpperInvariant() ?? "";

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var u = connection.Id(id); // TEXT on SQLite, uuid on PostgreSQL
        var cases = await RowsAsync(connection, """
            SELECT s."Number", s."Scheme", s."State", p."Relation", p."Name" AS "PartyName", s."CreatedAt", s."EndedAt"
            FROM "CaseParticipants" p JOIN "CaseSummaries" s ON s."CaseId" = p."CaseId" WHERE p."UserId" = @u ORDER BY s."Number"
            """, u, address, cancellationToken);
        var export = new Dictionary<string, object?>
        {
            ["exportedAt"] = clock.GetUtcNow().UtcDateTime.ToString("O"),
            ["account"] = account,
            ["cases"] = cases,
            ["messages"] = await RowsAsync(connection,
                """SELECT "CaseNumber", "PostedAt", "AuthorName", "Body" FROM "CaseMessages" WHERE "AuthorId" = @u ORDER BY "PostedAt" """, u, address, cancellationToken),
            ["auditEntries"] = await RowsAsync(connection, """
                SELECT "CaseNumber", "At", "Role", "Action", "Before", "After", "ActorName", "Detail", "OnBehalfOf"
                FROM "AuditTrail" WHERE "ActorId" = @u ORDER BY "CaseNumber", "Sequence"
                """, u, address, cancellationToken),
            ["invitations"] = await RowsAsync(connection, """
                SELECT "CaseNumber", "Kind", "Email", "PartyName", "IssuedAt", "ExpiresAt", "AcceptedAt", "RevokedAt"
                FROM "PartyInvitations" WHERE "AcceptedBy" = @u OR upper("Email") = @e ORDER BY "IssuedAt"
                """, u, address, cancellationToken),
            ["representativeInvitations"] = await RowsAsync(connection, """
                SELECT "CaseNumber", "Name", "Email", "PartyName", "Capacity", "InvitedAt", "AcceptedAt", "EndedAt"
                FROM "RepresentativeInvitations" WHERE "AcceptedBy" = @u OR "InvitedBy" = @u OR upper("Email") = @e ORDER BY "InvitedAt"
                """, u, address, cancellationToken),
            ["drafts"] = await RowsAsync(connection,
                """SELECT "Id", "Scheme", "Step", "AnswersJson", "CreatedAt", "UpdatedAt" FROM "IntakeDrafts" WHERE "UserId" = @u""", u, address, cancellationToken),
            ["notifications"] = await RowsAsync(connection,
                """SELECT "CaseNumber", "Kind", "CreatedAt", "ReadAt" FROM "UserNotifications" WHERE "UserId" = @u ORDER BY "CreatedAt" """, u, address, cancellationToken),
        };
        var issued = await RowsAsync(connection, """
            SELECT "CaseNumber", "Title", "FileName", "StorageName" FROM "Documents" WHERE "CaseNumber" IN (SELECT s."Number" FROM "CaseParticipants" p
            JOIN "CaseSummaries" s ON s."CaseId" = p."CaseId" WHERE p."UserId" = @u) ORDER BY "CaseNumber", "CreatedAt"
            """, u, address, cancellationToken);

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var root = Path.GetFullPath(documents.Value.StorePath);
            var listed = new List<object>();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var d in issued)
            {
                var storage = (string)d["StorageName"]!;
                var path = Path.Combine(root, storage[..2], storage);
                var name = $"documenten/{d["CaseNumber"]}/{Path.GetFileName((string)d["FileName"]!)}";
                for (var n = 2; !used.Add(name); n++) name = $"documenten/{d["CaseNumber"]}/{n}-{Path.GetFileName((string)d["FileName"]!)}";
                var present = File.Exists(path);
                if (present) await using (var entry = archive.CreateEntry(name).Open()) await using (var file = File.OpenRead(path)) await file.CopyToAsync(entry, cancellationToken);
                listed.Add(new { caseNumber = d["CaseNumber"], title = d["Title"], file = present ? name : null });
            }
            export["documents"] = listed;
            await using var json = archive.CreateEntry("gegevens.json").Open();
            await JsonSerializer.SerializeAsync(json, export, Json, cancellationToken);
        }
        return zip.ToArray();
    }

    /// <summary>Rows as name → value; instants (columns ending in "At", stored as UTC ticks) as ISO 8601 text.</summary>
    private static async Task<List<Dictionary<string, object?>>> RowsAsync(DbConnection connection, string sql, object userId, string address, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in (ReadOnlySpan<(string, object)>)[("@u", userId), ("@e", address)])
        {
            if (!sql.Contains(name, StringComparison.Ordinal)) continue;
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var rows = new List<Dictionary<string, object?>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                object? value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (value is long ticks && name.EndsWith("At", StringComparison.Ordinal)) value = new DateTime(ticks, DateTimeKind.Utc).ToString("O");
                row[name] = value;
            }
            rows.Add(row);
        }
        return rows;
    }
}

/// <summary>The download of <see cref="PersonalDataExport"/>: signed-in only, the caller's own data, never cached.</summary>
public static class PersonalDataEndpoints
{
    public const string ExportPath = "/account/my-data/export";

    public static IEndpointRouteBuilder MapPersonalDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (HttpContext http, PersonalDataExport export, TimeProvider clock) =>
        {
            var zip = await export.ExportAsync(http.User, http.RequestAborted);
            if (zip is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            var name = $"mijn-gegevens-{clock.GetUtcNow():yyyy-MM-dd}.zip";
            return Results.File(zip, "application/zip", name);
        }).RequireAuthorization();
        return endpoints;
    }
}
