using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record DepositAlreadyRequired() : DomainError("D23");

public sealed record DepositDueDateInPast(DateOnly DueDate) : DomainError("D23")
{
    public override IReadOnlyList<object?> Arguments => [DueDate];
}

public sealed record NoUnpaidDeposit() : DomainError("D23");

public sealed record NoPaidDeposit() : DomainError("D23");

/// <summary>D23: the ruling cannot be issued while a required deposit is unpaid.</summary>
public sealed record DepositUnpaid() : DomainError("D23");
