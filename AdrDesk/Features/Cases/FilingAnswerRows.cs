using System.Globalization;
using System.Resources;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Resources;

namespace AdrDesk.Features.Cases;

/// <summary>One of the filer's answers in words: the question as the reader knows it and the answer (issue 18 item 2).</summary>
public sealed record AnswerRow(string Key, string Question, string Answer);

/// <summary>
/// The filer's answers (<see cref="FilingAnswers"/>) in words, in the reader's language (issue 18 item 2): yes/no as words,
/// countries by name ("Nederland", not "NL"), amounts with €, dates written the desk's way. The one wording of the answers
/// that the desk's screening, the staff's case page and the filing receipt share; the words live in FilingAnswersResource*.resx.
/// </summary>
public static class FilingAnswerRows
{
    private static readonly ResourceManager Strings = new("AdrDesk.Features.Cases.FilingAnswersResource", typeof(FilingAnswerRows).Assembly);

    /// <summary>The answers the desk screens on (D25) that the receipt's main table does not show already.</summary>
    public static readonly IReadOnlySet<string> Screening = new HashSet<string>
    {
        "FiledBy", "ClaimantIsConsumer", "PurchasedOnline", "ConsumerCountry", "ShippingCosts", "ComplainedToWebshop", "ReplyReceived",
        "ReplyContent", "PreviouslyHandledBy",
    };

    public static string Word(string key, Language language) =>
        Strings.GetString(key, DisplayFormat.Culture(language)) ?? key;

    public static IReadOnlyList<AnswerRow> For(FilingAnswers a, Language language, IReadOnlySet<string>? only = null)
    {
        string W(string key) => Word(key, language);
        string YesNo(bool? v) => v switch { true => W("Answer.Yes"), false => W("Answer.No"), null => W("Answer.None") };
        string Text(string? v) => string.IsNullOrWhiteSpace(v) ? W("Answer.None") : v.Trim();
        string Amount(decimal? v) => v is { } d ? DisplayFormat.Money(d, language) : W("Answer.None");
        string Day(DateOnly? d) => d is { } day ? DisplayFormat.Date(day, language) : W("Answer.None");
        var rows = new (string Key, string Answer)[]
        {
            ("FiledBy", a.FiledBy == PartyRole.Business ? W("Answer.FiledByBusiness") : W("Answer.FiledByConsumer")),
            ("ClaimantIsConsumer", a.ClaimantIsConsumer ? W("Answer.AsConsumer") : W("Answer.AsBusiness")),
            ("PurchasedOnline", YesNo(a.PurchasedOnline)),
            ("ConsumerCountry", CountryNames.Name(a.ConsumerCountry, language)),
            ("OrderDate", Day(a.OrderDate)),
            ("OrderNumber", Text(a.OrderNumber)),
            ("Product", Text(a.Product)),
            ("ProductValue", Amount(a.ProductValue)),
            ("ShippingCosts", Amount(a.ShippingCosts)),
            ("ClaimTotal", Amount(a.ClaimTotal)),
            ("ComplainedToWebshop", YesNo(a.ComplainedToWebshop)),
            ("FirstReported", Day(a.FirstReported)),
            ("ReplyReceived", YesNo(a.ReplyReceived)),
            ("ReplyContent", Text(a.ReplyContent)),
            ("Complaint", Text(a.Complaint)),
            ("Remedy", Text(a.Remedy)),
            // D25c: the filer's own words, or "no".
            ("PreviouslyHandledBy", string.IsNullOrWhiteSpace(a.PreviouslyHandledBy) ? W("Answer.No") : a.PreviouslyHandledBy.Trim()),
        };
        return rows.Where(r => only is null || only.Contains(r.Key)).Select(r => new AnswerRow(r.Key, W($"Question.{r.Key}"), r.Answer)).ToList();
    }
}

/// <summary>The filer's stored answers for staff (issue 18 item 2): any staff member who may open the case; nobody else.</summary>
public sealed class FilingAnswersReader(Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Data.AdrDbContext> factory, CaseAccess access)
{
    public async Task<Result<FilingAnswers?>> ForStaffAsync(System.Security.Claims.ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (!grant.Value.Actor.Role.IsStaff()) return new DeskStaffOnly();
        await using var db = await factory.CreateDbContextAsync(ct);
        var key = grant.Value.Number.ToString();
        var stored = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Set<StoredFilingAnswers>()), a => a.CaseNumber == key, ct);
        return Result<FilingAnswers?>.Success(stored?.Read());
    }
}
