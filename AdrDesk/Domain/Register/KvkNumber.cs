using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

/// <summary>Chamber of Commerce (KvK) number: exactly 8 digits.</summary>
public readonly record struct KvkNumber
{
    private KvkNumber(string value) => Value = value;

    public string Value { get; }

    public static Result<KvkNumber> Create(string? value)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length != 8 || !trimmed.All(char.IsAsciiDigit)) return new InvalidKvkNumber(value ?? "");
        return new KvkNumber(trimmed);
    }

    public override string ToString() => Value;
}

public sealed record InvalidKvkNumber(string Input) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Input];
}
