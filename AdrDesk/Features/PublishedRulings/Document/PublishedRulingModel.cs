using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.PublishedRulings.Data;

namespace AdrDesk.Features.PublishedRulings.Document;

/// <summary>The published (anonymised, approved) version of a ruling as its PDF shows it; no party but the webshop is named.</summary>
public sealed record PublishedRulingModel : CaseDocumentModel
{
    public required string WebshopName { get; init; }
    public required RulingSubject Subject { get; init; }
    public required RulingOutcome Outcome { get; init; }
    public required ComplianceStatus Compliance { get; init; }
    public required DateOnly RulingDate { get; init; }
    public required string Decision { get; init; }
    public required string Reasons { get; init; }
    public required string ComplianceManner { get; init; }

    public static PublishedRulingModel Of(PublicRuling published)
    {
        var r = published.Ruling;
        return new PublishedRulingModel
        {
            Language = r.Language == Domain.Common.Language.En ? DocumentLanguage.En : DocumentLanguage.Nl,
            Date = r.RulingDate,
            CaseNumber = r.CaseNumber,
            WebshopName = r.WebshopName,
            Subject = r.Subject,
            Outcome = r.Outcome,
            Compliance = published.Compliance,
            RulingDate = r.RulingDate,
            Decision = r.Decision,
            Reasons = r.Reasons,
            ComplianceManner = r.Compliance,
        };
    }
}
