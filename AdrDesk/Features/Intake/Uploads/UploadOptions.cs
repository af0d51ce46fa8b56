namespace AdrDesk.Features.Intake.Uploads;

/// <summary>"Uploads" section: where files go (outside wwwroot) and the limits shown to the filer up front.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    public string StorePath { get; set; } = "data/uploads";
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxFiles { get; set; } = 10;
}
