using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using T = AdrDesk.Domain.BindingRuling.BindingRulingTrigger;

namespace AdrDesk.Domain.BindingRuling;

// The panel: D10 (one or three assessors), D11 (wraking), Directive art. 6 (conflicts of interest).
public sealed partial class BindingRulingCase
{
    /// <summary>D10: one assessor, or three (complex case) of whom one is the rapporteur.</summary>
    public Result AssignPanel(Actor actor, TimeProvider clock, IReadOnlyList<PanelMember> members)
    {
        var to = Allow(T.AssignPanel, actor);
        if (to.IsFailure) return to.AsResult();
        if (_panel.Count > 0) return new PanelAlreadyAssigned();
        if (members.Count is not (1 or 3) || members.DistinctBy(m => m.AssessorId).Count() != members.Count)
            return new InvalidPanelSize(members.Count);
        if (members.Count == 3 && members.Count(m => m.IsRapporteur) != 1) return new RapporteurRequired();

        var now = clock.GetUtcNow();
        foreach (var member in members) _panel.Add(PanelSeat.Seat(member, members.Count == 1 || member.IsRapporteur, now));
        return Move(to.Value, T.AssignPanel, actor, now, string.Join(", ", members.Select(m => m.Name)));
    }

    /// <summary>D11: a party challenges an assessor in writing on doubt about independence.</summary>
    public Result FileChallenge(Actor actor, TimeProvider clock, Guid assessorId, string writtenGrounds)
    {
        var to = Allow(T.FileChallenge, actor);
        if (to.IsFailure) return to.AsResult();
        if (!CurrentPanel.Any(s => s.AssessorId == assessorId)) return new AssessorNotOnPanel();
        if (string.IsNullOrWhiteSpace(writtenGrounds)) return new ChallengeGroundsRequired();
        if (_challenges.Any(c => c.AssessorId == assessorId && c.Outcome == ChallengeOutcome.Pending)) return new ChallengeAlreadyPending();
        var now = clock.GetUtcNow();
        _challenges.Add(Challenge.File(assessorId, PartyOf(actor)!.Id, writtenGrounds.Trim(), now));
        return Move(to.Value, T.FileChallenge, actor, now, writtenGrounds.Trim());
    }

    /// <summary>D11: staff uphold (the assessor is replaced, the old seat kept as history) or reject, with reasons.</summary>
    public Result DecideChallenge(Actor actor, TimeProvider clock, Guid challengeId, bool upheld, string reason, PanelMember? replacement)
    {
        var to = Allow(T.DecideChallenge, actor);
        if (to.IsFailure) return to.AsResult();
        if (_challenges.FirstOrDefault(c => c.Id == challengeId) is not { } challenge) return new ChallengeNotFound();
        if (challenge.Outcome != ChallengeOutcome.Pending) return new ChallengeAlreadyDecided();
        if (string.IsNullOrWhiteSpace(reason)) return new TextRequired("reason");
        if (upheld && (replacement is null || CurrentPanel.Any(s => s.AssessorId == replacement.AssessorId)))
            return new ReplacementAssessorRequired();

        var now = clock.GetUtcNow();
        challenge.Decide(actor, upheld, reason.Trim(), upheld ? replacement!.AssessorId : null, now);
        if (upheld)
        {
            var seat = CurrentPanel.First(s => s.AssessorId == challenge.AssessorId);
            seat.Leave(challenge.Id, now);
            _panel.Add(PanelSeat.Seat(replacement!, seat.IsRapporteur, now));
        }
        return Move(to.Value, T.DecideChallenge, actor, now, $"{challenge.Outcome}: {reason.Trim()}");
    }

    /// <summary>Directive art. 6: an assessor on the panel discloses a possible conflict of interest at any time.</summary>
    public Result DeclareConflictOfInterest(Actor actor, TimeProvider clock, string description)
    {
        var to = Allow(T.DeclareConflictOfInterest, actor);
        if (to.IsFailure) return to.AsResult();
        if (string.IsNullOrWhiteSpace(description)) return new TextRequired("description");
        var now = clock.GetUtcNow();
        _conflicts.Add(new ConflictDeclaration(Guid.NewGuid(), actor.UserId, actor.DisplayName, description.Trim(), now));
        return Move(to.Value, T.DeclareConflictOfInterest, actor, now, description.Trim());
    }
}
