using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Model;

/// <summary>
/// Everything the filer answered, as typed (strings and nullables, so a half-filled step can be saved).
/// Serialised as JSON into the draft (DB) or protected browser storage (anonymous); the domain's
/// <see cref="Domain.Eligibility.IntakeAnswers"/> is derived from it by <see cref="IntakeEligibility"/>.
/// </summary>
public sealed class IntakeForm
{
    public Scheme Scheme { get; set; } = Scheme.BindingRuling;

    // Step "who": D9 both may file, D25f consumer, D1 country, D7 representative.
    public PartyRole FiledBy { get; set; } = PartyRole.Consumer;
    public bool? ClaimantIsConsumer { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; } = "NL";
    public bool HasRepresentative { get; set; }
    public string? RepresentativeName { get; set; }
    public string? RepresentativeCapacity { get; set; }
    public string? RepresentativeEmail { get; set; }

    /// <summary>D9: a webshop filing names the consumer.</summary>
    public string? ConsumerName { get; set; }
    public string? ConsumerEmail { get; set; }

    // Step "webshop": found in the register, or only named (D1).
    public Guid? WebshopId { get; set; }
    public string? WebshopName { get; set; }
    public string? WebshopAddress { get; set; }

    // Step "purchase": D1 online, D2 value, D25i order date.
    public bool? PurchasedOnline { get; set; }
    public DateOnly? OrderDate { get; set; }
    public string? Product { get; set; }
    public decimal? ProductValue { get; set; }
    public decimal? ShippingCosts { get; set; }
    public string? OrderNumber { get; set; }

    // Step "complaint": D4, D25a, D25e, D25c.
    public bool? ComplainedToWebshop { get; set; }
    public DateOnly? FirstReported { get; set; }
    public bool? ReplyReceived { get; set; }
    public string? ReplyContent { get; set; }
    public string? Complaint { get; set; }
    public string? PreviouslyHandledBy { get; set; }

    // Step "claim": D3.
    public string? Remedy { get; set; }
    public decimal? ClaimTotal { get; set; }

    // Step "language": D8, D21.
    public Language ProcedureLanguage { get; set; } = Language.Nl;
    public bool ByPost { get; set; }

    // Step "submit": D17, D24.
    public bool AcceptsBindingRuling { get; set; }
    public bool AcceptsDataSharing { get; set; }

    /// <summary>M1: the contract used the scheme's B2B terms.</summary>
    public bool? ContractUsedSchemeB2BTerms { get; set; }

    /// <summary>D6: entered by staff from a paper form; an e-mail address is then optional.</summary>
    public bool Paper { get; set; }

    public List<UploadRef> Uploads { get; set; } = [];

    /// <summary>The furthest step reached; grounds are shown only for steps the filer has answered.</summary>
    public int ReachedStep { get; set; }
}

/// <summary>A stored upload as the draft lists it.</summary>
public sealed record UploadRef(Guid Id, string FileName, long Size);
