using System.Resources;
using AdrDesk.Domain.Common;
using AdrDesk.Features.PublishedRulings.Data;
using AdrDesk.Resources;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>
/// The register's words in a given language rather than the reader's (the PDF is in the ruling's language), from the
/// same catalogue the pages use (PublishedRulingsResource*.resx).
/// </summary>
public static class PublishedRulingText
{
    private static readonly ResourceManager Strings = new("AdrDesk.Features.PublishedRulings.PublishedRulingsResource", typeof(PublishedRulingText).Assembly);

    public static string Get(string key, Language language) => Strings.GetString(key, DisplayFormat.Culture(language)) ?? key;

    public static string Subject(RulingSubject subject, Language language) => Get($"Subject.{subject}", language);

    public static string Outcome(RulingOutcome outcome, Language language) => Get($"Outcome.{outcome}", language);

    public static string Compliance(ComplianceStatus status, Language language) => Get($"Compliance.{status}", language);
}
