using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

public sealed record B2BTermsNotUsed() : EligibilityGround("M1", GroundHandling.Automatic);

public sealed record NotACustomerOfSchemeParticipant() : EligibilityGround("B1", GroundHandling.Automatic);
