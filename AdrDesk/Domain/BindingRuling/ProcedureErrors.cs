using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PanelNotAssigned() : DomainError("D10");

public sealed record OnlyRespondentMayRespond() : DomainError("D12");

public sealed record ResponseTermNotExpired() : DomainError("D12");

public sealed record SettlementResultRequired() : DomainError("D14");

public sealed record InvalidInformationTerm(int Days) : DomainError("D13")
{
    public override IReadOnlyList<object?> Arguments => [Days, BindingRulingTerms.MaxInformationTermDays];
}

public sealed record UnknownInformationRequest() : DomainError("D13");

public sealed record InformationOutstanding() : DomainError("D15");

public sealed record RulingTermAlreadyExtended() : DomainError("D15");

public sealed record InvalidRulingExtension(DateOnly ExpectedBy) : DomainError("D15")
{
    public override IReadOnlyList<object?> Arguments => [ExpectedBy];
}
