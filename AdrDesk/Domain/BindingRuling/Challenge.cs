using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public enum ChallengeOutcome
{
    Pending,
    Upheld,
    Rejected,
}

/// <summary>D11: a written challenge (wraking) of an assessor by a party, decided by staff with reasons.</summary>
public sealed class Challenge
{
    private Challenge()
    {
        Grounds = "";
    }

    public Guid Id { get; private set; }
    public Guid AssessorId { get; private set; }
    public Guid FiledByPartyId { get; private set; }
    public string Grounds { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public ChallengeOutcome Outcome { get; private set; }
    public Guid? DecidedById { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public Guid? ReplacementAssessorId { get; private set; }

    internal static Challenge File(Guid assessorId, Guid partyId, string grounds, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        AssessorId = assessorId,
        FiledByPartyId = partyId,
        Grounds = grounds,
        FiledAt = at,
        Outcome = ChallengeOutcome.Pending,
    };

    internal void Decide(Actor staff, bool upheld, string reason, Guid? replacementId, DateTimeOffset at)
    {
        Outcome = upheld ? ChallengeOutcome.Upheld : ChallengeOutcome.Rejected;
        DecidedById = staff.UserId;
        DecidedByName = staff.DisplayName;
        DecidedAt = at;
        DecisionReason = reason;
        ReplacementAssessorId = replacementId;
    }
}
