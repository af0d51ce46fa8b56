namespace AdrDesk.Resources;

/// <summary>Country names as the filer picked them (issue 18 item 2: "Nederland", not "NL"); the code itself when unknown.</summary>
public static class CountryNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("NL", "Nederland"), ("BE", "België / Belgique"), ("DE", "Deutschland"), ("AT", "Österreich"), ("BG", "България"),
        ("HR", "Hrvatska"), ("CY", "Κύπρος"), ("CZ", "Česko"), ("DK", "Danmark"), ("EE", "Eesti"), ("FI", "Suomi"),
        ("FR", "France"), ("GR", "Ελλάδα"), ("HU", "Magyarország"), ("IE", "Ireland"), ("IT", "Italia"), ("LV", "Latvija"),
        ("LT", "Lietuva"), ("LU", "Luxembourg"), ("MT", "Malta"), ("PL", "Polska"), ("PT", "Portugal"), ("RO", "România"),
        ("SK", "Slovensko"), ("SI", "Slovenija"), ("ES", "España"), ("SE", "Sverige"),
        ("GB", "United Kingdom"), ("CH", "Schweiz / Suisse"), ("NO", "Norge"), ("TR", "Türkiye"), ("US", "United States"),
        ("MA", "Maroc"), ("SR", "Suriname"),
    ];

    public static string Name(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)).Name ?? code ?? "";
}
