using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AdrDesk.Tests.Support;

/// <summary>
/// Issue 19 item 1: an account made through the registration page sees no case until its e-mail address is confirmed
/// by the link mailed to it. A journey that registers and then expects a case confirms the address the way a person
/// does: it reads the confirmation mail from the app's outbox folder (<see cref="AppHost.OutboxFolder"/>) and follows the
/// link in the browser.
/// </summary>
public static partial class ConfirmAddress
{
    /// <summary>
    /// Follows the confirmation link mailed to <paramref name="email"/> in <paramref name="page"/> and waits for
    /// "Uw e-mailadres is bevestigd". When <paramref name="page"/> is signed in as that account, its cookie is re-issued
    /// with the confirmed address, so the person's cases show at once (no new sign-in needed). The link's return
    /// address (e.g. the invitation the person came from) is the page's "Verder" link.
    /// </summary>
    public static async Task FromOutboxAsync(IPage page, AppHost app, string email, string? notThisLink = null)
    {
        var link = await LinkAsync(app, email, notThisLink);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw e-mailadres is bevestigd" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>
    /// The newest confirmation link mailed to <paramref name="email"/>, waiting up to 60 s for the outbox to deliver it;
    /// with <paramref name="notThisLink"/>, one other than that (after asking for a new link).
    /// </summary>
    public static async Task<string> LinkAsync(AppHost app, string email, string? notThisLink = null)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (Directory.Exists(app.OutboxFolder))
            {
                var newest = Directory.GetFiles(app.OutboxFolder, "*.eml")
                    .Select(f => (File: f, At: File.GetLastWriteTimeUtc(f)))
                    .OrderByDescending(f => f.At)
                    .Select(f => Eml.Load(f.File))
                    .Where(m => m["To"].Contains(email, StringComparison.OrdinalIgnoreCase) && LinkPattern().IsMatch(m.Text))
                    .Select(m => LinkPattern().Match(m.Text).Value)
                    .FirstOrDefault(link => link != notThisLink);
                if (newest is not null) return newest;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"no confirmation mail to {email} in the outbox folder");
        return "";
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex LinkPattern();
}
