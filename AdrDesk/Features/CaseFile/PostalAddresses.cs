using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// D21: where a letter to a party goes. The one place that reads a party's postal address, so that the register's
/// address of an organisation (branch `reach`) can be put first here when merging. For now it uses what the case
/// already knows: the address of the party's filing (the paper receipt letter carries it) or one the desk entered for
/// an earlier letter to the same party of the same case. Null when none is known: the letter then waits for the desk
/// ("adres nodig") instead of entering the print queue.
/// </summary>
public static class PostalAddresses
{
    public static async Task<string?> ForPartyAsync(AdrDbContext db, string caseNumber, Guid partyId, CancellationToken cancellationToken = default)
    {
        if (partyId == Guid.Empty) return null;
        var known = await db.Set<PrintQueueEntry>().AsNoTracking()
            .Where(p => p.CaseNumber == caseNumber && p.PartyId == partyId && p.Address != null && p.Address != "")
            .OrderByDescending(p => p.CreatedAt).Select(p => p.Address).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(known) ? null : known;
    }
}
