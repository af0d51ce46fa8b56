namespace AdrDesk.Domain.Common;

/// <summary>The side of a party: the consumer, or the business (webshop, participant, business client).</summary>
public enum PartyRole
{
    Consumer,
    Business,
}
