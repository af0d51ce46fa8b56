namespace AdrDesk.Features.Register;

/// <summary>
/// Issue 20 item 2: how many published rulings each webshop has, for the public register's list. An extension point of
/// the register (a core feature may use no other): the published-rulings feature implements it; without one the list
/// shows no count.
/// </summary>
public interface IWebshopRulingCounts
{
    Task<IReadOnlyDictionary<Guid, int>> CountsAsync(CancellationToken ct = default);
}
