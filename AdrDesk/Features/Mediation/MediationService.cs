using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;
using Microsoft.EntityFrameworkCore;
using S = AdrDesk.Domain.Mediation.MediationState;

namespace AdrDesk.Features.Mediation;

/// <summary>A row of the mediator's dashboard.</summary>
public sealed record MediationListItem(string Number, MediationState State, string PartyA, string PartyB, string NextStepKey, DateTimeOffset? NextSessionAt);

/// <summary>What a table asks for: a page (skip, take, at most 100) and an optional sort column.</summary>
public sealed record ListPageRequest(int Skip, int Take, string? SortBy = null, bool Descending = false);

/// <summary>One page of rows and how many there are in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total)
{
    public static readonly ListPage<T> Empty = new([], 0);
}

public sealed record PartyView(Guid Id, string Name, bool Acknowledged, bool PositionSubmitted, bool Signed);

public sealed record PositionView(Guid PartyId, string PartyName, string Text, DateTimeOffset SubmittedAt, bool Own);

/// <summary>What the mediation page shows to this viewer (M6: positions as <see cref="MediationCase.PositionsVisibleTo"/> allows).</summary>
public sealed record MediationView(
    string Number, MediationState State, string NextStepKey, bool IsMediator, bool IsParty, Guid? MyPartyId,
    string? MediatorName, string? MediatorOffice, bool IsConfidential, bool IsEnforceable, DateTimeOffset? PositionsExchangedAt,
    IReadOnlyList<PartyView> Parties, IReadOnlyList<PositionView> Positions, string? AgreementText, AgreementKind? AgreementKind)
{
    /// <summary>M4: when the mediator introduced the mediation to both parties (the letters went out).</summary>
    public DateTimeOffset? IntroducedAt { get; init; }
}

/// <summary>
/// The mediator's dashboard and the first half of a mediation: intake acknowledgement (M2, M4), positions
/// and their exchange (M6). Every method checks access first and changes the case only through its domain
/// commands, saved by the <see cref="CaseStore"/> (audit, events) with the mails in the same transaction.
/// </summary>
public sealed class MediationService(
    MediationAccess access, CaseStore store, MediationMail mail, IDbContextFactory<AdrDbContext> factory, TimeProvider clock,
    Infrastructure.Identity.AccountScopes accounts)
{
    /// <summary>A mediator the desk may assign.</summary>
    public sealed record MediatorChoice(Guid Id, string Name);

    /// <summary>The accounts with the mediator role, for the desk's assignment.</summary>
    public async Task<IReadOnlyList<MediatorChoice>> MediatorsAsync(ClaimsPrincipal user)
    {
        if (CaseAccess.ActorOf(user) is not { Role: Role.CaseManager or Role.Admin }) return [];
        var mediators = await accounts.RunAsync(users => users.GetUsersInRoleAsync(AdrDesk.Security.Roles.Mediator));
        return [.. mediators.Select(u => new MediatorChoice(u.Id, u.DisplayName)).OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// M2, M4, M10: the desk takes an online request into its eligibility check and assigns a neutral mediator with the office
    /// where the sessions take place; the parties hear of it through the case-change notices. (Issue 14 item 7b: a request filed
    /// online could not get a mediator at all.)
    /// </summary>
    public async Task<Result> AssignMediatorAsync(ClaimsPrincipal user, string number, Guid mediatorId, string office, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsStaff || call.Value.Actor.Role is not (Role.CaseManager or Role.Admin)) return new DeskStaffOnly();
        var mediator = (await MediatorsAsync(user)).FirstOrDefault(m => m.Id == mediatorId);
        if (mediator is null) return new MediatorNotFound();
        var c = call.Value.Case;
        var version = c.Version;
        if (c.State == S.Requested)
        {
            var started = c.StartEligibilityCheck(call.Value.Actor, clock);
            if (started.IsFailure) return started;
        }
        var assigned = c.AssignMediator(call.Value.Actor, clock, mediator.Id, mediator.Name, office);
        if (assigned.IsFailure) return assigned;
        return await store.SaveAsync(c, version, null, ct);
    }

    /// <summary>The mediator's assigned mediations (staff see all), with their stage and next step.</summary>
    public async Task<IReadOnlyList<MediationListItem>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await ListPageAsync(user, new ListPageRequest(0, 500), ct)).Items;

    /// <summary>
    /// One page of <see cref="ListAsync"/> for the dashboard's table (issue 16): filter, order, skip and take in SQL, and the
    /// total count; sorted by <see cref="ListPageRequest.SortBy"/> "Number" or "State", else open first, newest first.
    /// </summary>
    public async Task<ListPage<MediationListItem>> ListPageAsync(ClaimsPrincipal user, ListPageRequest request, CancellationToken ct = default)
    {
        if (CaseAccess.ActorOf(user) is not { } actor) return ListPage<MediationListItem>.Empty;
        var staff = actor.Role is Role.CaseManager or Role.Admin;
        if (!staff && actor.Role != Role.Mediator) return ListPage<MediationListItem>.Empty;
        await using var db = await factory.CreateDbContextAsync(ct);
        var visible = db.Set<MediationCase>().AsNoTracking().Where(c => staff || c.MediatorId == actor.UserId);
        var total = await visible.CountAsync(ct);
        var ordered = request.SortBy switch
        {
            "Number" => request.Descending ? visible.OrderByDescending(c => c.Number) : visible.OrderBy(c => c.Number),
            "State" => request.Descending ? visible.OrderByDescending(c => c.State).ThenByDescending(c => c.CreatedAt) : visible.OrderBy(c => c.State).ThenByDescending(c => c.CreatedAt),
            _ => visible.OrderBy(c => c.State == S.Closed).ThenByDescending(c => c.CreatedAt),
        };
        var cases = await ordered.Skip(request.Skip).Take(request.Take).AsSplitQuery().ToListAsync(ct);
        var numbers = cases.Select(c => c.Number.ToString()).ToList();
        var now = clock.GetUtcNow();
        var next = await db.Set<Scheduling.SessionAppointment>().AsNoTracking()
            .Where(a => numbers.Contains(a.CaseNumber) && a.Status == Scheduling.AppointmentStatus.Confirmed && a.StartsAt > now)
            .GroupBy(a => a.CaseNumber).Select(g => new { Number = g.Key, At = g.Min(a => a.StartsAt) })
            .ToDictionaryAsync(x => x.Number, x => x.At, ct);
        return new(cases.Select(c => new MediationListItem(c.Number.ToString(), c.State, c.Parties[0].Name, c.Parties[1].Name,
            NextStep(c), next.TryGetValue(c.Number.ToString(), out var at) ? at : null)).ToList(), total);
    }

    public async Task<Result<MediationView>> GetAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var introduced = await db.Set<Files.MediationIntroduction>().Where(i => i.CaseNumber == number).OrderBy(i => i.IntroducedAt).Select(i => (DateTimeOffset?)i.IntroducedAt).FirstOrDefaultAsync(ct);
        return View(call.Value) with { IntroducedAt = introduced };
    }

    /// <summary>M2: the party acknowledges voluntariness, neutrality and confidentiality for everyone present.</summary>
    public Task<Result> AcknowledgeAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        PartyActAsync(user, number, (c, actor) => c.AcknowledgePrinciples(actor, clock), null, ct);

    /// <summary>M6: the party's position, privately to the mediator (who is told by mail).</summary>
    public async Task<Result> SubmitPositionAsync(ClaimsPrincipal user, string number, string text, CancellationToken ct = default) =>
        FieldLimits.Check(text, FieldLimits.MediationPosition) is { IsFailure: true } tooLong ? tooLong
            : await PartyActAsync(user, number, (c, actor) => c.SubmitPosition(actor, clock, text), "Mail.PositionSubmitted", ct);

    /// <summary>M6: the mediator releases both positions to both parties at once; the exchange is mailed.</summary>
    public async Task<Result> ExchangePositionsAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        var version = c.Version;
        var acted = c.ExchangePositions(call.Value.Actor, clock);
        if (acted.IsFailure) return acted;
        var to = await mail.RecipientsAsync(c, parties: true, mediator: false, ct);
        var mails = mail.Compose(to, "Mail.PositionsExchanged", number, clock.GetUtcNow()).ToList();
        return await store.SaveAsync(c, version, db => db.AddRange(mails), ct);
    }

    private async Task<Result> PartyActAsync(
        ClaimsPrincipal user, string number, Func<MediationCase, Actor, Result> act, string? mailToMediator, CancellationToken ct)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsParty) return new OnlyPartiesMayDoThis();
        return await ActAsync(call.Value, call.Value.Party!, act, mailToMediator, null, ct);
    }

    /// <summary>
    /// The one save path of a party's act: online by the party itself, or from post (D21 for M) by the desk or the
    /// mediator for <paramref name="party"/>, when <paramref name="act"/> carries the post receipt and
    /// <paramref name="alsoSave"/> adds the scan's rows to the same transaction.
    /// </summary>
    internal async Task<Result> ActAsync(
        MediationCall call, Domain.Cases.Party party, Func<MediationCase, Actor, Result> act, string? mailToMediator,
        Action<AdrDbContext>? alsoSave, CancellationToken ct)
    {
        var c = call.Case;
        var version = c.Version;
        var acted = act(c, call.Actor);
        if (acted.IsFailure) return acted;
        var mails = new List<Infrastructure.Mail.OutboxMessage>();
        if (mailToMediator is not null)
        {
            var to = await mail.RecipientsAsync(c, parties: false, mediator: true, ct);
            mails.AddRange(mail.Compose(to, mailToMediator, c.Number.ToString(), clock.GetUtcNow(), _ => [party.Name]));
        }
        return await store.SaveAsync(c, version, db =>
        {
            db.AddRange(mails);
            alsoSave?.Invoke(db);
        }, ct);
    }

    internal static MediationView View(MediationCall call)
    {
        var c = call.Case;
        var own = call.Party?.Id;
        var positions = c.PositionsVisibleTo(call.Actor)
            .Select(p => new PositionView(p.PartyId, c.FindParty(p.PartyId)?.Name ?? "", p.Text, p.SubmittedAt, p.PartyId == own))
            .ToList();
        // Whether the other party has submitted is logistics, not content: parties may know it.
        var submitted = SubmittedParties(c);
        var parties = c.Parties.Select(p => new PartyView(p.Id, p.Name,
            c.Acknowledgements.Any(a => a.PartyId == p.Id), submitted.Contains(p.Id), c.Signatures.Any(s => s.PartyId == p.Id))).ToList();
        return new MediationView(c.Number.ToString(), c.State, NextStep(c), call.IsMediator || call.IsStaff, call.IsParty, own,
            c.MediatorName, c.MediatorOffice, c.IsConfidential, c.IsEnforceable, c.PositionsExchangedAt, parties, positions,
            c.IsConfidential && call.IsParty ? null : c.AgreementText, c.AgreementKind);
    }

    private static HashSet<Guid> SubmittedParties(MediationCase c) =>
        c.PositionsVisibleTo(new Actor(Guid.Empty, "", Role.Admin)).Select(p => p.PartyId).ToHashSet();

    /// <summary>The resource key of what should happen next, for the dashboard and the page.</summary>
    public static string NextStep(MediationCase c) => c.State switch
    {
        S.Requested or S.EligibilityCheck => "Next.Desk",
        S.MediatorAssigned when c.Acknowledgements.Count < c.Parties.Count => "Next.Acknowledge",
        S.MediatorAssigned => "Next.Positions",
        S.PositionsCollected => "Next.Exchange",
        S.PositionsExchanged => "Next.Schedule",
        S.JointSessions => "Next.Outcome",
        S.AgreementReached or S.BindingSolution => "Next.Draft",
        S.AgreementDrafted => "Next.Sign",
        S.SignedByBoth => "Next.Close",
        _ => "Next.None",
    };
}
