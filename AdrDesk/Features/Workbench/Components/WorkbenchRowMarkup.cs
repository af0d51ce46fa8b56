using System.Text;
using AdrDesk.Resources;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace AdrDesk.Features.Workbench.Components;

/// <summary>
/// One grid row's cells as a single markup frame (issue 9, memory per circuit). Written in Razor, a row is some 35 render-tree
/// frames (40 bytes each, kept twice per component and again in the circuit's batch buffer) plus a string per
/// attribute, and as MudTd components 8 more components per row; an idle workbench circuit held ~75 KB per copy for 25
/// rows. As one encoded string per row the circuit keeps one frame and the row's text once. WorkbenchTable puts it in a
/// plain <c>tr</c> (no MudTr, issue 16 item 7); the cells carry MudTable's own cell class and a <c>data-label</c> each, so
/// below the table's breakpoint (mud-sm-table) MudBlazor's CSS stacks them with their column's name. A row has no event handler (the number is a plain link).
/// </summary>
public static class WorkbenchRowMarkup
{
    // Encodes what HTML needs (&, <, >, quotes) and leaves €, – and accented names as they are: shorter strings.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The eight cells of a row, in the header's order.</summary>
    public static MarkupString Cells(WorkbenchRow row, IStringLocalizer t)
    {
        var html = new StringBuilder(900);
        Open(html, t["Col.Number"]).Append("<a class=\"wb-number\" href=\"workbench/").Append(Encoder.Encode(row.Number)).Append("\">")
            .Append(Encoder.Encode(row.Number)).Append("</a>");
        if (row.IsRapporteur) html.Append("<small class=\"adr-muted\" title=\"").Append(Encoder.Encode(t["Grid.Rapporteur"])).Append("\"> ★</small>");
        html.Append("</td>");
        Open(html, t["Col.State"]).Append("<span class=\"wb-state wb-state-").Append(StateBadge.PhaseOf(row.State)).Append("\">")
            .Append(Encoder.Encode(t[$"State.{row.State}"])).Append("</span></td>");
        Open(html, t["Col.Deadline"]);
        if (row.NextDeadlineAt is { } due)
        {
            html.Append(Encoder.Encode(DisplayFormat.Date(due))).Append("<br><small class=\"adr-muted\">")
                .Append(Encoder.Encode(t[$"Deadline.{row.NextDeadlineKind}"])).Append("</small>");
        }
        else
        {
            html.Append('–');
        }
        html.Append("</td>");
        Open(html, t["Col.DaysLeft"], "wb-num").Append("<span");
        if (row.DaysLeft < 0) html.Append(" class=\"wb-overdue\"");
        else if (row.DaysLeft <= 7) html.Append(" class=\"wb-soon\"");
        html.Append('>').Append(row.DaysLeft).Append("</span></td>");
        Open(html, t["Col.Scheme"]).Append(Encoder.Encode(t[$"Scheme.{row.Scheme}"])).Append("</td>");
        Open(html, t["Col.Webshop"]).Append(Encoder.Encode(row.WebshopName ?? "")).Append("</td>");
        Open(html, t["Col.Amount"], "wb-num").Append(Encoder.Encode(DisplayFormat.Money(row.Amount))).Append("</td>");
        Open(html, t["Col.Language"]).Append(row.Language).Append("</td>");
        return new MarkupString(html.ToString());
    }

    private static StringBuilder Open(StringBuilder html, string label, string? css = null) =>
        html.Append("<td class=\"mud-table-cell").Append(css is null ? "" : " " + css).Append("\" data-label=\"").Append(Encoder.Encode(label)).Append("\">");
}
