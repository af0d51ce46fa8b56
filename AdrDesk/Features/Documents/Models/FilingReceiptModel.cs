namespace AdrDesk.Features.Documents.Models;

/// <summary>The filled intake form as received, sent back to the filer as the filing receipt.</summary>
public sealed record FilingReceiptModel : LetterModel
{
    public required DocumentParty Consumer { get; init; }
    public required DocumentParty Webshop { get; init; }
    public required DateTimeOffset FiledAt { get; init; }
    public required DateOnly OrderDate { get; init; }
    public string? OrderNumber { get; init; }
    public required string Product { get; init; }
    /// <summary>D2: incl. VAT, excl. shipping and other costs.</summary>
    public required decimal ProductValue { get; init; }
    /// <summary>D3: incl. VAT and all costs.</summary>
    public required decimal ClaimTotal { get; init; }
    /// <summary>D4, D25e: the day the consumer first complained to the webshop.</summary>
    public required DateOnly FirstComplaintDate { get; init; }
    public required string Complaint { get; init; }
    public required string Claim { get; init; }
    public IReadOnlyList<string> Attachments { get; init; } = [];
    /// <summary>D21: the filer asked to conduct the procedure in writing, by post.</summary>
    public bool ByPost { get; init; }
    /// <summary>Issue 18 item 2: the filer's further answers (private or business, online, country, the webshop's reply, D25c), in words.</summary>
    public IReadOnlyList<ReceiptAnswer> Answers { get; init; } = [];
}

/// <summary>One answer of the filer as the receipt shows it: the question and the answer, already in the receipt's language.</summary>
public sealed record ReceiptAnswer(string Question, string Answer);
