using System.Net;
using AdrDesk.Domain.Common;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Pdf;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.AnnualReport;

/// <summary>A download: the bytes, their type and the file name.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The report as CSV and as PDF (issue 20 item 3). The PDF goes through the documents' Chromium renderer; when Chromium
/// is unavailable the reader gets the same print page as HTML, as the desk's other documents do (issue 4 item 4).
/// </summary>
public sealed class AnnualReportFiles(
    AnnualReportService reports,
    IPdfRenderer pdf,
    IServiceScopeFactory scopes,
    ILoggerFactory loggers,
    IStringLocalizer<AnnualReportResource> texts,
    IOptions<DeskOptions> desk)
{
    public async Task<ReportFile> CsvAsync(int year, CancellationToken ct = default)
    {
        var report = await reports.ForYearAsync(year, ct);
        // UTF-8 with BOM so a spreadsheet opens the names of the schemes right; the figures are invariant.
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(AnnualReportCsv.Write(report))).ToArray();
        return new ReportFile(bytes, "text/csv; charset=utf-8", $"{desk.Value.FileSlug}-jaarverslag-{year}.csv");
    }

    public async Task<ReportFile> PdfAsync(int year, CancellationToken ct = default)
    {
        var report = await reports.ForYearAsync(year, ct);
        var html = await HtmlAsync(report);
        var name = $"{desk.Value.FileSlug}-jaarverslag-{year}";
        var footer = $"<div style=\"font-family:'DejaVu Sans',sans-serif;font-size:7.5pt;color:#4a5563;width:100%;margin:0 20mm;display:flex;justify-content:space-between;\">" +
                     $"<span>{WebUtility.HtmlEncode(desk.Value.Name)}</span><span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";
        var result = await pdf.RenderAsync(new PdfRequest(html, "<div></div>", footer, desk.Value.Name, texts["Report.Title", year]), ct);
        return result.Succeeded
            ? new ReportFile(result.Pdf!, "application/pdf", name + ".pdf")
            : new ReportFile(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", name + ".html");
    }

    /// <summary>The print page as HTML, in the current UI culture.</summary>
    public async Task<string> HtmlAsync(AnnualReport report)
    {
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(AnnualReportDocument.Report)] = report,
            [nameof(AnnualReportDocument.Title)] = texts["Report.Title", report.Year].Value,
            [nameof(AnnualReportDocument.DeskName)] = desk.Value.Name,
            [nameof(AnnualReportDocument.Language)] = DisplayFormat.LanguageTag(UiLanguage.Current),
        });
        // A renderer in a scope of its own, as DocumentRenderer does: the components take scoped services.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<AnnualReportDocument>(parameters)).ToHtmlString());
        return "<!DOCTYPE html>\n" + html;
    }
}
