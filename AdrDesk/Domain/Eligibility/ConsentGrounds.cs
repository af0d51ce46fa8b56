using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Eligibility;

// D9: a webshop that files must give the consumer 5 weeks to consent; no consent → D25g.

public sealed record ConsumerConsentPending() : EligibilityGround("D9", GroundHandling.Awaiting);

public sealed record ConsumerConsentRefused() : EligibilityGround("D25g", GroundHandling.Automatic);
