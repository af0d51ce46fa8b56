using System.Globalization;
using System.Resources;
using AdrDesk.Domain.Common;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 8: times are shown on the desk's clock, Europe/Amsterdam, whatever the server's zone: "Opgeslagen om"
/// (the intake wizard's draft, the assessor's ruling draft) too. The pages write exactly this: the catalogue's words
/// with <see cref="DisplayFormat.Time(DateTimeOffset, Language?)"/> of the UTC instant from the TimeProvider.
/// </summary>
public sealed class AmsterdamTimeShownTests
{
    public static TheoryData<string, string> SavedAt() => new()
    {
        { "AdrDesk.Features.Intake.IntakeResource", "Wizard.Saved" },
        { "AdrDesk.Features.Workbench.WorkbenchResource", "Ruling.SavedAt" },
    };

    [Theory]
    [MemberData(nameof(SavedAt))]
    public void Saved_at_shows_the_Amsterdam_hour_of_a_UTC_instant(string catalogue, string key)
    {
        var words = new ResourceManager(catalogue, typeof(DisplayFormat).Assembly);
        var was = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
            var text = words.GetString(key, CultureInfo.CurrentUICulture)!;

            // Winter: UTC+1. 23:30 UTC on 6 December is 00:30 the next day in Amsterdam.
            Assert.Equal("Opgeslagen om 00:30", string.Format(CultureInfo.CurrentUICulture, text, DisplayFormat.Time(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero))));
            // Summer: UTC+2.
            Assert.Equal("Opgeslagen om 16:05", string.Format(CultureInfo.CurrentUICulture, text, DisplayFormat.Time(new DateTimeOffset(2026, 7, 1, 14, 5, 0, TimeSpan.Zero))));
            // The same instant given in another offset is the same Amsterdam time.
            Assert.Equal("Opgeslagen om 00:30", string.Format(CultureInfo.CurrentUICulture, text, DisplayFormat.Time(new DateTimeOffset(2026, 12, 6, 18, 30, 0, TimeSpan.FromHours(-5)))));
            Assert.Equal("Saved at 00:30", string.Format(CultureInfo.InvariantCulture, words.GetString(key, CultureInfo.GetCultureInfo("en"))!,
                DisplayFormat.Time(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero), Language.En)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }
}
