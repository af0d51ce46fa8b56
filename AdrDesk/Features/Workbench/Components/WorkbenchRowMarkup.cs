using System.Text;
using AdrDesk.Resources;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace AdrDesk.Features.Workbench.Components;

/// <summary>
/// One grid row as a single markup frame (issue 9, memory per circuit). Written in Razor, a row is some 35 render-tree
/// frames (40 bytes each, kept twice per component and again in the circuit's batch buffer) plus a string per
/// attribute; an idle workbench circuit held ~75 KB per copy for 25 rows. As one encoded string per row the circuit
/// keeps 25 frames and the row's text once. A row has no event handler (the number is a plain link), so nothing
/// interactive is lost; the markup is the same the Razor version wrote.
/// </summary>
public static class WorkbenchRowMarkup
{
    // Encodes what HTML needs (&, <, >, quotes) and leaves €, – and accented names as they are: shorter strings.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Of(WorkbenchRow row, IStringLocalizer t)
    {
        var html = new StringBuilder(640);
        html.Append("<tr><td><a class=\"wb-number\" href=\"workbench/").Append(Encoder.Encode(row.Number)).Append("\">")
            .Append(Encoder.Encode(row.Number)).Append("</a>");
        if (row.IsRapporteur) html.Append("<small class=\"adr-muted\" title=\"").Append(Encoder.Encode(t["Grid.Rapporteur"])).Append("\"> ★</small>");
        html.Append("</td><td><span class=\"wb-state wb-state-").Append(StateBadge.PhaseOf(row.State)).Append("\">")
            .Append(Encoder.Encode(t[$"State.{row.State}"])).Append("</span></td><td>");
        if (row.NextDeadlineAt is { } due)
        {
            html.Append(Encoder.Encode(DisplayFormat.Date(due))).Append("<br><small class=\"adr-muted\">")
                .Append(Encoder.Encode(t[$"Deadline.{row.NextDeadlineKind}"])).Append("</small>");
        }
        else
        {
            html.Append('–');
        }
        html.Append("</td><td class=\"wb-num\"><span");
        if (row.DaysLeft < 0) html.Append(" class=\"wb-overdue\"");
        else if (row.DaysLeft <= 7) html.Append(" class=\"wb-soon\"");
        html.Append('>').Append(row.DaysLeft).Append("</span></td><td>").Append(Encoder.Encode(t[$"Scheme.{row.Scheme}"]))
            .Append("</td><td>").Append(Encoder.Encode(row.WebshopName ?? "")).Append("</td><td class=\"wb-num\">")
            .Append(Encoder.Encode(DisplayFormat.Money(row.Amount))).Append("</td><td>").Append(row.Language).Append("</td></tr>");
        return new MarkupString(html.ToString());
    }
}
