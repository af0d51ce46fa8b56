using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

/// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
public readonly record struct CountryCode
{
    // D1: the consumer lives in the Netherlands or another EU member state (the 27 members).
    private static readonly HashSet<string> EuMembers =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static CountryCode Netherlands { get; } = new("NL");

    public bool IsEuMemberState => EuMembers.Contains(Value);

    public static Result<CountryCode> Create(string? value)
    {
        var code = (value ?? "").Trim().ToUpperInvariant();
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) return new InvalidCountryCode(value ?? "");
        return new CountryCode(code);
    }

    /// <summary>For codes known to be valid (constants, tests).</summary>
    public static CountryCode Of(string value) =>
        Create(value) is { IsSuccess: true } code ? code.Value : throw new ArgumentException($"Not a country code: {value}", nameof(value));

    public override string ToString() => Value;
}

public sealed record InvalidCountryCode(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}
