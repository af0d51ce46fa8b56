using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Workbench;

/// <summary>One party's own report: it complied with the ruling, or it says the ruling was not complied with.</summary>
public sealed record PartyComplianceReport(PartyRole Party, string PartyName, string ReportedBy, bool Complied, string? Note, DateTimeOffset At)
{
    /// <summary>The party the reporter acted for, when not its own account (a colleague of the organisation, a representative, D7).</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>Who reported, as the timeline says it: "X namens Y" when X acted for the party, else "X (party)" or "X".</summary>
    public string Who(Language language) =>
        OnBehalfOf is { } party ? WorkbenchText.Get("Report.OnBehalfOf", language, ReportedBy, party)
        : ReportedBy != PartyName ? $"{ReportedBy} ({PartyName})"
        : ReportedBy;
}

/// <summary>What a party sees on its case page after the ruling: who must do what by when, and the reports so far.</summary>
public sealed record PartyComplianceView(
    PartyRole You, string YourName, PartyRole MustComply, DateOnly ComplyBy, bool CanReport, IReadOnlyList<PartyComplianceReport> Reports);

/// <summary>
/// D18, issue 7 item 6: each party reports from its own case page that the ruling was complied with (or not); the desk
/// sees the reports on the workbench's compliance panel and decides (confirm, remind, declare non-compliance). A report
/// changes no state: it is written to the case's append-only audit trail, which is also where it is read from, so a
/// report can never be altered or lost and needs no table of its own.
/// </summary>
public sealed class PartyCompliance(IDbContextFactory<AdrDbContext> factory, CaseAccess access, CaseStore store, TimeProvider clock)
{
    public const string Action = "ComplianceReported";
    private const string Yes = "Complied", No = "NotComplied";

    /// <summary>The caller's view as a party (consumer, webshop user or colleague, or a representative, D7); others get a named error.</summary>
    public async Task<Result<PartyComplianceView>> ViewAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var opened = await OpenAsPartyAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (c, party) = opened.Value;
        if (c.Ruling is not { } ruling) return new ComplianceReportNotOpen();
        return new PartyComplianceView(party.Role, party.Name, ruling.MustComply, ruling.ComplyBy, IsOpen(c), await ReportsAsync(c, ct));
    }

    public async Task<Result> ReportAsync(ClaimsPrincipal user, string number, bool complied, string? note, CancellationToken ct = default)
    {
        var opened = await OpenAsPartyAsync(user, number, ct);
        if (opened.IsFailure) return opened.Error!;
        var (c, party) = opened.Value;
        if (!IsOpen(c)) return new ComplianceReportNotOpen();
        var actor = CaseAccess.ActorOf(user)!;
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
        // The entry's sequence follows the case's last one (as CaseStore numbers them); a save of the case at the same
        // moment can take the same number, so a clash is retried once with the next.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var next = await db.Set<AuditEntry>().CountAsync(a => a.CaseId == c.Id, ct);
            var entry = new AuditEntry(Guid.NewGuid(), c.Id, c.Number.ToString(), actor.UserId, actor.DisplayName, actor.Role, clock.GetUtcNow(),
                Action, party.Role.ToString(), complied ? Yes : No, text, party.UserId == actor.UserId ? null : party.Name);
            db.Add(entry).Property(AuditEntryConfiguration.SequenceColumn).CurrentValue = next;
            try
            {
                await db.SaveChangesAsync(ct);
                return Result.Success;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
            }
        }
    }

    /// <summary>The parties' reports for desk staff and the case's assessors (the workbench's compliance panel).</summary>
    public async Task<Result<IReadOnlyList<PartyComplianceReport>>> ForStaffAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Kind is not (CaseAccessKind.Staff or CaseAccessKind.Assessor)) return new CaseNotFound(number);
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        return Result<IReadOnlyList<PartyComplianceReport>>.Success(await ReportsAsync(loaded.Value, ct));
    }

    private static bool IsOpen(BindingRulingCase c) => c.State is BindingRulingState.CompliancePeriod or BindingRulingState.ReminderSent;

    private async Task<Result<(BindingRulingCase Case, Party Party)>> OpenAsPartyAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Kind is not (CaseAccessKind.Party or CaseAccessKind.Organisation or CaseAccessKind.Representative)) return new NotAPartyOfThisCase();
        if (grant.Value.Number.Scheme != Scheme.BindingRuling) return new NotABindingRulingCase(number);
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        // The grant's actor stands for the party (a colleague or representative acts as that party's user, D7).
        if (loaded.Value.PartyOf(grant.Value.Actor) is not { } party) return new NotAPartyOfThisCase();
        return (loaded.Value, party);
    }

    private async Task<IReadOnlyList<PartyComplianceReport>> ReportsAsync(BindingRulingCase c, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseId == c.Id && a.Action == Action).OrderBy(a => a.At).ToListAsync(ct);
        return entries.Select(e =>
        {
            var role = Enum.TryParse<PartyRole>(e.Before, out var r) ? r : PartyRole.Consumer;
            return new PartyComplianceReport(role, role == PartyRole.Consumer ? c.Consumer.Name : c.Webshop.Name, e.ActorName, e.After == Yes, e.Detail, e.At)
            {
                OnBehalfOf = e.OnBehalfOf,
            };
        }).ToList();
    }
}
