using AdrDesk.Domain.Mediation;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Mediation;

/// <summary>A person who gets mail about a mediation, in their own language.</summary>
public sealed record MediationRecipient(Guid UserId, Guid? PartyId, string Name, string Email, string Language);

/// <summary>Finds the people of a mediation and writes their mails into the outbox (same transaction as the change).</summary>
public sealed class MediationMail(IDbContextFactory<AdrDbContext> factory, IOptions<DeskOptions> desk)
{
    /// <summary>Both parties' users and, when asked, the mediator. A party on paper (no user) gets none.</summary>
    public async Task<IReadOnlyList<MediationRecipient>> RecipientsAsync(MediationCase c, bool parties = true, bool mediator = true, CancellationToken ct = default)
    {
        var byUser = new Dictionary<Guid, Guid?>();
        if (parties)
            foreach (var p in c.Parties.Where(p => p.UserId is not null)) byUser[p.UserId!.Value] = p.Id;
        if (mediator && c.MediatorId is { } m) byUser[m] = null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = byUser.Keys.ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return users.Where(u => !string.IsNullOrEmpty(u.Email))
            .Select(u => new MediationRecipient(u.Id, byUser[u.Id],
                byUser[u.Id] is { } pid ? $"{u.DisplayName} ({c.FindParty(pid)!.Name})" : u.DisplayName, u.Email!, u.PreferredLanguage))
            .ToList();
    }

    /// <summary>
    /// One mail per recipient, subject and body from the resources: keys "{key}.Subject" and "{key}.Body", with the desk's
    /// name (Desk:Name) where the text says {desk}.
    /// </summary>
    public IEnumerable<OutboxMessage> Compose(
        IEnumerable<MediationRecipient> to, string key, string caseNumber, DateTimeOffset now, Func<MediationRecipient, object[]>? args = null,
        Func<MediationRecipient, (string FileName, string ContentType, byte[] Content)?>? attachment = null)
    {
        foreach (var r in to)
        {
            var a = args?.Invoke(r) ?? [];
            var all = new object[] { caseNumber }.Concat(a).ToArray();
            var mail = OutboxMessage.Create(r.Email, r.Name,
                MediationText.Mail(desk.Value, key + ".Subject", r.Language, all), MediationText.Mail(desk.Value, key + ".Body", r.Language, all), r.Language, now, caseNumber);
            if (attachment?.Invoke(r) is { } file) mail.Attach(file.FileName, file.ContentType, file.Content);
            yield return mail;
        }
    }
}
