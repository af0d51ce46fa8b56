using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using BrState = AdrDesk.Domain.BindingRuling.BindingRulingState;
using BrTrigger = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Features.CaseFile;

// Reading: "my cases" and the case page.
public sealed partial class CaseFileService
{
    private static readonly BrState[] WithdrawalOver = [BrState.RulingInPreparation, BrState.RulingIssued, BrState.CompliancePeriod, BrState.ReminderSent];

    /// <summary>Audit actions the timeline shows with their detail; other details may be desk-internal.</summary>
    private static readonly HashSet<string> PublicDetail = ["Withdraw", "Settle", "EndByAgreement", "SetRepresentative", "ExtendRulingTerm", "FailSettlement"];

    /// <summary>The rule an event carries out, shown beside its words on staff screens only (never to the parties).</summary>
    internal static readonly IReadOnlyDictionary<string, string> StaffRule = new Dictionary<string, string>
    {
        ["Submit"] = "D6", ["RequestSubscription"] = "D5", ["ConfirmSubscription"] = "D5", ["RequestConsent"] = "D9", ["GiveConsent"] = "D9",
        ["DeclineConsent"] = "D25g", ["LapseConsent"] = "D25g", ["Refuse"] = "D26", ["AssignPanel"] = "D10", ["Forward"] = "D12",
        ["RecordResponse"] = "D12", ["ExpireResponseTerm"] = "D12", ["FailSettlement"] = "D14", ["RequestInformation"] = "D13",
        ["AddSubmission"] = "D13", ["DeclareDossierComplete"] = "D15", ["ExtendRulingTerm"] = "D15", ["StartRulingPreparation"] = "D20",
        ["FileChallenge"] = "D11", ["DecideChallenge"] = "D11", ["RequireDeposit"] = "D23", ["RecordDepositPaid"] = "D23",
        ["ReleaseDeposit"] = "D23", ["ForfeitDeposit"] = "D23", ["IssueRuling"] = "D17", ["SendRuling"] = "D16", ["SendReminder"] = "D18",
        ["DeclareNonCompliance"] = "D18", ["ComplianceReported"] = "D18", ["Withdraw"] = "D20", ["EndByAgreement"] = "D20", ["Settle"] = "D14",
        ["SetRepresentative"] = "D7", ["RequestPaperProcedure"] = "D21", ["EraseData"] = "D24",
        ["Request"] = "M10", ["StartEligibilityCheck"] = "M1", ["RefuseEligibility"] = "M1", ["IntroduceMediation"] = "M4",
        ["AcknowledgePrinciples"] = "M2", ["SubmitPosition"] = "M6", ["CompletePositions"] = "M6", ["ExchangePositions"] = "M6",
        ["AttachPositionDocument"] = "M6", ["ProposeSession"] = "M7", ["MoveProposal"] = "M7", ["AcceptSlot"] = "M7", ["DeclineSlot"] = "M7",
        ["ScheduleSession"] = "M7", ["CancelSession"] = "M7", ["RecordAttendance"] = "M7", ["ImposeBindingSolution"] = "M8",
        ["ReachAgreement"] = "M9", ["DraftAgreement"] = "M9", ["ProposeAgreementChange"] = "M9", ["Sign"] = "M9", ["CompleteSignatures"] = "M9",
        ["UploadSignedScan"] = "M9", ["AcceptSignedScan"] = "M9", ["RejectSignedScan"] = "M9",
        ["Register"] = "B2", ["Assess"] = "B2", ["DeclareNotQualifying"] = "B2", ["NotifyParticipant"] = "B3", ["ResolveDirectly"] = "B3",
    };

    /// <summary>Shown as their submission (with its text), not again as a bare event.</summary>
    private static readonly HashSet<string> ShownAsSubmission = ["RecordResponse", "AddSubmission", "SubmitPosition"];

    /// <summary>Issue 6 item 1: the caller's cases (a business user: its organisation's), most recently changed first.</summary>
    public async Task<IReadOnlyList<MyCaseRow>> MyCasesAsync(ClaimsPrincipal user, int take = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await CaseAccess.Visible(db, user).OrderByDescending(s => s.UpdatedAt).Take(take).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(s => new MyCaseRow(
            s.Number, s.Scheme, s.State, s.ConsumerName, s.WebshopName,
            CaseStatus.StatusKey(s.Scheme, s.State), CaseStatus.NextStepKey(s.Scheme, s.State), CaseStatus.WhoMustAct(s.Scheme, s.State),
            s.NextDeadlineKind, s.NextDeadlineAt, s.NextDeadlineAt is { } due ? CaseStatus.DaysLeft(due, now) : null, s.UpdatedAt)).ToList();
    }

    /// <summary>For list pages reacting to an event of a case they do not show yet: may this user see it?</summary>
    public async Task<bool> IsVisibleAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await CaseAccess.Visible(db, user).AnyAsync(s => s.Number == number, cancellationToken);
    }

    /// <summary>Issue 6 items 2–4: the case page for this viewer; <see cref="CaseNotFound"/> for a case that is not theirs.</summary>
    /// <remarks>
    /// Item 11: 200 open pages of one case re-read it on the same event. They share one read (<see cref="SharedRead"/>)
    /// of the rows that decide access (summary, participants) and, once one viewer passed the check, of the case file
    /// itself; each viewer's grant is then decided in memory by <see cref="CaseAccess.Decide"/> and the view projected
    /// for it. A revoked representative therefore loses the page at the next event, as with a read of its own.
    /// </remarks>
    public async Task<Result<CaseFileView>> OpenAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken = default)
    {
        var parsed = Domain.Schemes.CaseNumber.Parse(number);
        if (parsed.IsFailure) return new CaseNotFound(number);
        var shared = await SharedAsync(parsed.Value, cancellationToken);
        if (shared is null) return new CaseNotFound(number);
        var granted = CaseAccess.Decide(user, shared.Summary, shared.Participants);
        if (granted.IsFailure) return granted.Error!;
        var read = await shared.Snapshot.Value;
        if (read.IsFailure) return read.Error!;
        return Project(granted.Value, read.Value);
    }

    /// <summary>Everything stored about one case, read once and shared by every viewer (projected per viewer).</summary>
    private sealed record CaseSnapshot(
        CaseBase Case, List<AuditEntry> Audit, List<CaseMessage> Messages, List<CaseAttachment> Files,
        List<SettlementReport> Settlements, List<RepresentativeInvitation> Invitations, List<StoredDocument> Documents);

    /// <summary>
    /// One read of a case for every viewer at one hub revision: the access rows at once, the case file on first use
    /// (only after someone passed the access check, so a guessed number costs no case read). Immutable once read.
    /// </summary>
    private sealed record SharedRead(Infrastructure.Data.Cases.CaseSummary Summary, IReadOnlyList<Infrastructure.Data.Cases.CaseParticipant> Participants,
        Lazy<Task<Result<CaseSnapshot>>> Snapshot);

    private readonly Dictionary<string, (long Revision, long ReadAt, Task<SharedRead?> Read)> _reads = new();

    /// <summary>How long a shared read may serve: long enough for one fan-out, short enough that a write which did not publish shows soon.</summary>
    private static readonly TimeSpan SharedReadLifetime = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The shared read of this case for the hub's current revision. The hub steps the revision before it tells any page
    /// of an event, so a read shared under a revision started after the event of that revision was published, i.e. after
    /// its commit: never older than the event that asked for it.
    /// </summary>
    private Task<SharedRead?> SharedAsync(Domain.Schemes.CaseNumber number, CancellationToken cancellationToken)
    {
        var key = number.ToString();
        var revision = hub.Revision(key);
        lock (_reads)
        {
            if (_reads.TryGetValue(key, out var shared) && shared.Revision == revision && !shared.Read.IsFaulted && !shared.Read.IsCanceled
                && clock.GetElapsedTime(shared.ReadAt) < SharedReadLifetime)
                return shared.Read;
            if (_reads.Count > 10_000) _reads.Clear(); // bounded: only cases being viewed need to be here
            var read = ReadSharedAsync(number, CancellationToken.None);
            _reads[key] = (revision, clock.GetTimestamp(), read);
            return read;
        }
    }

    private async Task<SharedRead?> ReadSharedAsync(Domain.Schemes.CaseNumber number, CancellationToken cancellationToken)
    {
        var key = number.ToString();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var summary = await db.Set<Infrastructure.Data.Cases.CaseSummary>().AsNoTracking().SingleOrDefaultAsync(s => s.Number == key, cancellationToken);
        if (summary is null) return null;
        var participants = await db.Set<Infrastructure.Data.Cases.CaseParticipant>().AsNoTracking().Where(p => p.CaseId == summary.CaseId).ToListAsync(cancellationToken);
        return new SharedRead(summary, participants, new Lazy<Task<Result<CaseSnapshot>>>(() => ReadSnapshotAsync(number, CancellationToken.None)));
    }

    private async Task<Result<CaseSnapshot>> ReadSnapshotAsync(Domain.Schemes.CaseNumber number, CancellationToken cancellationToken)
    {
        var loaded = await ReadCaseAsync(number, cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        var key = c.Number.ToString();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseId == c.Id)
            .OrderBy(a => EF.Property<int>(a, AuditEntryConfiguration.SequenceColumn)).ToListAsync(cancellationToken);
        var messages = await db.Set<CaseMessage>().AsNoTracking().Where(m => m.CaseNumber == key).OrderBy(m => m.PostedAt).ToListAsync(cancellationToken);
        var files = await db.Set<CaseAttachment>().AsNoTracking().Where(a => a.CaseNumber == key).OrderBy(a => a.UploadedAt).ToListAsync(cancellationToken);
        var settlements = await db.Set<SettlementReport>().AsNoTracking().Where(s => s.CaseNumber == key).OrderBy(s => s.ReportedAt).ToListAsync(cancellationToken);
        var invitations = await db.Set<RepresentativeInvitation>().AsNoTracking().Where(i => i.CaseNumber == key).ToListAsync(cancellationToken);
        var issued = (await documents.ListAsync(key, cancellationToken)).ToList();
        var latest = issued.Where(d => !issued.Any(n => n.SupersedesId == d.Id)).ToList();
        return new CaseSnapshot(c, audit, messages, files, settlements, invitations, latest);
    }

    private CaseFileView Project(CaseGrant grant, CaseSnapshot snapshot)
    {
        var (c, audit, messages, files, settlements, invitations, latest) = snapshot;
        var viewer = grant.Actor;
        var deskSide = !viewer.Role.IsParty();
        var key = c.Number.ToString();
        var now = clock.GetUtcNow();

        var byOwner = files.ToLookup(f => f.OwnerId, f => ToView(key, f));
        var timeline = new List<TimelineEntry>();
        foreach (var a in audit)
        {
            if (TimelineOf(a, deskSide) is not { } entry) continue;
            // What the system did (deadlines, due work) is told in the desk's one name (Desk:Name), not the stored actor name.
            timeline.Add(a.Role == Role.System && entry.ActorName == Actor.System.DisplayName ? entry with { ActorName = desk.Value.Name } : entry);
        }
        foreach (var m in messages)
            timeline.Add(new TimelineEntry($"m:{m.Id}", m.PostedAt, TimelineKind.Message, "Timeline.Message", [m.AuthorName], m.AuthorName, m.Body, byOwner[m.Id].ToList()));
        foreach (var d in latest)
            timeline.Add(new TimelineEntry($"d:{d.Id}", d.CreatedAt, TimelineKind.Document, "Timeline.Document", [d.Title], d.AuthorName, null,
                [new AttachmentView(d.Id, d.FileName, d.Size, DocumentEndpoints.DownloadUrl(d.Id))]));
        foreach (var s in settlements)
            timeline.Add(new TimelineEntry($"s:{s.Id}", s.ReportedAt, TimelineKind.Settlement, "Timeline.SettlementReported", [s.ReportedByName], s.ReportedByName, s.Terms, []));

        List<StaffNoteView>? notes = null;
        switch (c)
        {
            case BindingRulingCase br:
                // D13: what this viewer may read: parties never see staff notes.
                foreach (var s in br.SubmissionsVisibleTo(viewer).Where(s => s.Kind == SubmissionKind.PartySubmission))
                {
                    var party = br.FindParty(s.PartyId ?? Guid.Empty);
                    var isResponse = audit.Any(a => a.Action == "RecordResponse" && a.At == s.SubmittedAt);
                    timeline.Add(new TimelineEntry($"sub:{s.Id}", s.SubmittedAt, isResponse ? TimelineKind.Response : TimelineKind.Submission,
                        isResponse ? "Timeline.Response" : "Timeline.Submission", [party?.Name ?? s.AuthorName], s.AuthorName, s.Content, byOwner[s.Id].ToList())
                    {
                        ReceivedByPostOn = s.ReceivedByPostOn,
                    });
                }
                if (deskSide)
                    notes = br.SubmissionsVisibleTo(viewer).Where(s => s.Kind == SubmissionKind.StaffNote)
                        .Select(s => new StaffNoteView(s.Id, s.AuthorName, s.Content, s.SubmittedAt)).OrderByDescending(n => n.At).ToList();
                break;
            case MediationCase mc:
                // M6: the other party's position only once the mediator exchanged them.
                foreach (var p in mc.PositionsVisibleTo(viewer))
                {
                    var name = mc.FindParty(p.PartyId)?.Name ?? "";
                    // D21 for M: a position the desk or the mediator recorded from post says so.
                    var byPost = audit.Where(a => a.At == p.SubmittedAt && a.Action is "SubmitPosition" or "CompletePositions")
                        .Select(a => PostReceipt.TryRead(a.Detail, out var on, out var party) && party == name ? on : (DateOnly?)null)
                        .FirstOrDefault(on => on is not null);
                    timeline.Add(new TimelineEntry($"pos:{p.PartyId}", p.SubmittedAt, TimelineKind.Position, "Timeline.Position", [name], null, p.Text, [])
                    {
                        ReceivedByPostOn = byPost,
                    });
                }
                break;
        }

        var br2 = c as BindingRulingCase;
        var own = c.PartyOf(viewer);
        var pending = settlements.FirstOrDefault(s => s.IsPending);
        var partyRole = own?.Role;
        var canWithdraw = br2 is not null && viewer.Role == Role.Consumer && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.Withdraw);
        var canRespond = br2 is { State: BrState.ForwardedToRespondent } && own is not null && own.Id == br2.Respondent.Id;
        var actions = new CaseFileActions(
            CanRespond: canRespond,
            CanAddSubmission: br2 is not null && own is not null && !canRespond && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.AddSubmission),
            CanWithdraw: canWithdraw,
            WithdrawalEnded: br2 is not null && viewer.Role == Role.Consumer && WithdrawalOver.Contains(br2.State),
            IsWebshop: viewer.Role == Role.Business && br2 is not null && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.Settle),
            CanReportSettlement: br2 is not null && own is not null && pending is null && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.Settle),
            CanManageRepresentation: br2 is not null && own is not null && grant.Kind is CaseAccessKind.Party or CaseAccessKind.Organisation
                && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.SetRepresentative),
            CanAddStaffNote: br2 is not null && (grant.IsStaff || grant.Kind == CaseAccessKind.Assessor)
                && BindingRulingTransitions.Table.Allows(br2.State, BrTrigger.AddStaffNote),
            CanPostMessage: c.StateName != nameof(BrState.DataErased));

        var who = CaseStatus.Resolve(CaseStatus.WhoMustAct(c.Scheme, c.StateName), br2?.FiledBy);
        var youAct = who switch
        {
            WhoActs.Consumer => partyRole == PartyRole.Consumer,
            WhoActs.Webshop => partyRole == PartyRole.Business,
            WhoActs.Parties => own is not null,
            WhoActs.Desk => grant.IsStaff,
            WhoActs.Assessor => grant.Kind == CaseAccessKind.Assessor,
            WhoActs.Mediator => grant.Kind == CaseAccessKind.Mediator,
            _ => false,
        };

        return new CaseFileView(
            key, c.Scheme, c.StateName, c.Version, grant.Kind, viewer.Role,
            grant.Kind is CaseAccessKind.Organisation or CaseAccessKind.Representative ? own?.Name : null,
            CaseStatus.StatusKey(c.Scheme, c.StateName), CaseStatus.NextStepKey(c.Scheme, c.StateName), who, youAct,
            c.Parties.Select(p => new PartyView(p.Id, p.Role, p.Name, br2 is not null && br2.FiledBy == p.Role,
                p.PaperProcedure, p.Representative?.Name, p.Representative?.Capacity, own?.Id == p.Id)).ToList(),
            Handlers(c),
            c.Deadlines.OrderByDescending(d => d.IsOpen).ThenBy(d => d.DueAt).Select(d => new DeadlineView(d.Id, d.Kind, d.Binds, d.DueAt, d.Status, CaseStatus.DaysLeft(d.DueAt, now), d.IsOpen)).ToList(),
            timeline.OrderByDescending(t => t.At).ToList(), // newest first: what changed is on top
            messages.Select(m => new MessageView(m.Id, m.AuthorName, m.AuthorRole, m.Body, m.PostedAt, m.AuthorId == grant.UserId, byOwner[m.Id].ToList())).ToList(),
            latest.Select(d => new DocumentView(d.Id, d.Title, d.FileName, d.CreatedAt, DocumentEndpoints.DownloadUrl(d.Id))).ToList(),
            files.Select(f => ToView(key, f)).ToList(),
            notes,
            pending is null ? null : new SettlementView(pending.Id, pending.ReportedBy, pending.ReportedByName, pending.Terms, pending.ReportedAt,
                MayConfirm: partyRole is not null && partyRole != pending.ReportedBy),
            own is null || grant.Kind is not (CaseAccessKind.Party or CaseAccessKind.Organisation) ? []
                : invitations.Where(i => i.IsPending && i.PartyId == own.Id).Select(i => new InvitationView(i.Id, i.PartyId, i.Email.ToLowerInvariant(), i.Name, i.InvitedAt)).ToList(),
            actions);
    }

    public static string AttachmentUrl(string number, Guid id) => $"/cases/{number}/attachments/{id}";

    private static AttachmentView ToView(string number, CaseAttachment a) => new(a.Id, a.FileName, a.Size, AttachmentUrl(number, a.Id));

    private static List<HandlerView> Handlers(CaseBase c) => c switch
    {
        BindingRulingCase br => br.CurrentPanel.Select(s => new HandlerView(Role.Assessor, s.AssessorName, s.IsRapporteur)).ToList(),
        MediationCase { MediatorName: { } name } => [new HandlerView(Role.Mediator, name, false)],
        _ => [],
    };

    /// <summary>An audit entry as the viewer may see it; null for what the timeline leaves out.</summary>
    private static TimelineEntry? TimelineOf(AuditEntry a, bool deskSide)
    {
        var id = $"a:{a.Id}";
        var colon = a.Action.IndexOf(':');
        if (colon > 0)
        {
            var kind = a.Action[(colon + 1)..];
            var (key, due) = a.Action[..colon] switch
            {
                "DeadlineStarted" => ("Event.DeadlineStarted", a.After),
                "DeadlineExtended" => ("Event.DeadlineExtended", a.After),
                "DeadlineClosed" => (a.After == "Missed" ? "Event.DeadlineMissed" : "Event.DeadlineMet", null),
                "DeadlineCancelled" => ("Event.DeadlineCancelled", null),
                _ => (null, null),
            };
            if (key is null) return null;
            var args = new List<string> { $"Kind.{kind}" };
            if (due is not null && DateTimeOffset.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
                args.Add("Date." + AmsterdamCalendar.DateOf(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return new TimelineEntry(id, a.At, TimelineKind.Deadline, key, args, null, null, []);
        }
        if (ShownAsSubmission.Contains(a.Action)) return null;
        if (a.Action == "AddStaffNote" && !deskSide) return null;
        // Issue 18: a desk decision on a D25 ground in words for staff ("Weigeringsgrond D25i: geweigerd — reden"), not the raw record.
        if (a.Action == "RecordStaffDecision" && deskSide && StaffDecisionDetail(a.Detail) is var (rule, outcome, reason))
            return new TimelineEntry(id, a.At, TimelineKind.Event, $"Event.StaffDecision.{outcome}", [rule, reason], a.ActorName, null, []);
        var detail = deskSide || PublicDetail.Contains(a.Action) ? a.Detail : null;
        var onBehalfOf = a.OnBehalfOf is { Length: > 0 } party && party != a.ActorName ? party : null;
        // D21: an act recorded from post says so, and on the desk's side for whom (the actor is who recorded it).
        // Issue 14: the rule code beside the words for staff only; parties read the words alone.
        var staffRule = deskSide ? StaffRule.GetValueOrDefault(a.Action) : null;
        if (!PostReceipt.TryRead(a.Detail, out var receivedOn, out var forParty))
            return new TimelineEntry(id, a.At, TimelineKind.Event, $"Event.{a.Action}", [], a.ActorName, detail, []) { OnBehalfOf = onBehalfOf, Rule = staffRule };
        return new TimelineEntry(id, a.At, TimelineKind.Event, $"Event.{a.Action}", [], a.ActorName, deskSide ? forParty : null, [])
        {
            ReceivedByPostOn = receivedOn,
            OnBehalfOf = onBehalfOf,
            Rule = staffRule,
        };
    }

    /// <summary>The domain's record of a staff decision, "D25i: Refuse: reason" (<c>BindingRulingCase.RecordStaffDecision</c>), read back.</summary>
    internal static (string Rule, string Outcome, string Reason)? StaffDecisionDetail(string? detail)
    {
        var parts = detail?.Split(": ", 3);
        return parts is [var rule, var outcome, var reason] && Enum.TryParse<Domain.Eligibility.StaffDecisionOutcome>(outcome, out var known)
            ? (rule, known.ToString(), reason)
            : null;
    }
}
