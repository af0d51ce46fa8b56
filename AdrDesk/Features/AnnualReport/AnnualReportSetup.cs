namespace AdrDesk.Features.AnnualReport;

public static class AnnualReportSetup
{
    /// <summary>Issue 20 item 3: the public annual activity report (ADR Directive art. 7(2)).</summary>
    public static IServiceCollection AddAnnualReport(this IServiceCollection services) => services
        .AddSingleton<AnnualReportService>()
        .AddSingleton<AnnualReportFiles>();

    /// <summary>The downloads: public like the page, for any year the page offers.</summary>
    public static IEndpointRouteBuilder MapAnnualReport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/jaarverslag/{year:int}.csv", async (int year, AnnualReportFiles files, TimeProvider clock, CancellationToken ct) =>
        {
            if (!Offered(year, clock)) return Results.NotFound();
            var file = await files.CsvAsync(year, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).AllowAnonymous();
        endpoints.MapGet("/jaarverslag/{year:int}.pdf", async (int year, AnnualReportFiles files, TimeProvider clock, CancellationToken ct) =>
        {
            if (!Offered(year, clock)) return Results.NotFound();
            var file = await files.PdfAsync(year, ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).AllowAnonymous();
        return endpoints;
    }

    private static bool Offered(int year, TimeProvider clock) =>
        year >= AnnualReportService.FirstYear && year <= AdrDesk.Domain.Common.AmsterdamCalendar.DateOf(clock.GetUtcNow()).Year;
}
