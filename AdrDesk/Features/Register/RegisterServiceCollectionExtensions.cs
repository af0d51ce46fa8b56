using AdrDesk.Components.Layout;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;

namespace AdrDesk.Features.Register;

public static class RegisterServiceCollectionExtensions
{
    /// <summary>The register of webshops and participants (issue 2): service, dialogs, demo data, menu entries.</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services)
    {
        services.AddScoped<RegisterService>();
        services.AddScoped<RegisterDialogs>();
        services.AddScoped<IDemoSeeder, RegisterDemoData>();
        services.AddNavItem("/register", "Nav.Register", "storefront", Policies.Desk, order: 20);
        services.AddNavItem("/webshops", "Nav.Webshops", "verified", policy: null, order: 40);
        return services;
    }
}
