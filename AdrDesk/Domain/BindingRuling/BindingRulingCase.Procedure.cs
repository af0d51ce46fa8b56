using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// From forwarding to ruling preparation: D12, D13, D14, D15, D20.
public sealed partial class BindingRulingCase
{
    /// <summary>D12: the assessor sends the case to the other party, which has 14 days to respond.</summary>
    public Result Forward(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.Forward, actor);
        if (to.IsFailure) return to.AsResult();
        if (!CurrentPanel.Any()) return new PanelNotAssigned();
        if (!ConsentGiven) return new ConsentRequiredBeforeForwarding(); // D9/D25g
        var now = clock.GetUtcNow();
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Refusal), now); // Directive art. 5(4): the case is taken on
        StartDeadline(actor, Deadline.Start(DeadlineKind.Response, Binding(Respondent.Role), now, BindingRulingTerms.Response));
        return Move(to.Value, T.Forward, actor, now);
    }

    /// <summary>D12/D13: the respondent's answer is a submission the filer also receives.</summary>
    /// <remarks>D21: with <paramref name="post"/> the desk records the respondent's response that arrived by post.</remarks>
    public Result RecordResponse(Actor actor, TimeProvider clock, string content, PostReceipt? post = null)
    {
        var to = Allow(T.RecordResponse, actor);
        if (to.IsFailure) return to.AsResult();
        if (post is not null)
        {
            var byDesk = post.Check(actor, clock);
            if (byDesk.IsFailure) return byDesk;
            if (post.PartyId != Respondent.Id) return new OnlyRespondentMayRespond();
        }
        if (actor.Role.IsParty() && PartyOf(actor)!.Id != Respondent.Id) return new OnlyRespondentMayRespond();
        if (string.IsNullOrWhiteSpace(content)) return new TextRequired("response");
        var now = clock.GetUtcNow();
        AddPartySubmission(actor, Respondent, content, null, now, post);
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Response), now);
        return Move(to.Value, T.RecordResponse, actor, now, post?.AuditDetail(Respondent.Name));
    }

    /// <summary>D12: no response within 14 days; the procedure continues without it (the due-work service does this).</summary>
    public Result ExpireResponseTerm(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.ExpireResponseTerm, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (OpenDeadline(DeadlineKind.Response) is not { } term || !term.IsOverdue(now)) return new ResponseTermNotExpired();
        CloseDeadline(actor, term, now);
        return Move(to.Value, T.ExpireResponseTerm, actor, now);
    }

    /// <summary>D14: the assessor first tries to settle; only a recorded failed attempt opens the way to a ruling.</summary>
    public Result FailSettlement(Actor actor, TimeProvider clock, string result)
    {
        var to = Allow(T.FailSettlement, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(result)) return new SettlementResultRequired();
        var now = clock.GetUtcNow();
        SettlementAttempt = new SettlementAttemptRecord(result.Trim(), actor.UserId, now);
        return Move(to.Value, T.FailSettlement, actor, now, result.Trim());
    }

    /// <summary>D13: the assessor asks a party for information within a term.</summary>
    public Result RequestInformation(Actor actor, TimeProvider clock, Guid partyId, string question, int termDays)
    {
        var to = Allow(T.RequestInformation, actor);
        if (to.IsFailure) return to.AsResult();
        if (FindParty(partyId) is not { } party) return new UnknownParty(partyId);
        if (string.IsNullOrWhiteSpace(question)) return new TextRequired("question");
        if (termDays is < 1 or > BindingRulingTerms.MaxInformationTermDays) return new InvalidInformationTerm(termDays);
        var now = clock.GetUtcNow();
        var term = CalendarPeriod.OfDays(termDays);
        var request = InformationRequest.Ask(party.Id, question.Trim(), now, term.DueAfter(now));
        _informationRequests.Add(request);
        StartDeadline(actor, Deadline.Start(DeadlineKind.InformationRequest, Binding(party.Role), now, term, request.Id));
        return Move(to.Value, T.RequestInformation, actor, now, question.Trim());
    }

    /// <summary>D13: a party (or staff, for a paper party, D21) adds a document; the other party receives it.</summary>
    /// <remarks>D21: with <paramref name="post"/> the desk records the named party's statement that arrived by post.</remarks>
    public Result AddSubmission(Actor actor, TimeProvider clock, string content, Guid? onBehalfOfPartyId = null, Guid? answersRequestId = null,
        PostReceipt? post = null)
    {
        var to = Allow(T.AddSubmission, actor);
        if (to.IsFailure) return to.AsResult();
        if (post is not null)
        {
            var byDesk = post.Check(actor, clock);
            if (byDesk.IsFailure) return byDesk;
            onBehalfOfPartyId = post.PartyId;
        }
        var party = ActingParty(actor, onBehalfOfPartyId);
        if (party.IsFailure) return party.AsResult();
        if (string.IsNullOrWhiteSpace(content)) return new TextRequired("content");
        var request = answersRequestId is { } id ? _informationRequests.FirstOrDefault(r => r.Id == id) : null;
        if (answersRequestId is not null && (request is not { IsOpen: true } || request.PartyId != party.Value.Id))
            return new UnknownInformationRequest();

        var now = clock.GetUtcNow();
        AddPartySubmission(actor, party.Value, content, request?.Id, now, post);
        if (request is not null)
        {
            request.Answer(now);
            CloseDeadline(actor, Deadlines.FirstOrDefault(d => d.SubjectId == request.Id), now);
        }
        return Move(to.Value, T.AddSubmission, actor, now, post?.AuditDetail(party.Value.Name));
    }

    /// <summary>Desk-internal note: never visible to a party (D13 applies to what parties submit).</summary>
    public Result AddStaffNote(Actor actor, TimeProvider clock, string note)
    {
        var to = Allow(T.AddStaffNote, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(note)) return new TextRequired("note");
        var now = clock.GetUtcNow();
        _submissions.Add(new Submission(Guid.NewGuid(), SubmissionKind.StaffNote, null, actor.UserId, actor.DisplayName, actor.Role, note.Trim(), now, null));
        return Move(to.Value, T.AddStaffNote, actor, now);
    }

    /// <summary>D15 / Directive art. 8(e): all documents received; parties are told and the 90 days start.</summary>
    public Result DeclareDossierComplete(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.DeclareDossierComplete, actor);
        if (to.IsFailure) return to.AsResult();
        if (_informationRequests.Any(r => r.IsOpen)) return new InformationOutstanding();
        var now = clock.GetUtcNow();
        StartDeadline(actor, Deadline.Start(DeadlineKind.Ruling, DeadlineBinds.Assessor, now, BindingRulingTerms.Ruling));
        return Move(to.Value, T.DeclareDossierComplete, actor, now);
    }

    /// <summary>D15: once, by at most 90 days, stating the date by which the ruling is expected.</summary>
    public Result ExtendRulingTerm(Actor actor, TimeProvider clock, DateOnly expectedBy, string reason)
    {
        var to = Allow(T.ExtendRulingTerm, actor);
        if (to.IsFailure) return to.AsResult();
        var term = OpenDeadline(DeadlineKind.Ruling)!;
        if (term.OriginalDueAt is not null) return new RulingTermAlreadyExtended();
        var newDue = AmsterdamCalendar.EndOfDay(expectedBy);
        var latest = AmsterdamCalendar.EndOfDay(BindingRulingTerms.MaxRulingExtension.LastDayFrom(AmsterdamCalendar.DateOf(term.DueAt)));
        if (newDue <= term.DueAt || newDue > latest) return new InvalidRulingExtension(expectedBy);
        if (string.IsNullOrWhiteSpace(reason)) return new TextRequired("reason");
        var now = clock.GetUtcNow();
        ExtendDeadline(actor, term, newDue, reason.Trim(), now);
        return Move(to.Value, T.ExtendRulingTerm, actor, now, $"{expectedBy:yyyy-MM-dd}: {reason.Trim()}");
    }

    /// <summary>D20: announcing that the ruling is being prepared ends the consumer's right to withdraw.</summary>
    public Result StartRulingPreparation(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.StartRulingPreparation, actor);
        return to.IsFailure ? to.AsResult() : Move(to.Value, T.StartRulingPreparation, actor, clock.GetUtcNow());
    }

    private void AddPartySubmission(Actor actor, Party party, string content, Guid? requestId, DateTimeOffset at, PostReceipt? post = null) =>
        _submissions.Add(new Submission(
            Guid.NewGuid(), SubmissionKind.PartySubmission, party.Id, actor.UserId, actor.DisplayName, actor.Role, content.Trim(), at, requestId)
        {
            ReceivedByPostOn = post?.ReceivedOn,
        });
}
