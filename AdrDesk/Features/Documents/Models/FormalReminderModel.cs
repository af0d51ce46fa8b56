namespace AdrDesk.Features.Documents.Models;

/// <summary>Which side failed to comply decides the D18 consequence the reminder announces.</summary>
public enum DefaultingParty
{
    Consumer,
    Webshop,
}

/// <summary>D18: the one formal reminder (aanmaning) before the consequences of non-compliance.</summary>
public sealed record FormalReminderModel : LetterModel
{
    public required DefaultingParty Defaulting { get; init; }
    public required DateOnly RulingDate { get; init; }
    public required RulingOrder Order { get; init; }
    public required DateOnly FinalDeadline { get; init; }
}
