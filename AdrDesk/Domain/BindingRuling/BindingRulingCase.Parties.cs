using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// How parties take part: D7 (representation), D21 (paper procedure).
public sealed partial class BindingRulingCase
{
    /// <summary>D7: a party may at any time be represented or assisted by a third party, or stop being so (null).</summary>
    public Result SetRepresentative(Actor actor, TimeProvider clock, Guid partyId, Representative? representative)
    {
        var to = Allow(T.SetRepresentative, actor);
        if (to.IsFailure) return to.AsResult();
        var party = ActingParty(actor, partyId);
        if (party.IsFailure) return party.AsResult();
        if (party.Value.Id != partyId) return new UnknownParty(partyId);
        if (representative is not null && string.IsNullOrWhiteSpace(representative.Name)) return new TextRequired("name");
        party.Value.Represent(representative);
        return Move(to.Value, T.SetRepresentative, actor, clock.GetUtcNow(), representative?.Name ?? "none");
    }

    /// <summary>D21: if a party asks, documents go by post and the whole procedure is conducted in writing.</summary>
    public Result RequestPaperProcedure(Actor actor, TimeProvider clock, Guid partyId)
    {
        var to = Allow(T.RequestPaperProcedure, actor);
        if (to.IsFailure) return to.AsResult();
        var party = ActingParty(actor, partyId);
        if (party.IsFailure) return party.AsResult();
        if (party.Value.Id != partyId) return new UnknownParty(partyId);
        party.Value.AskForPaperProcedure();
        return Move(to.Value, T.RequestPaperProcedure, actor, clock.GetUtcNow(), party.Value.Name);
    }
}
