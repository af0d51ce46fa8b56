namespace AdrDesk.Security;

/// <summary>
/// Keeps return URLs on this site. The same rule as ASP.NET Core's Url.IsLocalUrl: a path that
/// starts with one '/', not "//" or "/\" (browsers read both as another host), no control characters.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The URL when it is local, otherwise the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
