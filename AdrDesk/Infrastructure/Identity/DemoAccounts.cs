using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>
/// The demo logins, one or more per role. Printed at start-up and listed in the README; never
/// created in Production unless asked with --seed-demo.
/// </summary>
public sealed class DemoAccounts(UserManager<AppUser> users, TimeProvider clock, ILogger<DemoAccounts> logger) : IDemoSeeder
{
    public const string Password = "Demo-2026-adr";

    /// <summary>
    /// Issue 19 item 3: the demo staff accounts' authenticator key (Base32, published in the README like the password),
    /// so a person can add it to an authenticator app and sign in; the tests compute the codes from it.
    /// </summary>
    public const string AuthenticatorKey = "ADRDESKDEMOSTAFFKEY234567ABCDEFG";

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Language)> All =
    [
        ("consument@demo.adrdesk.nl", "Sanne de Vries", Roles.Consumer, "nl"),
        ("consumer.en@demo.adrdesk.nl", "Liam O'Connor", Roles.Consumer, "en"),
        ("webshop@demo.adrdesk.nl", "Mark Jansen", Roles.Business, "nl"),
        ("beoordelaar@demo.adrdesk.nl", "mr. Eva Bakker", Roles.Assessor, "nl"),
        ("beoordelaar2@demo.adrdesk.nl", "mr. Daan Mulder", Roles.Assessor, "nl"),
        ("beoordelaar3@demo.adrdesk.nl", "mr. Fatima El Amrani", Roles.Assessor, "nl"),
        ("mediator@demo.adrdesk.nl", "Pieter Smit", Roles.Mediator, "nl"),
        ("balie@demo.adrdesk.nl", "Lotte Visser", Roles.CaseManager, "nl"),
        ("admin@demo.adrdesk.nl", "Ruben de Boer", Roles.Admin, "nl"),
    ];

    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var (email, name, role, language) in All)
        {
            if (await users.FindByEmailAsync(email) is { } existing)
            {
                // A demo database made before staff needed a second factor gets the published key too.
                if (AdrDesk.Security.SecondFactor.IsStaffRole(role) && !existing.TwoFactorEnabled)
                {
                    await GiveAuthenticatorKeyAsync(users, existing, AuthenticatorKey);
                }
                continue;
            }
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                PreferredLanguage = language,
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
            await users.AddToRoleAsync(user, role);
            if (AdrDesk.Security.SecondFactor.IsStaffRole(role))
            {
                await GiveAuthenticatorKeyAsync(users, user, AuthenticatorKey);
            }
        }
        logger.LogInformation("Demo staff authenticator key: {Key}", AuthenticatorKey);
        logger.LogInformation("Demo logins (password {Password}): {Logins}", Password,
            string.Join(", ", All.Select(a => $"{a.Email} [{a.Role}]")));
    }

    /// <summary>
    /// Sets a known authenticator key and switches the second factor on (demo and test accounts only: a real account's
    /// key is made by Identity on the set-up page). The key is stored where Identity's own store keeps it.
    /// </summary>
    public static async Task GiveAuthenticatorKeyAsync(UserManager<AppUser> users, AppUser user, string key)
    {
        Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
