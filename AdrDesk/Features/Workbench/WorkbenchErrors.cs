using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Workbench;

/// <summary>The workbench and the desk queue are for desk staff and assessors.</summary>
public sealed record WorkbenchNotAllowed() : DomainError
{
    protected override LocalizedText Text => new(
        "Dit deel van AdrDesk is alleen voor medewerkers van de balie en beoordelaars.",
        "This part of AdrDesk is for desk staff and assessors only.");
}

/// <summary>D10: in a panel of three the rapporteur writes the ruling; the others review it.</summary>
public sealed record OnlyRapporteurDrafts() : DomainError("D10")
{
    protected override LocalizedText Text => new(
        "Alleen de rapporteur van het college schrijft de uitspraak; u kunt opmerkingen maken en goedkeuren.",
        "Only the panel's rapporteur writes the ruling; you can comment and approve.");
}

/// <summary>D10: a reviewer of a panel of three cannot issue the ruling; the rapporteur does, once all three approved.</summary>
public sealed record OnlyRapporteurIssues() : DomainError("D10")
{
    protected override LocalizedText Text => new(
        "Alleen de rapporteur stelt de uitspraak vast. Als meelezer keurt u het concept goed of maakt u opmerkingen.",
        "Only the rapporteur issues the ruling. As a reviewer you approve the draft or comment on it.");
}

/// <summary>D10: a ruling of a panel of three is issued only when all three approved the current text.</summary>
public sealed record PanelApprovalMissing(string Names) : DomainError("D10")
{
    protected override LocalizedText Text => new(
        $"Nog niet alle leden van het college hebben deze versie goedgekeurd: {Names}.",
        $"Not every member of the panel has approved this version yet: {Names}.");
}

/// <summary>An issued ruling is final and binding (D17); its text can no longer change.</summary>
public sealed record RulingAlreadyIssued() : DomainError("D17")
{
    protected override LocalizedText Text => new(
        "De uitspraak is vastgesteld en verzonden; de tekst kan niet meer worden gewijzigd.",
        "The ruling has been issued and sent; its text can no longer be changed.");
}

/// <summary>D16/D17: facts, considerations, the decision and how and by when to comply are all required.</summary>
public sealed record RulingDraftIncomplete(string Missing) : DomainError("D17")
{
    protected override LocalizedText Text => new(
        $"Het concept is nog niet compleet: {Missing}.",
        $"The draft is not complete yet: {Missing}.");
}

/// <summary>The draft was saved by someone else in between (two tabs, or a panel member); nothing was overwritten.</summary>
public sealed record RulingDraftChangedElsewhere() : DomainError
{
    protected override LocalizedText Text => new(
        "Het concept is intussen elders opgeslagen. Laad het opnieuw; uw tekst staat hieronder nog.",
        "The draft was saved elsewhere in the meantime. Reload it; your text is still below.");
}

/// <summary>The ruling is drafted while the ruling is being prepared (D20), not before.</summary>
public sealed record NotReadyForDrafting(string State) : DomainError("D20")
{
    protected override LocalizedText Text => new(
        "Het concept kan pas worden geschreven als het dossier compleet is en de uitspraak in voorbereiding is.",
        "The draft can only be written once the dossier is complete and the ruling is being prepared.");
}

/// <summary>The case is not a binding-ruling case (the workbench works on D cases).</summary>
public sealed record NotABindingRulingCase(string Number) : DomainError
{
    protected override LocalizedText Text => new(
        $"Zaak {Number} is geen bindend-adviesprocedure.",
        $"Case {Number} is not a binding-ruling case.");
}

/// <summary>D18: only a party of the case (or its representative, or a colleague of the webshop) reports its compliance.</summary>
public sealed record NotAPartyOfThisCase() : DomainError("D18")
{
    protected override LocalizedText Text => new(
        "Alleen een partij bij deze zaak (of haar vertegenwoordiger) kan nakoming melden.",
        "Only a party to this case (or its representative) can report compliance.",
        "Nur eine Partei dieses Falls (oder ihr Vertreter) kann die Erfüllung melden.");
}

/// <summary>D18: compliance is reported while the ruling's compliance term (or the reminder's) runs.</summary>
public sealed record ComplianceReportNotOpen() : DomainError("D18")
{
    protected override LocalizedText Text => new(
        "Nakoming melden kan zodra de uitspraak is verzonden en zolang de nakomingstermijn loopt.",
        "Compliance can be reported once the ruling was sent and while its compliance term runs.",
        "Die Erfüllung kann gemeldet werden, sobald das Gutachten versandt ist und solange die Erfüllungsfrist läuft.");
}
