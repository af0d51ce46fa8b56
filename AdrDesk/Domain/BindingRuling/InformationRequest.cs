namespace AdrDesk.Domain.BindingRuling;

/// <summary>D13: the assessor asks a party for information, with a term (a deadline binding that party).</summary>
public sealed class InformationRequest
{
    private InformationRequest()
    {
        Question = "";
    }

    public Guid Id { get; private set; }
    public Guid PartyId { get; private set; }
    public string Question { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsOpen => AnsweredAt is null;

    internal static InformationRequest Ask(Guid partyId, string question, DateTimeOffset at, DateTimeOffset due) =>
        new() { Id = Guid.NewGuid(), PartyId = partyId, Question = question, RequestedAt = at, DueAt = due };

    internal void Answer(DateTimeOffset at) => AnsweredAt = at;
}
