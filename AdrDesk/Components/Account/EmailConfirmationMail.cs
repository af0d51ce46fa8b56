using System.Text;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Components.Account;

/// <summary>
/// Issue 19 item 1: puts the link that confirms an account's e-mail address in the outbox, in the account holder's
/// language. The token is Identity's own (bound to the account's security stamp, so it works once: confirming
/// changes nothing the token checks, but a new link or a password change makes older ones invalid).
/// </summary>
public sealed class EmailConfirmationMail(
    UserManager<AppUser> userManager,
    IDbContextFactory<AdrDbContext> factory,
    OutboxSignal outbox,
    TimeProvider clock,
    IOptions<MailOptions> mail,
    IOptions<AdrDesk.Infrastructure.Desk.DeskOptions> desk)
{
    public const string Path = "/account/confirm-email";

    public async Task SendAsync(AppUser user, string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        if (user.EmailConfirmed || string.IsNullOrWhiteSpace(user.Email)) return;
        var token = await userManager.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}{Path}?userId={user.Id}&code={code}";
        if (LocalUrl.OrHome(returnUrl) is { } back && back != "/") link += $"&returnUrl={Uri.EscapeDataString(back)}";
        var lang = user.PreferredLanguage;
        var body = string.Format(desk.Value.FillFormat(Text.Get("Mail.Confirm.Body", lang)), user.DisplayName, link);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Outbox.Add(OutboxMessage.Create(user.Email!, user.DisplayName, desk.Value.Fill(Text.Get("Mail.Confirm.Subject", lang)), body, lang, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
    }
}
