using System.Globalization;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Journeys;

/// <summary>
/// Issue 16 item 3: the mediator's slot form takes the date as Dutch writes it (dd-MM-yyyy) and the time as 24-hour HH:mm,
/// both Amsterdam time, whatever the browser's locale; each field is left (Tab) so the date picker takes the typed text.
/// </summary>
public static class ProposeSlotFields
{
    public static async Task FillAsync(IPage mediator, DateTime amsterdamStart)
    {
        await JourneyKit.FillAsync(
        [
            (mediator.GetByLabel("Datum (Amsterdam)", new() { Exact = true }), amsterdamStart.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)),
            (mediator.GetByLabel("Begintijd (Amsterdam, uu:mm)", new() { Exact = true }), amsterdamStart.ToString("HH:mm", CultureInfo.InvariantCulture)),
        ]);
    }
}
