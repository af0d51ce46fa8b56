using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Mediation;

public sealed record PrinciplesNotAcknowledged() : DomainError("M2")
{
    protected override LocalizedText Text => new(
        "Bevestig eerst vrijwilligheid, neutraliteit en geheimhouding (M2).",
        "First acknowledge voluntariness, neutrality and confidentiality (M2).");
}

public sealed record AlreadyAcknowledged() : DomainError("M2")
{
    protected override LocalizedText Text => new("U heeft dit al bevestigd (M2).", "You have already acknowledged this (M2).");
}

public sealed record PositionAlreadySubmitted() : DomainError("M6")
{
    protected override LocalizedText Text => new("U heeft uw standpunt al ingediend (M6).", "You have already submitted your position (M6).");
}

public sealed record SessionMustBeInFuture() : DomainError("M7")
{
    protected override LocalizedText Text => new(
        "Een sessie wordt in de toekomst gepland, met een duur (M7).", "A session is planned in the future, with a duration (M7).");
}

public sealed record AlreadySigned() : DomainError("M9")
{
    protected override LocalizedText Text => new(
        "U heeft de vaststellingsovereenkomst al ondertekend (M9).", "You have already signed the settlement agreement (M9).");
}

public sealed record TwoBusinessPartiesRequired() : DomainError("M1")
{
    protected override LocalizedText Text => new(
        "Mediation is tussen een deelnemer en zijn zakelijke klant (M1).", "Mediation is between a participant and its business client (M1).");
}

public sealed record AgreementTextFixedBySignature() : DomainError("M9")
{
    protected override LocalizedText Text => new(
        "Een partij heeft de vaststellingsovereenkomst al ondertekend; de tekst ligt vast (M9).",
        "A party has already signed the settlement agreement; its text is fixed (M9).");
}
