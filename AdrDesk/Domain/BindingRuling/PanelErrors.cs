using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

public sealed record PanelAlreadyAssigned() : DomainError("D10")
{
    protected override LocalizedText Text => new(
        "Het panel is al samengesteld; vervanging gaat via wraking (D10, D11).",
        "The panel is already assigned; replacement goes through a challenge (D10, D11).");
}

public sealed record InvalidPanelSize(int Count) : DomainError("D10")
{
    protected override LocalizedText Text => new(
        $"Een geschil wordt door één of drie verschillende beoordelaars behandeld, niet {Count} (D10).",
        $"A dispute is handled by one or three different assessors, not {Count} (D10).");
}

public sealed record RapporteurRequired() : DomainError("D10")
{
    protected override LocalizedText Text => new(
        "Een panel van drie heeft precies één rapporteur (D10).", "A panel of three has exactly one rapporteur (D10).");
}

public sealed record AssessorNotOnPanel() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Deze beoordelaar behandelt de zaak niet (D11).", "This assessor does not handle the case (D11).");
}

public sealed record ChallengeGroundsRequired() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Wraking gebeurt schriftelijk, met de gronden (D11).", "A challenge is made in writing, with its grounds (D11).");
}

public sealed record ChallengeAlreadyPending() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Er loopt al een wrakingsverzoek tegen deze beoordelaar (D11).", "A challenge of this assessor is already pending (D11).");
}

public sealed record ChallengeNotFound() : DomainError("D11")
{
    protected override LocalizedText Text => new("Dit wrakingsverzoek bestaat niet.", "This challenge does not exist.");
}

public sealed record ChallengeAlreadyDecided() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Over dit wrakingsverzoek is al beslist (D11).", "This challenge has already been decided (D11).");
}

public sealed record ReplacementAssessorRequired() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Bij gegronde wraking wordt de beoordelaar vervangen door iemand die nog niet in het panel zit (D11).",
        "An upheld challenge replaces the assessor with someone not yet on the panel (D11).");
}

public sealed record ChallengePending() : DomainError("D11")
{
    protected override LocalizedText Text => new(
        "Er loopt een wrakingsverzoek; eerst daarover beslissen (D11).", "A challenge is pending; decide it first (D11).");
}
