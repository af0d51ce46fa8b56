namespace AdrDesk.Features.Documents.Models;

public sealed record PostalAddress(string Street, string PostalCode, string City, string Country);

/// <summary>
/// A party as a document names it. <see cref="Representative"/> is the third party who represents
/// or assists it (D7); <see cref="RegistrationNumber"/> is the Chamber of Commerce (KvK) number of a business.
/// </summary>
public sealed record DocumentParty(string Name, PostalAddress Address)
{
    public string? Email { get; init; }
    public string? Representative { get; init; }
    public string? RegistrationNumber { get; init; }
    /// <summary>Who signs for a business (vaststellingsovereenkomst, M9).</summary>
    public string? Signatory { get; init; }
}

/// <summary>What every document has: the language it is written in and its date (printed in the footer).</summary>
public abstract record DocumentModel
{
    public required DocumentLanguage Language { get; init; }
    public required DateOnly Date { get; init; }
}

/// <summary>A document that belongs to a case: its number is the reference in the letter and the PDF header.</summary>
public abstract record CaseDocumentModel : DocumentModel
{
    public required string CaseNumber { get; init; }
}

/// <summary>A letter from the desk to one addressee, signed by a member of staff or the assessor.</summary>
public abstract record LetterModel : CaseDocumentModel
{
    public required DocumentParty Addressee { get; init; }
    public required string SignedBy { get; init; }
    public required SignerRole SignerRole { get; init; }
}

/// <summary>The capacity in which a letter is signed; the template words it in the letter's language.</summary>
public enum SignerRole
{
    Secretary,
    Assessor,
    Mediator,
}
