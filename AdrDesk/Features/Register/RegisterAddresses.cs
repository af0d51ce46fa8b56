using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Register;

/// <summary>
/// Issue 14 item 1: letters to an organisation (the print queue, D21) carry its postal address from the register,
/// one line per envelope line. Organisations without a postal address are left out. Mail to an organisation whose party
/// has no account of its own goes to its dispute e-mail address (<see cref="EmailAsync"/>).
/// </summary>
public static class RegisterAddresses
{
    public static async Task<IReadOnlyDictionary<Guid, string>> PostalAsync(AdrDbContext db, IEnumerable<Guid?> organisationIds, CancellationToken ct = default)
    {
        var ids = organisationIds.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.ContactStreet != null).ToListAsync(ct);
        return organisations.Where(o => o.Contact.PostalAddress is not null)
            .ToDictionary(o => o.Id, o => string.Join('\n', o.Contact.PostalAddress!.Lines));
    }

    /// <summary>The register's dispute e-mail address of each organisation that has one.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> EmailAsync(AdrDbContext db, IEnumerable<Guid?> organisationIds, CancellationToken ct = default)
    {
        var ids = organisationIds.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        return await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.ContactEmail != null)
            .ToDictionaryAsync(o => o.Id, o => o.ContactEmail!, ct);
    }
}
