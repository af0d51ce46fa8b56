using System.Security.Claims;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Features.Cases.DataRights;

/// <summary>What an erasure of a person did: the cases whose text was erased, the mails and files removed.</summary>
/// <remarks><see cref="HadAccount"/> without <see cref="AccountDeleted"/>: the data is erased, but Identity refused to delete the
/// account; the page says so, and erasing again deletes it.</remarks>
public sealed record PersonErased(int Cases, int AuditEntries, int Mails, int MailFiles, bool AccountDeleted, bool HadAccount = false)
{
    /// <summary>An account was found but is still there.</summary>
    public bool AccountDeletionFailed => HadAccount && !AccountDeleted;
}

/// <summary>
/// Issue 19 item 7, GDPR art. 17: a person deletes their own account (confirmed with the password), or the desk's admin
/// erases a person on request, by account or by e-mail address. Refused while a case of the person is open (it still needs
/// them: <see cref="AccountHasOpenCases"/>). In one transaction: the person's name in the parties of their cases and in the
/// case index, their messages' text, their intake drafts, notifications and invitations, the mails to their address (text
/// and attachments; the .eml files right after the commit), and the personal text of the audit entries about them, which
/// stay (who did what when, by role) with the neutral marker <see cref="Marker"/>, their salt dropped, followed by the
/// erasure's own linked entry per case, as D24 erasure does, so the audit chain still verifies. Then the account itself is
/// deleted, which ends every session at its next security-stamp check (within a minute).
/// </summary>
public sealed class PersonalDataRights(
    IDbContextFactory<AdrDbContext> factory, AccountScopes accounts, IOptions<MailOptions> mail, TimeProvider clock, ILogger<PersonalDataRights> logger)
{
    public const string Marker = "[verwijderd account]";

    private static readonly string[] EndedStates =
    [
        nameof(BindingRulingState.Refused), nameof(BindingRulingState.Withdrawn), nameof(BindingRulingState.Settled),
        nameof(BindingRulingState.Closed), nameof(BindingRulingState.DataErased),
        nameof(MediationState.Ineligible), nameof(MediationState.Withdrawn), nameof(BemiddelingState.Closed),
    ];

    /// <summary>The signed-in person deletes their own account, confirmed with its password.</summary>
    public async Task<Result<PersonErased>> DeleteOwnAccountAsync(ClaimsPrincipal user, string password, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return new DeletionPasswordIncorrect();
        var account = await accounts.RunAsync(async users =>
        {
            var found = await users.FindByIdAsync(id.ToString());
            return found is not null && await users.CheckPasswordAsync(found, password ?? "") ? found : null;
        });
        if (account is null) return new DeletionPasswordIncorrect();
        return await EraseAsync(account.Id, account.Email, account.DisplayName, id, cancellationToken);
    }

    /// <summary>The desk's admin erases a person on request: <paramref name="accountOrEmail"/> is an account id or an e-mail address.</summary>
    public async Task<Result<PersonErased>> EraseByDeskAsync(ClaimsPrincipal admin, string accountOrEmail, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(SecurityRoles.Admin) || !Guid.TryParse(admin.FindFirstValue(ClaimTypes.NameIdentifier), out var by)) return new ErasureByAdminOnly();
        var key = (accountOrEmail ?? "").Trim();
        if (key.Length == 0) return new NothingToErase();
        var account = await accounts.RunAsync(async users =>
            Guid.TryParse(key, out var id) ? await users.FindByIdAsync(id.ToString()) : await users.FindByEmailAsync(key));
        if (account is not null) return await EraseAsync(account.Id, account.Email, account.DisplayName, by, cancellationToken);
        if (Guid.TryParse(key, out _)) return new NothingToErase();
        // No account: what the desk holds under the address alone (mails, invitations).
        return await EraseAsync(null, key, null, by, cancellationToken);
    }

    private async Task<Result<PersonErased>> EraseAsync(Guid? userId, string? email, string? name, Guid by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var address = email?.Trim().ToUpperInvariant();
        List<string> files;
        int audited = 0, mails;
        List<Guid> cases;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            cases = userId is { } u
                ? await db.Set<CaseParticipant>().Where(p => p.UserId == u && p.Relation != CaseRelation.Assessor && p.Relation != CaseRelation.Mediator)
                    .Select(p => p.CaseId)
                    .Union(db.Set<AuditEntry>().Where(a => a.ActorId == u).Select(a => a.CaseId))
                    .Distinct().ToListAsync(cancellationToken)
                : [];
            var open = await db.Set<CaseSummary>().CountAsync(s => cases.Contains(s.CaseId) && !EndedStates.Contains(s.State), cancellationToken);
            if (open > 0) return new AccountHasOpenCases(open);

            var outbox = db.Set<OutboxMessage>().Where(m => address != null && m.ToAddress.ToUpper() == address);
            files = await outbox.Where(m => m.FileName != null).Select(m => m.FileName!).ToListAsync(cancellationToken);
            mails = await outbox.CountAsync(cancellationToken);
            if (userId is null && mails == 0
                && !await db.Set<Invitations.PartyInvitation>().AnyAsync(i => i.Email.ToUpper() == address, cancellationToken))
                return new NothingToErase();

            if (userId is { } id)
            {
                foreach (var caseId in cases)
                {
                    db.Add(new PersonErasure { Id = Guid.NewGuid(), CaseId = caseId, UserId = id, At = now, ErasedBy = by });
                }
                await db.SaveChangesAsync(cancellationToken); // the trigger reads these before the audit trail's update
                audited = await EraseCasesAsync(db, id, name ?? "", cases, now, cancellationToken);
            }
            await EraseAddressAsync(db, address, cancellationToken);
            await EraseAsRepresentativeAsync(db, userId, address, cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        var folder = Path.GetFullPath(mail.Value.OutboxFolder);
        var deleted = files.Sum(f => ErasedCaseFiles.Delete(Path.Combine(folder, Path.GetFileName(f))));
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await db.Set<OutboxMessage>().Where(m => m.ToAddress == PersonalDataEraser.Erased && files.Contains(m.FileName!)).ExecuteDeleteAsync(cancellationToken);
        }
        var accountDeleted = false;
        if (userId is { } gone)
        {
            accountDeleted = await accounts.RunAsync(async users =>
                await users.FindByIdAsync(gone.ToString()) is { } account && (await users.DeleteAsync(account)).Succeeded);
        }
        logger.LogInformation("Person erased: {Cases} case(s), {Entries} audit entries, {Mails} mail(s), account deleted {Deleted}",
            cases.Count, audited, mails, accountDeleted);
        return new PersonErased(cases.Count, audited, mails, deleted, accountDeleted, userId is not null);
    }

    private const string PartySet = $"""SET "Name" = CASE WHEN "Role" = 'Consumer' THEN '{Marker}' ELSE "Name" END, "UserId" = NULL WHERE "UserId" = """;

    private static readonly string[] PartyStatements =
    [
        """UPDATE "BindingRulingParties" """ + PartySet + "{0}",
        """UPDATE "MediationParties" """ + PartySet + "{0}",
        """UPDATE "BemiddelingParties" """ + PartySet + "{0}",
    ];

    private static async Task<int> EraseCasesAsync(AdrDbContext db, Guid userId, string name, List<Guid> cases, DateTimeOffset now, CancellationToken ct)
    {
        var u = db.Database.GetDbConnection().Id(userId); // TEXT on SQLite, uuid on PostgreSQL
        // A consumer party is the person: its name goes. A business party is the organisation: only the link to this account goes.
        foreach (var statement in PartyStatements) await db.Database.ExecuteSqlRawAsync(statement, [u], ct);
        await db.Set<CaseSummary>().Where(s => s.ConsumerUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsumerUserId, (Guid?)null).SetProperty(x => x.ConsumerName, Marker), ct);
        await db.Set<CaseSummary>().Where(s => s.BusinessUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.BusinessUserId, (Guid?)null), ct);
        await db.Set<CaseSummary>().Where(s => s.ClientUserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ClientUserId, (Guid?)null), ct);
        await db.Set<CaseParticipant>().Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "CaseMessages" SET "Body" = '', "AuthorName" = '{Marker}' WHERE "AuthorId" = {"{0}"}""", [u], ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "IntakeDrafts" WHERE "UserId" = {0}""", [u], ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "UserNotifications" WHERE "UserId" = {0}""", [u], ct);

        // The audit entries about the person keep who did what when; their personal text becomes the marker and their salt
        // goes (AuditChain: the digest stays, so every link verifies). A name shorter than 3 letters is not searched in text.
        var named = name.Trim().Length >= 3 ? name.Trim() : null;
        var total = 0;
        foreach (var caseId in cases)
        {
            var c = db.Database.GetDbConnection().Id(caseId);
            var instr = db.IsPostgres() ? "strpos" : "instr"; // the position of {1} in the text, 0 when absent (a constant: no input)
            var erase = $$"""
                UPDATE "AuditTrail" SET
                    "ActorName" = CASE WHEN "ActorId" = {0} THEN '{{Marker}}' ELSE "ActorName" END,
                    "Detail" = CASE WHEN "Detail" IS NOT NULL AND ("ActorId" = {0} OR (CAST({1} AS TEXT) IS NOT NULL AND {{instr}}("Detail", CAST({1} AS TEXT)) > 0)) THEN '{{Marker}}' ELSE "Detail" END,
                    "OnBehalfOf" = CASE WHEN "OnBehalfOf" IS NOT NULL AND "OnBehalfOf" = CAST({1} AS TEXT) THEN '{{Marker}}' ELSE "OnBehalfOf" END,
                    "Salt" = NULL
                WHERE "CaseId" = {2} AND ("ActorId" = {0} OR (CAST({1} AS TEXT) IS NOT NULL AND ({{instr}}(coalesce("Detail", ''), CAST({1} AS TEXT)) > 0 OR "OnBehalfOf" = CAST({1} AS TEXT))))
                """;
            var changed = await db.Database.ExecuteSqlRawAsync(erase, [u, (object?)named ?? DBNull.Value, c], ct);
            total += changed;
            var number = await db.Set<CaseSummary>().Where(s => s.CaseId == caseId).Select(s => s.Number).FirstAsync(ct);
            await CaseStore.AppendAuditAsync(db, caseId, number, Actor.System, now, Infrastructure.Data.AuditChain.PersonalDataErasedAction,
                null, null, changed.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        }
        await db.SaveChangesAsync(ct);
        return total;
    }

    /// <summary>The D7 representative record of a party (its JSON column) where the person represents it, by account or address.</summary>
    private const string RepresentativeSet = $$"""
        SET "Representative" = json_set("Representative", '$.Name', '{{Marker}}', '$.Email', NULL, '$.UserId', NULL)
        WHERE "Representative" IS NOT NULL
          AND ((upper(json_extract("Representative", '$.UserId')) = {0}) OR (upper(json_extract("Representative", '$.Email')) = {1}))
        """;

    /// <summary>The same on PostgreSQL, whose JSON functions differ (the column is text holding JSON on both).</summary>
    private const string PostgresRepresentativeSet = $$"""
        SET "Representative" = jsonb_set(jsonb_set(jsonb_set(CAST("Representative" AS jsonb), ARRAY['Name'], to_jsonb(CAST('{{Marker}}' AS TEXT))),
                ARRAY['Email'], 'null'::jsonb), ARRAY['UserId'], 'null'::jsonb)::text
        WHERE "Representative" IS NOT NULL
          AND ((upper(CAST("Representative" AS jsonb) ->> 'UserId') = CAST({0} AS TEXT)) OR (upper(CAST("Representative" AS jsonb) ->> 'Email') = CAST({1} AS TEXT)))
        """;

    private static string[] RepresentativeStatements(AdrDbContext db)
    {
        var set = db.IsPostgres() ? PostgresRepresentativeSet : RepresentativeSet;
        return
        [
            """UPDATE "BindingRulingParties" """ + set,
            """UPDATE "MediationParties" """ + set,
            """UPDATE "BemiddelingParties" """ + set,
        ];
    }

    /// <summary>
    /// D7: where the person is (or was invited as) a party's representative, the name and address in the party's
    /// representative record become the marker; the party keeps that it was represented and in what capacity.
    /// </summary>
    private static async Task EraseAsRepresentativeAsync(AdrDbContext db, Guid? userId, string? address, CancellationToken ct)
    {
        if (userId is null && address is null) return;
        object user = userId?.ToString().ToUpperInvariant() ?? (object)DBNull.Value;
        object mail = (object?)address ?? DBNull.Value;
        foreach (var statement in RepresentativeStatements(db)) await db.Database.ExecuteSqlRawAsync(statement, [user, mail], ct);
        if (address is not null)
        {
            await db.Set<CaseParticipant>().Where(p => p.Relation == CaseRelation.Representative && p.Email == address).ExecuteDeleteAsync(ct);
        }
    }

    private static async Task EraseAddressAsync(AdrDbContext db, string? address, CancellationToken ct)
    {
        if (address is null) return;
        await db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "OutboxAttachments" WHERE "MessageId" IN (SELECT "Id" FROM "Outbox" WHERE upper("ToAddress") = {0})""", [address], ct);
        await db.Database.ExecuteSqlRawAsync($"""
            UPDATE "Outbox" SET "ToAddress" = '{PersonalDataEraser.Erased}', "ToName" = '{PersonalDataEraser.Erased}', "Subject" = '{PersonalDataEraser.Erased}',
                "TextBody" = '', "LastError" = NULL, "GaveUp" = TRUE WHERE upper("ToAddress") = {"{0}"}
            """, [address], ct);
        // Invitations to the address: a pending one goes; an accepted one keeps its place in the case without the address.
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "PartyInvitations" WHERE upper("Email") = {0} AND "AcceptedAt" IS NULL""", [address], ct);
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "PartyInvitations" SET "Email" = '{Marker}' WHERE upper("Email") = {"{0}"}""", [address], ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "RepresentativeInvitations" WHERE upper("Email") = {0} AND "AcceptedAt" IS NULL""", [address], ct);
        await db.Database.ExecuteSqlRawAsync($"""UPDATE "RepresentativeInvitations" SET "Email" = '{Marker}', "Name" = '{Marker}' WHERE upper("Email") = {"{0}"}""", [address], ct);
    }
}
