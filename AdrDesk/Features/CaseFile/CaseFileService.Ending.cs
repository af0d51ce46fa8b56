using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

// Settlement (D14, D20): one party reports, the other confirms, the case closes as settled.
public sealed partial class CaseFileService
{
    /// <summary>D20: either party reports a settlement with its terms; it waits for the other party's confirmation.</summary>
    public async Task<Result> ReportSettlementAsync(ClaimsPrincipal user, string number, string terms, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "ReportSettlement", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        if (c.PartyOf(grant.Actor) is not { } party) return new NotAllowedOnThisCase("ReportSettlement");
        if (!BindingRulingTransitions.Table.Allows(c.State, BindingRulingTrigger.Settle))
            return new TransitionNotAllowed(c.State.ToString(), nameof(BindingRulingTrigger.Settle), "D20");
        var checkedText = CheckText(terms, "terms");
        if (checkedText.IsFailure) return checkedText;

        var key = c.Number.ToString();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<SettlementReport>().AnyAsync(s => s.CaseNumber == key && s.ConfirmedAt == null && s.DeclinedAt == null, cancellationToken))
            return new SettlementAlreadyPending();
        db.Add(new SettlementReport
        {
            Id = Guid.NewGuid(), CaseNumber = key, ReportedBy = party.Role, ReportedByUserId = grant.UserId,
            ReportedByName = grant.Actor.DisplayName, Terms = terms.Trim(), ReportedAt = clock.GetUtcNow(),
        });
        (await notifier.PrepareAsync(c, Kinds.SettlementReported, grant.Actor.UserId, cancellationToken))(db);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        await PublishAsync(c, Kinds.SettlementReported);
        return Result.Success;
    }

    /// <summary>D20: the other party confirms; the case is settled (recorded by the system on both parties' word).</summary>
    public async Task<Result> ConfirmSettlementAsync(ClaimsPrincipal user, string number, Guid reportId, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "ConfirmSettlement", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        var pending = await PendingReportAsync(grant.Actor, c, reportId, cancellationToken);
        if (pending.IsFailure) return pending.Error!;
        var report = pending.Value;

        var version = c.Version;
        var recorder = new Actor(Guid.Empty, $"{desk.Value.Name} ({report.ReportedByName} / {grant.Actor.DisplayName})", Role.System);
        var acted = c.Settle(recorder, clock, report.Terms);
        if (acted.IsFailure) return acted;
        var now = clock.GetUtcNow();
        return await SaveWithNoticesAsync(grant, c, version, "Settle", db =>
        {
            db.Attach(report);
            report.ConfirmedAt = now;
            report.ConfirmedByName = grant.Actor.DisplayName;
        }, cancellationToken);
    }

    /// <summary>The other party does not agree: the report is closed and the procedure goes on.</summary>
    public async Task<Result> DeclineSettlementAsync(ClaimsPrincipal user, string number, Guid reportId, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadBindingAsync(user, number, "DeclineSettlement", cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        var pending = await PendingReportAsync(grant.Actor, c, reportId, cancellationToken);
        if (pending.IsFailure) return pending.Error!;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Attach(pending.Value);
        pending.Value.DeclinedAt = clock.GetUtcNow();
        (await notifier.PrepareAsync(c, Kinds.SettlementDeclined, grant.Actor.UserId, cancellationToken))(db);
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
        await PublishAsync(c, Kinds.SettlementDeclined);
        return Result.Success;
    }

    private async Task<Result<SettlementReport>> PendingReportAsync(Actor actor, BindingRulingCase c, Guid reportId, CancellationToken cancellationToken)
    {
        if (c.PartyOf(actor) is not { } party) return new NotAllowedOnThisCase("ConfirmSettlement");
        var key = c.Number.ToString();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var report = await db.Set<SettlementReport>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == reportId && s.CaseNumber == key && s.ConfirmedAt == null && s.DeclinedAt == null, cancellationToken);
        if (report is null) return new NoPendingSettlement();
        if (report.ReportedBy == party.Role) return new OtherPartyMustConfirm();
        return report;
    }
}
