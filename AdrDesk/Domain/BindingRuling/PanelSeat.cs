namespace AdrDesk.Domain.BindingRuling;

/// <summary>An assessor proposed for the panel (D10: one, or three with one rapporteur).</summary>
public sealed record PanelMember(Guid AssessorId, string Name, bool IsRapporteur = false);

/// <summary>
/// An assessor's seat on a case's panel. A seat is never deleted: an upheld wraking (D11) ends it
/// and a new seat is added, so the history of who sat on the case stays.
/// </summary>
public sealed class PanelSeat
{
    private PanelSeat()
    {
        AssessorName = "";
    }

    public Guid Id { get; private set; }
    public Guid AssessorId { get; private set; }
    public string AssessorName { get; private set; }
    public bool IsRapporteur { get; private set; }
    public DateTimeOffset SeatedAt { get; private set; }
    public DateTimeOffset? LeftAt { get; private set; }

    /// <summary>The upheld challenge that ended this seat.</summary>
    public Guid? EndedByChallengeId { get; private set; }

    public bool IsCurrent => LeftAt is null;

    internal static PanelSeat Seat(PanelMember member, bool isRapporteur, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        AssessorId = member.AssessorId,
        AssessorName = member.Name,
        IsRapporteur = isRapporteur,
        SeatedAt = at,
    };

    internal void Leave(Guid challengeId, DateTimeOffset at)
    {
        LeftAt = at;
        EndedByChallengeId = challengeId;
    }
}
