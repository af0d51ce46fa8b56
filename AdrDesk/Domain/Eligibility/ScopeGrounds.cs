using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;

namespace AdrDesk.Domain.Eligibility;

// D1: online purchase, consumer in the EU, webshop established in the Netherlands and in the register.

public sealed record NotAnOnlinePurchase() : EligibilityGround("D1", GroundHandling.Automatic);

public sealed record ConsumerNotResidentInEu(CountryCode Country) : EligibilityGround("D1", GroundHandling.Automatic)
{
    public override IReadOnlyList<object?> Arguments => [Country];
}

public sealed record WebshopNotEstablishedInNetherlands(CountryCode Country) : EligibilityGround("D1", GroundHandling.Automatic)
{
    public override IReadOnlyList<object?> Arguments => [Country];
}

public sealed record RespondentNotInRegister() : EligibilityGround("D1", GroundHandling.Automatic);

public sealed record DisputeBetweenBusinesses() : EligibilityGround("D25f", GroundHandling.Automatic);
