using AdrDesk.Infrastructure.Desk;
using System.Text;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Components.Account;

/// <summary>Puts a password-reset link in the outbox, in the account holder's language.</summary>
public sealed class PasswordResetMail(
    UserManager<AppUser> userManager,
    IDbContextFactory<AdrDbContext> factory,
    OutboxSignal outbox,
    TimeProvider clock,
    IOptions<MailOptions> mail,
    IOptions<DeskOptions> desk)
{
    public async Task SendAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        var lang = user.PreferredLanguage;
        var body = string.Format(Text.Get("Mail.Reset.Body", lang), user.DisplayName, link, desk.Value.Name);

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.Outbox.Add(OutboxMessage.Create(user.Email!, user.DisplayName, desk.Value.Fill(Text.Get("Mail.Reset.Subject", lang)), body, lang, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        outbox.Wake();
    }
}
