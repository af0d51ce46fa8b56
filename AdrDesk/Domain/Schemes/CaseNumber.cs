using System.Globalization;
using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Schemes;

/// <summary>
/// The human-readable case number, e.g. <c>DD-2026-000123</c>: scheme prefix, year, 6-digit sequence.
/// The persistence layer allocates the sequence (unique, never reused); the domain formats and parses.
/// </summary>
public readonly record struct CaseNumber
{
    public const int MaxSequence = 999_999;

    private CaseNumber(Scheme scheme, int year, int sequence)
    {
        Scheme = scheme;
        Year = year;
        Sequence = sequence;
    }

    public Scheme Scheme { get; }
    public int Year { get; }
    public int Sequence { get; }

    public static Result<CaseNumber> Create(Scheme scheme, int year, int sequence)
    {
        if (!Enum.IsDefined(scheme) || year is < 2000 or > 9999 || sequence is < 1 or > MaxSequence)
            return new InvalidCaseNumber($"{scheme}/{year}/{sequence}");
        return new CaseNumber(scheme, year, sequence);
    }

    public static Result<CaseNumber> Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 3 || parts[1].Length != 4 || parts[2].Length != 6
            || SchemeCodes.FromPrefix(parts[0]) is not { } scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return new InvalidCaseNumber(text ?? "");
        return Create(scheme, year, sequence);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scheme.Prefix()}-{Year:D4}-{Sequence:D6}");
}

public sealed record InvalidCaseNumber(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}
