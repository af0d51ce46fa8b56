using System.Globalization;

namespace AdrDesk.Domain.Common;

/// <summary>An amount in euro with at most two decimals; never negative (claims, values, deposits).</summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal amount) => Amount = amount;

    public decimal Amount { get; }

    public static Money Zero => new(0m);

    public static Result<Money> Create(decimal amount)
    {
        if (amount < 0m) return new InvalidMoney(amount);
        if (decimal.Round(amount, 2) != amount) return new InvalidMoney(amount);
        return new Money(amount);
    }

    /// <summary>For amounts known to be valid (constants, tests); an invalid one is a programming error.</summary>
    public static Money Euros(decimal amount)
    {
        var money = Create(amount);
        return money.IsSuccess ? money.Value : throw new ArgumentOutOfRangeException(nameof(amount), amount, "Not a valid euro amount.");
    }

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;
    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;
    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;
    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    /// <summary>Invariant, for logs and audit details; what people read goes through DisplayFormat.Money in their language.</summary>
    public override string ToString() => "€" + Amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}

public sealed record InvalidMoney(decimal Amount) : DomainError()
{
    public override IReadOnlyList<object?> Arguments => [Amount];
}
