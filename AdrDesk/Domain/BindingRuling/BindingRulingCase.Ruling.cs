using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Register;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// The ruling and after: D11, D15, D16, D17, D18, D19, D23, D24.
public sealed partial class BindingRulingCase
{
    /// <summary>D16: with reasons; D17: how and by when to comply; D23: not while a deposit is unpaid; D11: not while a challenge is pending.</summary>
    public Result IssueRuling(Actor actor, TimeProvider clock, RulingContent content)
    {
        var to = Allow(T.IssueRuling, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(content.Decision) || string.IsNullOrWhiteSpace(content.Reasons)) return new RulingReasonsRequired();
        if (string.IsNullOrWhiteSpace(content.ComplianceManner) || content.ComplyBy <= AmsterdamCalendar.DateOf(now))
            return new ComplianceTermRequired();
        if (Deposit is { IsUnpaid: true }) return new DepositUnpaid();
        if (_challenges.Any(c => c.Outcome == ChallengeOutcome.Pending)) return new ChallengePending();

        Ruling = Ruling.Issue(content, actor, now);
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Ruling), now);
        StartDeadline(actor, Deadline.Start(DeadlineKind.Retention, DeadlineBinds.Desk, now, BindingRulingTerms.Retention)); // D24
        return Move(to.Value, T.IssueRuling, actor, now);
    }

    /// <summary>D16: sent to both parties on a durable medium; D19: the 2-month court term runs from now; D17: the compliance term starts.</summary>
    public Result SendRuling(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.SendRuling, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        Ruling!.MarkSent(now);
        StartDeadline(actor, Deadline.Start(DeadlineKind.Court, DeadlineBinds.BothParties, now, BindingRulingTerms.Court));
        StartDeadline(actor, Deadline.Start(DeadlineKind.Compliance, Binding(Ruling.MustComply), now, AmsterdamCalendar.EndOfDay(Ruling.ComplyBy)));
        return Move(to.Value, T.SendRuling, actor, now);
    }

    public Result ConfirmCompliance(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.ConfirmCompliance, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Compliance), now);
        CloseDeadline(actor, OpenDeadline(DeadlineKind.Reminder), now);
        return Move(to.Value, T.ConfirmCompliance, actor, now);
    }

    /// <summary>D18: one formal reminder (aanmaning) once the compliance term has passed; a second is not in the table.</summary>
    public Result SendReminder(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.SendReminder, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (OpenDeadline(DeadlineKind.Compliance) is not { } term || !term.IsOverdue(now)) return new ComplianceTermNotExpired();
        CloseDeadline(actor, term, now);
        StartDeadline(actor, Deadline.Start(DeadlineKind.Reminder, term.Binds, now, BindingRulingTerms.Reminder));
        return Move(to.Value, T.SendReminder, actor, now);
    }

    /// <summary>
    /// D18: after the reminder's term, non-compliance. A non-complying webshop is removed from the
    /// register and its certification mark informed (event); for a consumer the webshop may start collection.
    /// </summary>
    public Result DeclareNonCompliance(Actor actor, TimeProvider clock, Organisation? webshop)
    {
        var to = Allow(T.DeclareNonCompliance, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (OpenDeadline(DeadlineKind.Reminder) is not { } term || !term.IsOverdue(now)) return new ReminderTermNotExpired();
        var webshopMustComply = Ruling!.MustComply == PartyRole.Business;
        if (webshopMustComply && webshop?.Id != Webshop.OrganisationId) return new WebshopRegisterEntryRequired();

        CloseDeadline(actor, term, now);
        if (webshopMustComply)
        {
            webshop!.RemoveFromRegister(AmsterdamCalendar.DateOf(now), $"D18: uitspraak {Number} niet nagekomen na aanmaning");
            Audit(actor, now, "WebshopRemovedFromRegister", null, webshop.CertificationMark, webshop.LegalName);
        }
        var result = Move(to.Value, T.DeclareNonCompliance, actor, now, Ruling.MustComply.ToString());
        if (webshopMustComply) RaiseEvent("WebshopRemovedFromRegister");
        return result;
    }

    public Result Close(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.Close, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        EndedAt = now;
        return Move(to.Value, T.Close, actor, now);
    }

    /// <summary>D24: at most 2 years after the ruling or the end, the data goes; the persistence layer deletes it on this event.</summary>
    public Result EraseData(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.EraseData, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (OpenDeadline(DeadlineKind.Retention) is not { } term || now < term.DueAt) return new RetentionNotExpired();
        CloseDeadline(actor, term, now);
        return Move(to.Value, T.EraseData, actor, now);
    }
}
