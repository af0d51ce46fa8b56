namespace AdrDesk.Features.Intake.Steps;

/// <summary>Countries for the residence question: the EU members first (D1), then common others; a non-EU choice is explained by D1's ground.</summary>
public static class Countries
{
    public sealed record Country(string Code, string Name);

    public static readonly IReadOnlyList<Country> All = AdrDesk.Resources.CountryNames.All.Select(c => new Country(c.Code, c.Name)).ToList();
}
