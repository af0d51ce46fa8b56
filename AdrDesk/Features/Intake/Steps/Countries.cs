namespace AdrDesk.Features.Intake.Steps;

/// <summary>Countries for the residence question: the EU members first (D1), then common others; a non-EU choice is explained by D1's ground.</summary>
public static class Countries
{
    public sealed record Country(string Code, string Name);

    public static readonly IReadOnlyList<Country> All =
    [
        new("NL", "Nederland"), new("BE", "België / Belgique"), new("DE", "Deutschland"), new("AT", "Österreich"), new("BG", "България"),
        new("HR", "Hrvatska"), new("CY", "Κύπρος"), new("CZ", "Česko"), new("DK", "Danmark"), new("EE", "Eesti"), new("FI", "Suomi"),
        new("FR", "France"), new("GR", "Ελλάδα"), new("HU", "Magyarország"), new("IE", "Ireland"), new("IT", "Italia"), new("LV", "Latvija"),
        new("LT", "Lietuva"), new("LU", "Luxembourg"), new("MT", "Malta"), new("PL", "Polska"), new("PT", "Portugal"), new("RO", "România"),
        new("SK", "Slovensko"), new("SI", "Slovenija"), new("ES", "España"), new("SE", "Sverige"),
        new("GB", "United Kingdom"), new("CH", "Schweiz / Suisse"), new("NO", "Norge"), new("TR", "Türkiye"), new("US", "United States"),
        new("MA", "Maroc"), new("SR", "Suriname"),
    ];
}
