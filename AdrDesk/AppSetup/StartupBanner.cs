using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AdrDesk.AppSetup;

/// <summary>Tells a newcomer where AdrDesk listens and, outside Production, how to sign in.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine($"AdrDesk is running at {string.Join(", ", addresses)}  (Ctrl+C stops it)");
            if (!app.Environment.IsProduction())
            {
                Console.WriteLine($"Demo logins, password '{DemoAccounts.Password}':");
                foreach (var (email, _, role, _) in DemoAccounts.All)
                {
                    Console.WriteLine($"  {role,-12} {email}");
                }
                Console.WriteLine($"Staff sign in with a second step: add the authenticator key {DemoAccounts.AuthenticatorKey} to an authenticator app.");
            }
            Console.WriteLine();
        });
}
