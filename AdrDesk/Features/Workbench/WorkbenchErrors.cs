using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Workbench;

/// <summary>The workbench and the desk queue are for desk staff and assessors.</summary>
public sealed record WorkbenchNotAllowed() : DomainError;

/// <summary>D10: in a panel of three the rapporteur writes the ruling; the others review it.</summary>
public sealed record OnlyRapporteurDrafts() : DomainError("D10");

/// <summary>D10: a reviewer of a panel of three cannot issue the ruling; the rapporteur does, once all three approved.</summary>
public sealed record OnlyRapporteurIssues() : DomainError("D10");

/// <summary>D10: a ruling of a panel of three is issued only when all three approved the current text.</summary>
public sealed record PanelApprovalMissing(string Names) : DomainError("D10")
{
    public override IReadOnlyList<object?> Arguments => [Names];
}

/// <summary>An issued ruling is final and binding (D17); its text can no longer change.</summary>
public sealed record RulingAlreadyIssued() : DomainError("D17");

/// <summary>D16/D17: facts, considerations, the decision and how and by when to comply are all required.</summary>
public sealed record RulingDraftIncomplete(string Missing) : DomainError("D17")
{
    public override IReadOnlyList<object?> Arguments => [Missing];
}

/// <summary>The draft was saved by someone else in between (two tabs, or a panel member); nothing was overwritten.</summary>
public sealed record RulingDraftChangedElsewhere() : DomainError;

/// <summary>The ruling is drafted while the ruling is being prepared (D20), not before.</summary>
public sealed record NotReadyForDrafting(string State) : DomainError("D20");

/// <summary>The case is not a binding-ruling case (the workbench works on D cases).</summary>
public sealed record NotABindingRulingCase(string Number) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Number];
}

/// <summary>D18: only a party of the case (or its representative, or a colleague of the webshop) reports its compliance.</summary>
public sealed record NotAPartyOfThisCase() : DomainError("D18");

/// <summary>D18: compliance is reported while the ruling's compliance term (or the reminder's) runs.</summary>
public sealed record ComplianceReportNotOpen() : DomainError("D18");

/// <summary>Issue 19 item 5: a part of the ruling longer than the editor accepts (its field shows the limit and a counter).</summary>
public sealed record RulingPartTooLong(int Max) : DomainError
{
    public override IReadOnlyList<object?> Arguments => [Max];
}
