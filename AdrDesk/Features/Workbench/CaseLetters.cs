using AdrDesk.Infrastructure.Desk;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Workbench;

/// <summary>A letter issued as a stored document and the mails that carry it (one per recipient with an e-mail address).</summary>
public sealed record IssuedLetter(IssuedDocument Document, IReadOnlyList<OutboxMessage> Mails, IReadOnlyList<string> ByPost)
{
    public void AddTo(AdrDbContext db) => db.AddRange(Mails);
}

/// <summary>
/// Turns a case step into its letter (documents feature) and the mail that delivers it to the parties
/// (D16: in writing or on a durable medium). Parties on paper (D21) or without an e-mail address are
/// listed in <see cref="IssuedLetter.ByPost"/>: the desk prints and posts the stored document.
/// </summary>
public sealed class CaseLetters(
    IDbContextFactory<AdrDbContext> factory, DocumentIssuer issuer, IDocumentStore store, IOptions<MailOptions> mail, IOptions<DeskOptions> desk, TimeProvider clock)
{
    public static DocumentLanguage DocLanguage(BindingRulingCase c) => c.ProcedureLanguage == Language.En ? DocumentLanguage.En : DocumentLanguage.Nl;

    public static DocumentParty DocParty(Party party, string? email, PostalAddress? address = null) =>
        new(party.Name, address ?? new PostalAddress("", "", "", ""))
        {
            Email = email,
            Representative = party.Representative?.Name,
        };

    public DateOnly Today => AmsterdamCalendar.DateOf(clock.GetUtcNow());

    /// <summary>
    /// The e-mail address of each party: its user's, else (issue 14: a webshop reached through the register, whose party
    /// row has no user of its own) the organisation's dispute address from the register; null for a party reached by post.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string?>> EmailsAsync(BindingRulingCase c, CancellationToken ct = default)
    {
        var ids = c.Parties.Where(p => p.UserId is not null).Select(p => p.UserId!.Value).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var users = await db.Set<AppUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var organisations = await Features.Register.RegisterAddresses.EmailAsync(db, c.Parties.Where(p => p.UserId is null).Select(p => p.OrganisationId), ct);
        return c.Parties.ToDictionary(p => p.Id, p => users.FirstOrDefault(u => u.Id == p.UserId)?.Email
            ?? (p.UserId is null && p.OrganisationId is { } org ? organisations.GetValueOrDefault(org) : null));
    }

    /// <summary>
    /// Issue 20 item 4: the postal address of each party where one is known: the consumer's as filed (the filing answers),
    /// a business party's from the register. Parties without one are left out (the documents then print the name only).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, PostalAddress>> AddressesAsync(BindingRulingCase c, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var addresses = new Dictionary<Guid, PostalAddress>();
        var number = c.Number.ToString();
        var answers = (await db.Set<Features.Cases.StoredFilingAnswers>().AsNoTracking().FirstOrDefaultAsync(a => a.CaseNumber == number, ct))?.Read();
        if (answers is { ConsumerStreet: { Length: > 0 } street })
            addresses[c.Consumer.Id] = new PostalAddress(street, answers.ConsumerPostalCode ?? "", answers.ConsumerCity ?? "", answers.ConsumerCountry);
        var organisationIds = c.Parties.Where(p => p.Role == PartyRole.Business && p.OrganisationId is not null).Select(p => p.OrganisationId!.Value).ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id) && o.ContactStreet != null).ToListAsync(ct);
        foreach (var party in c.Parties.Where(p => p.Role == PartyRole.Business))
            if (organisations.FirstOrDefault(o => o.Id == party.OrganisationId)?.Contact.PostalAddress is { } a)
                addresses[party.Id] = new PostalAddress(a.Street, a.PostalCode, a.City, a.Country.Value);
        return addresses;
    }

    /// <summary>Issues the document and prepares a mail to each recipient with it attached; the caller adds the mails to the case's transaction.</summary>
    public async Task<Result<IssuedLetter>> IssueAsync<TTemplate, TModel>(
        BindingRulingCase c, TModel model, IEnumerable<Party> recipients, Actor author, string subjectKey, string bodyKey, Language? language = null, object[]? bodyArgs = null, CancellationToken ct = default)
        where TTemplate : IDocumentTemplate<TModel>
        where TModel : CaseDocumentModel
    {
        var issued = await issuer.IssueAsync<TTemplate, TModel>(model, new DocumentAuthor(author.UserId, author.DisplayName), null, ct);
        if (issued.IsFailure) return issued.Error!;
        var emails = await EmailsAsync(c, ct);
        var mails = new List<OutboxMessage>();
        var byPost = new List<string>();
        var lang = language ?? c.ProcedureLanguage;
        var document = issued.Value.Stored;
        var content = await ReadAsync(document.Id, ct);
        foreach (var party in recipients)
        {
            if (party.PaperProcedure || emails.GetValueOrDefault(party.Id) is not { Length: > 0 } address)
            {
                byPost.Add(party.Name);
                continue;
            }
            var link = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}{DocumentEndpoints.DownloadUrl(document.Id)}";
            var message = OutboxMessage.Create(address, party.Name,
                WorkbenchText.Get(subjectKey, lang, c.Number.ToString()),
                WorkbenchText.MailBody(bodyKey, lang, desk.Value.Name, [party.Name, c.Number.ToString(), link, .. bodyArgs ?? []]),
                lang.ToString().ToLowerInvariant(), clock.GetUtcNow(), c.Number.ToString());
            if (content is not null) message.Attach(document.FileName, document.ContentType, content);
            mails.Add(message);
        }
        return new IssuedLetter(issued.Value, mails, byPost);
    }

    /// <summary>
    /// Issues a letter to someone who is not a party of the case (D18: a certification mark holder): stored like every
    /// document, returned with its PDF so that the caller can attach it or queue it for post.
    /// </summary>
    public async Task<Result<(IssuedDocument Document, byte[]? Content)>> IssueDocumentAsync<TTemplate, TModel>(TModel model, Actor author, CancellationToken ct = default)
        where TTemplate : IDocumentTemplate<TModel>
        where TModel : CaseDocumentModel
    {
        var issued = await issuer.IssueAsync<TTemplate, TModel>(model, new DocumentAuthor(author.UserId, author.DisplayName), null, ct);
        if (issued.IsFailure) return issued.Error!;
        return (issued.Value, await ReadAsync(issued.Value.Stored.Id, ct));
    }

    private async Task<byte[]?> ReadAsync(Guid id, CancellationToken ct)
    {
        var opened = await store.OpenAsync(id, ct);
        if (opened.IsFailure) return null;
        await using var doc = opened.Value;
        using var buffer = new MemoryStream();
        await doc.Content.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
