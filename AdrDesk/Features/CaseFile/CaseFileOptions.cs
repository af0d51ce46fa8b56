namespace AdrDesk.Features.CaseFile;

/// <summary>Configuration section "CaseFile".</summary>
public sealed class CaseFileOptions
{
    public const string Section = "CaseFile";

    /// <summary>Folder for attachments (outside wwwroot). Empty: "attachments" beside the database file.</summary>
    public string? AttachmentPath { get; set; }
}
