using AdrDesk.Components.Layout;
using AdrDesk.Security;

namespace AdrDesk.Features.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Accounts and the outbox, for administrators.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddScoped<AccountAdminService>();
        services.AddSingleton<AuditCheck.AuditChainCheck>();
        services.AddNavItem("/admin/outbox", "Nav.Outbox", "outgoing_mail", Policies.Admin, order: 130);
        services.AddNavItem("/admin/users", "Nav.Users", "group", Policies.Admin, order: 140);
        services.AddNavItem("/admin/audit-check", "Nav.AuditCheck", "verified", Policies.Admin, order: 150);
        services.AddNavItem("/admin/erase-person", "Nav.ErasePerson", "person_remove", Policies.Admin, order: 160); // issue 19 item 7
        return services;
    }
}
