using Microsoft.AspNetCore.Identity;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>
/// Identity's EF Core stores work on the scope's AdrDbContext. An HTTP request's scope is short, but a
/// circuit's lives for hours, and a context held that long goes stale and is not thread-safe. A service
/// that runs in a circuit therefore takes its UserManager per operation from a scope of its own: one
/// context per operation, as everywhere else.
/// </summary>
public sealed class AccountScopes(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<UserManager<AppUser>, Task<T>> operation)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    /// <summary>With the scope's context too: the one Identity's stores save to, for a transaction around several calls.</summary>
    public async Task<T> RunAsync<T>(Func<UserManager<AppUser>, AdrDesk.Infrastructure.Data.AdrDbContext, Task<T>> operation)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            scope.ServiceProvider.GetRequiredService<AdrDesk.Infrastructure.Data.AdrDbContext>());
    }
}
