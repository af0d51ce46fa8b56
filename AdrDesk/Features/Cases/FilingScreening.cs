using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Cases;

/// <summary>What the desk sees of one filing's screening: the case, the filer's answers, the register entry, the grounds (issue 18).</summary>
public sealed record ScreeningReport(BindingRulingCase Case, FilingAnswers? Answers, Organisation? Webshop, ScreeningAssessment Assessment);

/// <summary>A D26 refusal letter issued for a case: its stored document and what the caller adds to the case's transaction (the mails).</summary>
public sealed record RefusalLetterIssued(AdrDesk.Features.Documents.Store.DocumentLink Document, Action<AdrDbContext> AddTo);

/// <summary>
/// The one screening service of the desk (issue 18): every route to a desk decision on a filing (the desk queue, the desk's
/// case page, the paper entry) calls this and nothing else, so the same rules apply whichever way the desk goes: the D25
/// grounds from the filing's answers and the register (<see cref="CaseScreening"/>), the D25c/D25i decisions before
/// forwarding, the consumer's consent for a webshop's filing (D9), the D5 invitation, and a D26 letter for every refusal.
/// An extension point of the shared core: the intake owns it and registers it; the workbench uses it. Desk staff only
/// (the consent answer: the consumer of the case, or staff for a paper consumer).
/// </summary>
public interface IFilingScreening
{
    Task<Result<ScreeningReport>> ReportAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);

    /// <summary>Starts screening and routes the filing (D5 invitation; D9 consent request). Returns the state's name.</summary>
    Task<Result<string>> ScreenAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);

    /// <summary>D5: asks the webshop to subscribe (the invitation mail goes with it); the case waits.</summary>
    Task<Result> RequestSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);

    /// <summary>D5: screening resumes once the register shows the webshop subscribed.</summary>
    Task<Result> ConfirmSubscriptionAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);

    /// <summary>Decided: D25b, c, j and the D25i override, with a written reason.</summary>
    Task<Result> RecordDecisionAsync(ClaimsPrincipal user, string number, string ruleId, StaffDecisionOutcome outcome, string reason, CancellationToken ct = default);

    /// <summary>Accept (D12): only when screening allows it (no refusal ground, D25c/D25i decided, consent given, webshop subscribed).</summary>
    Task<Result> ForwardAsync(ClaimsPrincipal user, string number, CancellationToken ct = default);

    /// <summary>D25/D26: refuse with grounds and written reasons; the letter goes to the filer. Returns the letter's document (PDF or, issue 19 item 6, still the HTML fallback).</summary>
    Task<Result<AdrDesk.Features.Documents.Store.DocumentLink>> RefuseAsync(ClaimsPrincipal user, string number, IReadOnlyList<RefusalReason> reasons, CancellationToken ct = default);

    /// <summary>D9/D25g: the consumer consents or declines (declined: refused, with the D26 letter).</summary>
    Task<Result> AnswerConsentAsync(ClaimsPrincipal user, string number, bool consent, CancellationToken ct = default);
}

/// <summary>
/// D26: the refusal letter (reasons, in the filing language, D8) for a refused case, to the filer and, when the consumer
/// declined or let the consent term lapse, to both parties. An extension point of the core: the workbench owns the letters.
/// </summary>
public interface IRefusalLetters
{
    Task<Result<RefusalLetterIssued>> IssueAsync(BindingRulingCase refused, Actor author, CancellationToken ct = default);
}

/// <summary>The filer's answers, kept with the case (one row per binding-ruling case, JSON; erased with the case's data, D24).</summary>
public sealed class StoredFilingAnswers
{
    public string CaseNumber { get; set; } = "";
    public string AnswersJson { get; set; } = "{}";

    public static StoredFilingAnswers Of(string number, FilingAnswers answers) =>
        new() { CaseNumber = number, AnswersJson = System.Text.Json.JsonSerializer.Serialize(answers, Json) };

    public FilingAnswers? Read() => System.Text.Json.JsonSerializer.Deserialize<FilingAnswers>(AnswersJson, Json);

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

internal sealed class StoredFilingAnswersConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<StoredFilingAnswers>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<StoredFilingAnswers> b)
    {
        b.ToTable("FilingAnswers");
        b.HasKey(a => a.CaseNumber);
        b.Property(a => a.CaseNumber).HasMaxLength(32);
        b.Property(a => a.AnswersJson).IsRequired();
    }
}
