using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.Mediation.MediationTrigger;

namespace AdrDesk.Domain.Mediation;

// Sessions and outcome: M3, M5, M7, M8, M9.
public sealed partial class MediationCase
{
    /// <summary>M7: a joint session guided by the mediator; M5: at the mediator's office by default; M3: logistics only.</summary>
    public Result ScheduleSession(Actor actor, TimeProvider clock, DateTimeOffset startsAt, int durationMinutes, string? location = null)
    {
        var to = Allow(T.ScheduleSession, actor);
        if (to.IsFailure) return to.AsResult();
        var now = clock.GetUtcNow();
        if (startsAt <= now || durationMinutes <= 0) return new SessionMustBeInFuture();
        var session = new Session(Guid.NewGuid(), startsAt, durationMinutes, string.IsNullOrWhiteSpace(location) ? MediatorOffice! : location.Trim());
        _sessions.Add(session);
        return Move(to.Value, T.ScheduleSession, actor, now, $"{startsAt:O} @ {session.Location}");
    }

    /// <summary>The parties agree; M3: confidentiality ends here.</summary>
    public Result ReachAgreement(Actor actor, TimeProvider clock, string terms) => Outcome(actor, clock, T.ReachAgreement, Mediation.AgreementKind.Agreed, terms);

    /// <summary>M8: no agreement, so the mediator works out a binding solution: there is always an outcome.</summary>
    public Result ImposeBindingSolution(Actor actor, TimeProvider clock, string solution) =>
        Outcome(actor, clock, T.ImposeBindingSolution, Mediation.AgreementKind.BindingSolution, solution);

    /// <summary>
    /// M9: the mediator writes the outcome as a vaststellingsovereenkomst (art. 7:900 BW). A party may
    /// ask for changes, so the mediator may draft a new version, but only until the first signature:
    /// a signature fixes the text it was given on.
    /// </summary>
    public Result DraftAgreement(Actor actor, TimeProvider clock, string vaststellingsovereenkomst)
    {
        var to = Allow(T.DraftAgreement, actor);
        if (to.IsFailure) return to.AsResult();
        if (_signatures.Count > 0) return new AgreementTextFixedBySignature();
        if (string.IsNullOrWhiteSpace(vaststellingsovereenkomst)) return new TextRequired("agreement");
        AgreementText = vaststellingsovereenkomst.Trim();
        return Move(to.Value, T.DraftAgreement, actor, clock.GetUtcNow());
    }

    /// <summary>M9: each party signs once; the second signature makes it enforceable.</summary>
    /// <remarks>With <paramref name="post"/> the desk or the mediator records the named party's hand-signed agreement that arrived by post.</remarks>
    public Result Sign(Actor actor, TimeProvider clock, PostReceipt? post = null)
    {
        var acting = Acting(T.Sign, actor, clock, post);
        if (acting.IsFailure) return acting.AsResult();
        var party = acting.Value.Party;
        if (_signatures.Any(s => s.PartyId == party.Id)) return new AlreadySigned();
        var trigger = _signatures.Count + 1 == Parties.Count ? T.CompleteSignatures : T.Sign;
        var target = Acting(trigger, actor, clock, post);
        if (target.IsFailure) return target.AsResult();
        var now = clock.GetUtcNow();
        _signatures.Add(new Signature(party.Id, now));
        return Move(target.Value.To, trigger, actor, now, PartyDetail(party, post));
    }

    /// <summary>M9: closed only once both signed (the table has no other way to Closed).</summary>
    public Result Close(Actor actor, TimeProvider clock)
    {
        var to = Allow(T.Close, actor);
        return to.IsFailure ? to.AsResult() : Move(to.Value, T.Close, actor, clock.GetUtcNow());
    }

    private Result Outcome(Actor actor, TimeProvider clock, T trigger, AgreementKind kind, string text)
    {
        var to = Allow(trigger, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(text)) return new TextRequired("outcome");
        AgreementKind = kind;
        AgreementText = text.Trim();
        return Move(to.Value, trigger, actor, clock.GetUtcNow(), kind.ToString());
    }
}
