using System.Text;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AdrDesk.AppSetup;

/// <summary>
/// Issue 19 item 4: a new install's first administrator, made on the server's console
/// (<c>AdrDesk --create-admin name@desk.nl "Full Name"</c>): an account without a password, and a single-use
/// set-password link printed once (valid as long as password-reset links are). No default password exists anywhere.
/// </summary>
public static class FirstAdmin
{
    public const string Argument = "--create-admin";

    /// <summary>The result the console shows; <see cref="Link"/> is null when nothing was made.</summary>
    public sealed record Outcome(bool Created, string Message, string? Link);

    /// <summary>When the command line asks for it: makes the admin, prints the link, and tells Program to stop.</summary>
    public static async Task<bool> RunIfAskedAsync(IServiceProvider root, string[] args)
    {
        var at = Array.IndexOf(args, Argument);
        if (at < 0) return false;
        var email = args.ElementAtOrDefault(at + 1);
        var name = args.ElementAtOrDefault(at + 2);
        var outcome = string.IsNullOrWhiteSpace(email) || email.StartsWith("--", StringComparison.Ordinal)
            ? new Outcome(false, $"Usage: AdrDesk {Argument} <e-mail address> [\"Full name\"]", null)
            : await CreateAsync(root, email, name);
        Console.WriteLine(outcome.Message);
        if (outcome.Link is not null) Console.WriteLine(outcome.Link);
        Environment.ExitCode = outcome.Created ? 0 : 1;
        return true;
    }

    public static async Task<Outcome> CreateAsync(IServiceProvider root, string email, string? name)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var address = email.Trim();
        if (await users.FindByEmailAsync(address) is not null)
        {
            return new Outcome(false, $"An account for {address} exists already; nothing was changed. Use \"Wachtwoord vergeten\" on the sign-in page.", null);
        }

        var user = new AppUser
        {
            UserName = address,
            Email = address,
            // The operator who runs this command on the server vouches for the address; the link below proves it again.
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(name) ? address : name.Trim(),
            PreferredLanguage = "nl",
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        // Account and role in one transaction: a failure leaves no account without its role.
        var db = services.GetRequiredService<AdrDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var result = await users.CreateAsync(user);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, Roles.Admin);
            if (!result.Succeeded)
            {
                return new Outcome(false, "The account was not made: " + string.Join(" ", result.Errors.Select(e => e.Description)), null);
            }
            await transaction.CommitAsync();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var baseUrl = services.GetRequiredService<IOptions<MailOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        var link = $"{baseUrl}/account/reset-password?email={Uri.EscapeDataString(address)}&code={code}";
        var hours = services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan.TotalHours;
        return new Outcome(true, $"Administrator {address} made. Open this link within {hours:0} hours to choose the password (it works once):", link);
    }
}
