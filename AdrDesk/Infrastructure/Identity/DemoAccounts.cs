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
            if (await users.FindByEmailAsync(email) is not null)
            {
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
        }
        logger.LogInformation("Demo logins (password {Password}): {Logins}", Password,
            string.Join(", ", All.Select(a => $"{a.Email} [{a.Role}]")));
    }
}
