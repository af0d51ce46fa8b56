using AdrDesk.Components.Layout;
using AdrDesk.Features.Cases;
using AdrDesk.Features.PublishedRulings.Pages;
using AdrDesk.Features.Register;

namespace AdrDesk.Features.PublishedRulings;

public static class PublishedRulingsServiceCollectionExtensions
{
    /// <summary>Issue 20 item 2: the public register of rulings, the desk's publication page, and the webshops' counts.</summary>
    public static IServiceCollection AddPublishedRulings(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<PublishedRulingService>();
        services.AddSingleton<PublicRulingRegister>();
        services.AddSingleton<IWebshopRulingCounts>(sp => sp.GetRequiredService<PublicRulingRegister>());
        // D24: the published version goes with the case's data.
        services.AddSingleton<IStoredCaseFiles, PublishedRulingRows>();
        // The desk's way in: on /desk/{number}, for a final ruling.
        services.AddDeskCaseSection<PublicationDeskSection>();
        services.AddNavItem("/uitspraken", "Nav.Rulings", "gavel", policy: null, order: 45);
        return services;
    }
}
