namespace AdrDesk.Infrastructure.Files;

public static class FileNames
{
    /// <summary>
    /// The name an uploaded file is shown and offered for download under: no folders, no control characters, at most
    /// 200 characters. One rule for every feature that keeps uploads (case file, mediation).
    /// </summary>
    public static string Safe(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (name.Length == 0) name = "bijlage";
        return name.Length <= 200 ? name : name[^200..];
    }
}
