namespace AdrDesk.Domain.Common;

/// <summary>
/// Issue 19 item 5, nothing lost silently: the most characters each free-text field takes, in one place. The page puts
/// the limit on the field (maxlength and a counter near it) and the service refuses more with <see cref="FieldTooLong"/>,
/// so a text is never cut off or dropped unseen. Every limit fits in one circuit message in the worst case (6 bytes a
/// character: Infrastructure/Circuits/CircuitLimits, checked for each constant here by FieldLimitsTests).
/// Ruling parts (RulingText.MaxPartLength) and case-file texts (CaseFileLimits.MaxTextLength) keep their own 20,000.
/// </summary>
public static class FieldLimits
{
    /// <summary>A statement: a position, the agreement's dispute or terms, a complaint.</summary>
    public const int LongText = 20_000;

    /// <summary>An explanation: a reason, a summary, a proposed change, a note with the post.</summary>
    public const int MediumText = 4_000;

    /// <summary>One line: a name, a place.</summary>
    public const int Line = 200;

    // Mediation (M6, M8, M9) and its scheduling and post.
    public const int MediationPosition = LongText;
    public const int AgreementDispute = LongText;
    public const int AgreementTerms = LongText;
    public const int AgreementPlace = Line;
    public const int AgreementChange = MediumText;
    public const int OutcomeSummary = MediumText;
    public const int SessionCancelReason = MediumText;
    public const int ScanRejectionReason = MediumText;
    public const int MediationPostText = MediumText;

    // Consumer bemiddeling (B).
    public const int BemiddelingText = MediumText;

    // The intake wizard (D-filings; IntakeValidator checks every field on each step and at submission): the complaint,
    // the claim and the webshop's reply; names, addresses and other one-line answers.
    public const int IntakeText = 5_000;
    public const int IntakeLine = Line;

    // The register's dialogs (D18, D25h): names and marks, contact lines, the reason of a status change.
    public const int RegisterName = Line;
    public const int RegisterContactLine = Line;
    public const int RegisterStatusReason = 1_000;

    /// <summary>The first of <paramref name="texts"/> over its limit, or success.</summary>
    public static Result CheckAll(params ReadOnlySpan<(string? Text, int Max)> texts)
    {
        foreach (var (text, max) in texts)
            if (Check(text, max) is { IsFailure: true } tooLong) return tooLong;
        return Result.Success;
    }

    /// <summary>Refuses a text over <paramref name="max"/> characters; null and empty pass (required is checked apart).</summary>
    public static Result Check(string? text, int max) =>
        text is { Length: var length } && length > max ? new FieldTooLong(max, length) : Result.Success;
}

/// <summary>A text over its field's limit (<see cref="FieldLimits"/>): refused whole, and the page keeps it for shortening.</summary>
public sealed record FieldTooLong(int Max, int Length) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Max, Length];
}
