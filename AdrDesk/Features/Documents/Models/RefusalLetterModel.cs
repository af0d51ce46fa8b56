namespace AdrDesk.Features.Documents.Models;

/// <summary>The D25 refusal grounds; the template words each one.</summary>
public enum RefusalGround
{
    NoPriorComplaint,          // D25a
    TrivialMatter,             // D25b
    AlreadyHandled,            // D25c
    AmountOutOfRange,          // D25d
    ComplaintTooLate,          // D25e
    BetweenBusinesses,         // D25f
    NoConsumerConsent,         // D25g
    WebshopInsolventOrStopped, // D25h
    WebshopNotAffiliated,      // D25i
    ImpairsOperation,          // D25j
}

/// <summary>A ground with the desk's written reason for this case (D26: told so, with the reasons).</summary>
public sealed record RefusalReason(RefusalGround Ground, string Reason);

/// <summary>D26: a refused case is told so, with the reasons.</summary>
public sealed record RefusalLetterModel : LetterModel
{
    public required DocumentParty Respondent { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required IReadOnlyList<RefusalReason> Reasons { get; init; }
}
