namespace AdrDesk.Infrastructure.Desk;

/// <summary>
/// Configuration section "Desk": the one name of the desk and its postal address. Every screen (the header, each
/// page's title), every mail (the sender's name, the signature) and every document (the letterhead, the PDF's
/// author, where paper forms go, D6 and D21) takes the name from here, so that renaming the desk is one setting.
/// In Infrastructure so that the shell, the mailer and the features can all read it.
/// </summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    public string Name { get; set; } = "AdrDesk";
    public string Street { get; set; } = "Postbus 1234";
    public string PostalCode { get; set; } = "2500 AA";
    public string City { get; set; } = "Den Haag";
    public string Email { get; set; } = "info@adrdesk.example";
    public string Website { get; set; } = "www.adrdesk.example";
}
