using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;

namespace AdrDesk.AppSetup;

/// <summary>
/// Issue 17: what changes when several AdrDesk servers share one PostgreSQL database. The case event bus becomes
/// <see cref="PostgresCaseEventBus"/> (LISTEN/NOTIFY: an event committed on one server reaches the open pages of every
/// server); SQLite keeps the in-process bus (one server). Background rounds are made exclusive in the services themselves
/// (<see cref="ClusterWork"/>), and Data Protection keys already live in the database (<see cref="HostingSetup"/>).
/// </summary>
public static class ScaleOutSetup
{
    public static void AddScaleOut(IServiceCollection services, IConfiguration config)
    {
        var db = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (db.Provider != DatabaseProvider.Postgres) return;
        services.AddSingleton<PostgresCaseEventBus>();
        // Registered after the in-process default, so it is the ICaseEventBus every service and page gets.
        services.AddSingleton<ICaseEventBus>(sp => sp.GetRequiredService<PostgresCaseEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<PostgresCaseEventBus>());
    }
}
