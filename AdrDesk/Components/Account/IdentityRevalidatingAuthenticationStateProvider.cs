using System.Security.Claims;
using AdrDesk.Infrastructure.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AdrDesk.Components.Account;

/// <summary>
/// Re-checks, every <see cref="RevalidationInterval"/>, that the circuit's user still exists and that
/// the security stamp has not changed (password reset, role change, lockout); if it has, the
/// circuit is signed out. Uses a fresh scope each time: the circuit's scope lives for hours.
/// </summary>
/// <remarks>
/// Issue 19 item 3: besides the minute's check, the circuit subscribes to <see cref="IAccountChangeSignal"/> for its
/// user and revalidates at once when an admin changes the account's roles (or anything else that renews the stamp),
/// so a removed role is gone from open pages within seconds, not at the next tick.
/// </remarks>
internal sealed class IdentityRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory scopeFactory;
    private readonly IOptions<IdentityOptions> options;
    private readonly IAccountChangeSignal signal;
    private readonly ILogger logger;
    private IDisposable? _subscription;
    private int _disposed;

    public IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<IdentityOptions> options, IAccountChangeSignal signal)
        : base(loggerFactory)
    {
        this.scopeFactory = scopeFactory;
        this.options = options;
        this.signal = signal;
        logger = loggerFactory.CreateLogger<IdentityRevalidatingAuthenticationStateProvider>();
        AuthenticationStateChanged += Follow;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    /// <summary>Subscribes to the signal of whoever the circuit now belongs to (none when signed out).</summary>
    private async void Follow(Task<AuthenticationState> state)
    {
        try
        {
            var user = (await state).User;
            var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
            var next = id is { } userId && Volatile.Read(ref _disposed) == 0 ? signal.Subscribe(userId, () => RevalidateNowAsync(state)) : null;
            Interlocked.Exchange(ref _subscription, next)?.Dispose();
            if (Volatile.Read(ref _disposed) == 1) Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Following the circuit's account for changes failed");
        }
    }

    private async Task RevalidateNowAsync(Task<AuthenticationState> state)
    {
        if (Volatile.Read(ref _disposed) == 1) return;
        if (await ValidateAuthenticationStateAsync(await state, CancellationToken.None)) return;
        // What the base class does when the minute's check fails: the circuit continues as signed out.
        SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            AuthenticationStateChanged -= Follow;
            Interlocked.Exchange(ref _subscription, null)?.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        AsyncServiceScope scope;
        try
        {
            scope = scopeFactory.CreateAsyncScope();
        }
        catch (ObjectDisposedException)
        {
            // The host is stopping and ends every circuit with it: nothing is left to protect, and answering (instead of
            // throwing, which the loop logs as an error) keeps the circuit from re-rendering while it is torn down.
            return true;
        }
        await using var _ = scope;
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<AppUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp && !await userManager.IsLockedOutAsync(user);
    }
}
