using System.Security.Claims;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Data.Cases;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Mediation.Bemiddeling;

/// <summary>D21 for B: a letter a bemiddeling party sent by post: who, what (solved directly, or escalation), when, its text and scan.</summary>
public sealed record BemiddelingPostItem(Guid PartyId, Files.MediationPostKind Kind, DateOnly ReceivedOn, string? Text, Files.MediationUpload? Scan);

public sealed record BemiddelingListItem(string Number, BemiddelingState State, string Consumer, string Participant, DateTimeOffset CreatedAt);

/// <summary>What the bemiddeling page shows; <see cref="ParticipantAffiliated"/>: the participant takes part in the binding-ruling scheme today (D1, D5), so escalation can go there.</summary>
public sealed record BemiddelingView(
    string Number, BemiddelingState State, string Consumer, string Participant, string Description, string? Outcome,
    bool IsStaff, bool IsConsumer, bool IsParticipant, bool ParticipantAffiliated, IReadOnlyList<string> Allowed)
{
    /// <summary>B1: the participant is a scheme participant, so its customer may use the free bemiddeling (the desk's B2 check).</summary>
    public bool ParticipantInScheme { get; init; }

    /// <summary>Both parties, for the desk's post panel (D21 for B).</summary>
    public IReadOnlyList<BemiddelingPartyRef> PartyRefs { get; init; } = [];
}

public sealed record BemiddelingPartyRef(Guid Id, string Name);

/// <summary>
/// Consumer bemiddeling (B1–B3): the desk assesses whether a request qualifies (B2), notifies the participant
/// (B3), and the request is resolved directly, closed, or escalated (to the binding-ruling scheme when the
/// participant is affiliated). Every call checks case access; every change is a domain command saved by the
/// CaseStore (audit, events) with its mail.
/// </summary>
public sealed class BemiddelingService(
    CaseAccess access, CaseStore store, IDbContextFactory<AdrDbContext> factory, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<MailOptions> mailOptions, Files.MediationFileStore files,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Desk.DeskOptions> desk)
{
    public async Task<IReadOnlyList<BemiddelingListItem>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        (await ListPageAsync(user, new ListPageRequest(0, 500), ct)).Items;

    /// <summary>One page of the caller's bemiddelingen (issue 16): filter, order, skip and take in SQL, and the total; sorted by
    /// "Number", "Consumer", "Participant" or "State", else newest first.</summary>
    public async Task<ListPage<BemiddelingListItem>> ListPageAsync(ClaimsPrincipal user, ListPageRequest request, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var visible = CaseAccess.Visible(db, user).Where(s => s.Scheme == Scheme.ConsumerBemiddeling);
        var total = await visible.CountAsync(ct);
        var d = request.Descending;
        var ordered = request.SortBy switch
        {
            "Number" => d ? visible.OrderByDescending(s => s.Number) : visible.OrderBy(s => s.Number),
            "Consumer" => d ? visible.OrderByDescending(s => s.ConsumerName) : visible.OrderBy(s => s.ConsumerName),
            "Participant" => d ? visible.OrderByDescending(s => s.WebshopName) : visible.OrderBy(s => s.WebshopName),
            "State" => d ? visible.OrderByDescending(s => s.State) : visible.OrderBy(s => s.State),
            _ => visible.OrderByDescending(s => s.CreatedAt),
        };
        var rows = await ordered.Skip(request.Skip).Take(request.Take)
            .Select(s => new { s.Number, s.State, s.ConsumerName, s.WebshopName, s.CreatedAt }).ToListAsync(ct);
        return new(rows.Select(r => new BemiddelingListItem(r.Number, Enum.Parse<BemiddelingState>(r.State), r.ConsumerName ?? "", r.WebshopName ?? "", r.CreatedAt)).ToList(), total);
    }

    public async Task<Result<BemiddelingView>> GetAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(user, number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var (grant, c) = loaded.Value;
        var (affiliated, inScheme) = await ParticipantAsync(c, ct);
        var allowed = BemiddelingTransitions.Table.Rows
            .Where(r => r.From.Equals(c.State) && r.Roles.Contains(grant.Actor.Role))
            .Select(r => r.Trigger.ToString()).ToList();
        return new BemiddelingView(number, c.State, c.Parties[0].Name, c.Parties[1].Name, c.Description, c.Outcome,
            grant.IsStaff, grant.Actor.Role == Role.Consumer, grant.Actor.Role == Role.Business, affiliated, allowed)
        {
            ParticipantInScheme = inScheme,
            PartyRefs = c.Parties.Select(p => new BemiddelingPartyRef(p.Id, p.Name)).ToList(),
        };
    }

    /// <summary>From the register, today: subscribed to the binding-ruling scheme (D1, D5), and a scheme participant (B1).</summary>
    private async Task<(bool Affiliated, bool InScheme)> ParticipantAsync(BemiddelingCase c, CancellationToken ct)
    {
        if (c.Parties[1].OrganisationId is not { } org) return (false, false);
        await using var db = await factory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == org, ct);
        return (organisation?.IsSubscribedAt(clock.GetUtcNow()) == true, organisation?.IsSchemeParticipant == true);
    }

    /// <summary>B2: the request qualifies.</summary>
    public Task<Result> AssessAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        ActAsync(user, number, (c, a) => c.Assess(a, clock), null, ct);

    /// <summary>B2: it does not qualify; closed with the reason, which the consumer is sent.</summary>
    public Task<Result> DeclareNotQualifyingAsync(ClaimsPrincipal user, string number, string reason, CancellationToken ct = default) =>
        TooLong(reason) ?? ActAsync(user, number, (c, a) => c.DeclareNotQualifying(a, clock, reason), ("Bem.Mail.NotQualifying", Consumer, reason), ct);

    /// <summary>B3: the participant is notified of the request.</summary>
    public Task<Result> NotifyParticipantAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        ActAsync(user, number, (c, a) => c.NotifyParticipant(a, clock), ("Bem.Mail.Notified", Participant, ""), ct);

    /// <summary>B3: participant and customer solved it between them; both are told.</summary>
    public Task<Result> ResolveDirectlyAsync(ClaimsPrincipal user, string number, string outcome, CancellationToken ct = default) =>
        TooLong(outcome) ?? ActAsync(user, number, (c, a) => c.ResolveDirectly(a, clock, outcome), ("Bem.Mail.Resolved", Both, outcome), ct);

    /// <summary>Not resolved: escalated with a reason (to the binding-ruling scheme when the participant is affiliated).</summary>
    public Task<Result> EscalateAsync(ClaimsPrincipal user, string number, string reason, CancellationToken ct = default) =>
        TooLong(reason) ?? ActAsync(user, number, (c, a) => c.Escalate(a, clock, reason), ("Bem.Mail.Escalated", Both, reason), ct, escalation: true);

    public Task<Result> CloseAsync(ClaimsPrincipal user, string number, CancellationToken ct = default) =>
        ActAsync(user, number, (c, a) => c.Close(a, clock), null, ct);

    /// <summary>Issue 19 item 5: a text over its limit is refused whole before anything is loaded or stored.</summary>
    private static Task<Result>? TooLong(string? text) =>
        FieldLimits.Check(text, FieldLimits.BemiddelingText) is { IsFailure: true } tooLong ? Task.FromResult(tooLong) : null;

    private static readonly int[] Consumer = [0];
    private static readonly int[] Participant = [1];
    private static readonly int[] Both = [0, 1];

    /// <summary>
    /// D21 for B: the desk records a party's letter (solved directly, B3; or the consumer's escalation) with its scan,
    /// through the same domain command and save path as the party's own act; the scan is checked before anything is stored.
    /// </summary>
    public async Task<Result> RecordPostAsync(ClaimsPrincipal user, string number, BemiddelingPostItem item, CancellationToken ct = default)
    {
        if (FieldLimits.Check(item.Text, FieldLimits.BemiddelingText) is { IsFailure: true } tooLong) return tooLong;
        var loaded = await LoadAsync(user, number, ct);
        if (loaded.IsFailure) return loaded.AsResult();
        if (!loaded.Value.Grant.IsStaff) return new DeskStaffOnly();
        if (item.Kind is not (Files.MediationPostKind.ResolvedDirectly or Files.MediationPostKind.Escalation)) return new NotAllowedInMediation();
        if (item.Scan is null || item.Scan.Content.Length == 0) return new Domain.Cases.PostScanRequired();
        var checkedScan = Files.MediationFileStore.Check(item.Scan);
        if (checkedScan.IsFailure) return checkedScan.AsResult();
        var c = loaded.Value.Case;
        if (c.FindParty(item.PartyId) is not { } party) return new Domain.Cases.UnknownParty(item.PartyId);
        var file = checkedScan.Value;
        var storage = await files.WriteAsync(file, ct);
        var now = clock.GetUtcNow();
        var actor = loaded.Value.Grant.Actor;
        var letter = new Files.MediationPostLetter
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, PartyId = party.Id, PartyName = party.Name, Kind = item.Kind,
            ReceivedOn = item.ReceivedOn, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.LongLength,
            Sha256 = file.Sha256, StorageName = storage, RecordedBy = actor.UserId, RecordedByName = actor.DisplayName, RecordedAt = now,
        };
        var post = new Domain.Cases.PostReceipt(party.Id, item.ReceivedOn);
        var text = item.Text ?? "";
        Result result;
        try
        {
            result = item.Kind == Files.MediationPostKind.ResolvedDirectly
                ? await ActAsync(user, number, (x, a) => x.ResolveDirectly(a, clock, text, post), ("Bem.Mail.Resolved", Both, text), ct, alsoSave: db => db.Add(letter))
                : await ActAsync(user, number, (x, a) => x.Escalate(a, clock, text, post), ("Bem.Mail.Escalated", Both, text), ct, escalation: true, alsoSave: db => db.Add(letter));
        }
        catch
        {
            files.Delete(storage);
            throw;
        }
        if (result.IsFailure) files.Delete(storage);
        return result;
    }

    /// <summary>The post book of a bemiddeling: the desk only.</summary>
    public async Task<Result<IReadOnlyList<Post.PostLetterView>>> PostLettersAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(user, number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        if (!loaded.Value.Grant.IsStaff) return new DeskStaffOnly();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<Files.MediationPostLetter>().AsNoTracking().Where(l => l.CaseNumber == number).ToListAsync(ct);
        return rows.OrderBy(l => l.RecordedAt)
            .Select(l => new Post.PostLetterView(l.Id, l.PartyName, l.Kind, l.ReceivedOn, l.FileName, l.RecordedByName, l.RecordedAt)).ToList();
    }

    private async Task<Result> ActAsync(
        ClaimsPrincipal user, string number, Func<BemiddelingCase, Actor, Result> act, (string Key, int[] To, string Text)? mail, CancellationToken ct,
        bool escalation = false, Action<AdrDbContext>? alsoSave = null)
    {
        var loaded = await LoadAsync(user, number, ct);
        if (loaded.IsFailure) return loaded.AsResult();
        var (grant, c) = loaded.Value;
        var version = c.Version;
        var acted = act(c, grant.Actor);
        if (acted.IsFailure) return acted;
        var mails = new List<OutboxMessage>();
        if (mail is { } m)
        {
            var ids = m.To.Select(i => c.Parties[i].UserId).OfType<Guid>().ToList();
            await using var db = await factory.CreateDbContextAsync(ct);
            var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
            // B3: an escalated request can go to the binding-ruling scheme when the participant is affiliated today.
            var next = escalation ? ((await ParticipantAsync(c, ct)).Affiliated ? "Bem.Mail.Escalated.BindingRuling" : "Bem.Mail.Escalated.Desk") : null;
            var intake = $"{mailOptions.Value.PublicBaseUrl.TrimEnd('/')}/intake/bindend-advies";
            foreach (var u in users.Where(u => !string.IsNullOrEmpty(u.Email)))
            {
                var body = MediationText.Mail(desk.Value, m.Key + ".Body", u.PreferredLanguage, number, m.Text);
                if (next is not null) body += "\n\n" + MediationText.Mail(desk.Value, next, u.PreferredLanguage, number, intake);
                mails.Add(OutboxMessage.Create(u.Email!, u.DisplayName,
                    MediationText.Mail(desk.Value, m.Key + ".Subject", u.PreferredLanguage, number), body, u.PreferredLanguage, clock.GetUtcNow(), number));
            }
        }
        return await store.SaveAsync(c, version, db =>
        {
            db.AddRange(mails);
            alsoSave?.Invoke(db);
        }, ct);
    }

    private async Task<Result<(CaseGrant Grant, BemiddelingCase Case)>> LoadAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Summary.Scheme != Scheme.ConsumerBemiddeling || grant.Value.Kind is CaseAccessKind.Assessor or CaseAccessKind.Mediator)
            return new CaseNotFound(number);
        var loaded = await store.LoadAsync<BemiddelingCase>(grant.Value.Number, ct);
        return loaded.IsFailure ? loaded.Error! : (grant.Value, loaded.Value);
    }
}
