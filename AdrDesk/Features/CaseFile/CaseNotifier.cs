using AdrDesk.Infrastructure.Desk;
using System.Globalization;
using System.Resources;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// Issue 6 item 6: who hears of a change, and how. Each party other than the one that acted gets a mail
/// (outbox) in the procedure language with a link to the case, and an in-app notification for its user;
/// a party in the written procedure (D21) gets a letter in the print queue instead of the mail.
/// A representative (D7) gets the mail too. Everything is added to the caller's transaction.
/// </summary>
public sealed class CaseNotifier(IDbContextFactory<AdrDbContext> factory, IOptions<MailOptions> mail, IOptions<DeskOptions> desk, TimeProvider clock)
{
    private static readonly ResourceManager Strings = new("AdrDesk.Features.CaseFile.CaseFileResource", typeof(CaseNotifier).Assembly);

    public static string Get(string key, string language) => Strings.GetString(key, CultureInfo.GetCultureInfo(language)) ?? key;

    /// <summary>The change text key for a change kind (trigger or case-file action).</summary>
    public static string ChangeKey(string kind) => kind switch
    {
        "RecordResponse" => "Change.Response",
        "AddSubmission" => "Change.Submission",
        "MessagePosted" => "Change.Message",
        "Withdraw" => "Change.Withdrawn",
        "SettlementReported" => "Change.SettlementReported",
        "Settle" => "Change.Settled",
        "SettlementDeclined" => "Change.SettlementDeclined",
        "SetRepresentative" => "Change.Representation",
        _ when CaseChangeNotices.Notified.Contains(kind) => $"Change.{kind}",
        _ => "Change.Other",
    };

    private static readonly string[] Languages = ["nl", "en", "de"];

    /// <summary>Whether a mail or letter subject is one this notifier writes for the case (of <paramref name="kind"/>, when given).</summary>
    public static bool IsNotifierSubject(string subject, string number, string? kind = null) => Languages.Any(language =>
        kind is null
            ? subject.StartsWith(string.Format(CultureInfo.InvariantCulture, SubjectPrefix(language), number), StringComparison.Ordinal)
            : subject == string.Format(CultureInfo.InvariantCulture, Get("Mail.Subject", language), number, Get(ChangeKey(kind), language)));

    /// <summary>The subject's template up to the change text ("In uw zaak {0} is iets veranderd: "): the subject is a sentence, the change inside it.</summary>
    private static string SubjectPrefix(string language)
    {
        var template = Get("Mail.Subject", language);
        var at = template.IndexOf("{1}", StringComparison.Ordinal);
        return at < 0 ? template : template[..at];
    }

    /// <summary>Reads what it needs (addresses) now; the returned action adds the rows to the saving context.</summary>
    /// <remarks><paramref name="actingParty"/>: the party the desk acted for (post, D21): it is the one that acted, so it is not told.</remarks>
    public async Task<Action<AdrDbContext>> PrepareAsync(CaseBase @case, string kind, Guid actingUserId, CancellationToken cancellationToken = default,
        Guid? actingParty = null)
    {
        var rows = await RowsAsync(@case, kind, actingUserId, AlreadyNotified.Nothing, cancellationToken, actingParty);
        return ctx => ctx.AddRange(rows);
    }

    /// <summary>
    /// What the feature that made a change already sent for it itself (e.g. the workbench's letter mailed with the
    /// document attached), so that <see cref="CaseChangeNotices"/> adds only what is missing; and the document that
    /// change issued, enclosed with a paper party's letter (D21).
    /// </summary>
    public sealed record AlreadyNotified(IReadOnlySet<Guid> Users, IReadOnlySet<string> Emails, IReadOnlySet<Guid> LettersTo, Guid? Enclosure)
    {
        public static readonly AlreadyNotified Nothing = new(new HashSet<Guid>(), new HashSet<string>(), new HashSet<Guid>(), null);
    }

    /// <summary>The notification, mail and letter rows for a change of <paramref name="kind"/>, less what was already sent.</summary>
    public async Task<List<object>> RowsAsync(CaseBase @case, string kind, Guid actingUserId, AlreadyNotified already, CancellationToken cancellationToken = default,
        Guid? actingParty = null)
    {
        var recipients = @case.Parties.Where(p => p.UserId != actingUserId && p.Id != actingParty && IsAbout(kind, p)).ToList();
        var userIds = recipients.Where(p => p.UserId is not null).Select(p => p.UserId!.Value).ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredLanguage }).ToDictionaryAsync(u => u.Id, cancellationToken);
        // Issue 14: a letter to an organisation carries its postal address from the register.
        var postal = await Features.Register.RegisterAddresses.PostalAsync(db, recipients.Select(p => p.OrganisationId), cancellationToken);
        // Issue 14: an organisation whose party row has no user of its own (a webshop of the register) is mailed at its dispute address.
        var disputeEmails = await Features.Register.RegisterAddresses.EmailAsync(db, recipients.Where(p => p.UserId is null).Select(p => p.OrganisationId), cancellationToken);

        var number = @case.Number.ToString();
        var link = $"/cases/{number}";
        var url = mail.Value.PublicBaseUrl.TrimEnd('/') + link;
        var now = clock.GetUtcNow();
        var rows = new List<object>();
        bool Mailed(string email) => already.Emails.Contains(email.Trim().ToUpperInvariant());
        foreach (var party in recipients)
        {
            var user = party.UserId is { } id && users.TryGetValue(id, out var u) ? u : null;
            var language = LanguageFor(@case, user?.PreferredLanguage);
            var subject = string.Format(CultureInfo.InvariantCulture, Get("Mail.Subject", language), number, Get(ChangeKey(kind), language));
            var organisationEmail = user is null && !party.PaperProcedure && party.OrganisationId is { } orgId ? disputeEmails.GetValueOrDefault(orgId) : null;
            if (organisationEmail is not null)
            {
                if (!Mailed(organisationEmail))
                    rows.Add(OutboxMessage.Create(organisationEmail, party.Name, subject, Body(language, party.Name, number, kind, url, desk.Value.Name), language, now, number));
            }
            else if (party.PaperProcedure || user is null)
            {
                // D21: the desk prints and posts this letter (with the change's document, if it issued one); no mail, no link.
                if (!already.LettersTo.Contains(party.Id))
                {
                    var letter = Body(language, party.Name, number, kind, url: null, desk.Value.Name);
                    // D21: never queued without an address; with none known it waits for the desk (PrintQueueStore.AddressNeededAsync).
                    rows.Add(new PrintQueueEntry
                    {
                        Id = Guid.NewGuid(), CaseNumber = number, PartyId = party.Id, RecipientName = party.Name, Subject = subject,
                        Body = letter, Language = language, CreatedAt = now, DocumentId = already.Enclosure,
                        // The register's postal address of an organisation, else what the case knows (the filing, the desk).
                        Address = (party.OrganisationId is { } org && postal.TryGetValue(org, out var address) ? address : null)
                            ?? await PostalAddresses.ForPartyAsync(db, number, party.Id, cancellationToken),
                    });
                }
            }
            else if (!string.IsNullOrWhiteSpace(user.Email) && !Mailed(user.Email))
            {
                rows.Add(OutboxMessage.Create(user.Email, user.DisplayName, subject, Body(language, user.DisplayName, number, kind, url, desk.Value.Name), language, now, number));
            }
            if (user is not null && !already.Users.Contains(user.Id))
                rows.Add(new UserNotification { Id = Guid.NewGuid(), UserId = user.Id, CaseNumber = number, Kind = kind, Link = link, CreatedAt = now });
            if (party.Representative is { Email: { Length: > 0 } email } representative && !party.PaperProcedure && !Mailed(email))
                rows.Add(OutboxMessage.Create(email, representative.Name, subject, Body(language, representative.Name, number, kind, url, desk.Value.Name), language, now, number));
        }
        return rows;
    }

    /// <summary>Issue 18 item 4: a notice goes to the person it is about; the consent request (D9) only to the consumer, never the webshop that filed.</summary>
    private static bool IsAbout(string kind, Party party) =>
        kind != nameof(BindingRulingTrigger.RequestConsent) || party.Role == PartyRole.Consumer;

    /// <summary>The procedure language for binding rulings (D8); otherwise the person's own language.</summary>
    public static string LanguageFor(CaseBase @case, string? preferred) => @case switch
    {
        BindingRulingCase br => br.ProcedureLanguage == Language.En ? "en" : "nl",
        _ => preferred is "en" or "de" ? preferred : "nl",
    };

    private static string Body(string language, string name, string number, string kind, string? url, string deskName)
    {
        var lines = new List<string>
        {
            string.Format(CultureInfo.InvariantCulture, Get("Mail.Greeting", language), name),
            "",
            string.Format(CultureInfo.InvariantCulture, Get("Mail.Body", language), number, Get(ChangeKey(kind), language)),
            "",
            url is null ? Get("Mail.Letter", language) : string.Format(CultureInfo.InvariantCulture, Get("Mail.Link", language), url),
            "",
            string.Format(CultureInfo.InvariantCulture, Get("Mail.Footer", language), deskName),
        };
        return string.Join("\n", lines);
    }
}
