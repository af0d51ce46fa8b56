using System.Net;
using System.Threading.RateLimiting;

namespace AdrDesk.Security;

/// <summary>Configuration section "Security:Throttle": how many tries before AdrDesk slows a caller down.</summary>
public sealed class ThrottleOptions
{
    public const string Section = "Security:Throttle";

    /// <summary>Failed sign-ins for one address from one client address, per <see cref="SignInWindow"/>.</summary>
    public int SignInFailuresPerClient { get; set; } = 5;

    /// <summary>Failed sign-ins for one address from anywhere (a spread-out guess), per <see cref="SignInWindow"/>.</summary>
    public int SignInFailuresPerAddress { get; set; } = 30;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Password-reset mails to one address per hour.</summary>
    public int ResetMailsPerAddress { get; set; } = 3;

    /// <summary>Account form posts (sign-in, registration, reset) per client address per minute.</summary>
    public int AccountPostsPerClientPerMinute { get; set; } = 20;

    /// <summary>Account form posts handled at once (each hashes a password): the rest wait, so pages stay fast.</summary>
    public int AccountPostsAtOnce { get; set; } = 2;

    /// <summary>Account form posts waiting for a turn; more are refused at once.</summary>
    public int AccountPostsQueued { get; set; } = 40;

    /// <summary>Invitations (sent or resent) one account may send per hour: each is a mail to an address it chooses.</summary>
    public int InvitationsPerAccountPerHour { get; set; } = 20;
}

/// <summary>
/// Issue 19 item 2: throttling instead of lockout. A wrong password counts against the address from that client
/// (and, far higher, against the address from anywhere), never against the account itself: a stranger cannot lock
/// anyone out, and the owner signing in from their own machine is not slowed by a stranger's guesses elsewhere.
/// Known and unknown addresses are counted alike, so the answer tells nothing about which addresses have accounts.
/// </summary>
public sealed class AccountThrottle(Microsoft.Extensions.Options.IOptions<ThrottleOptions> options, TimeProvider? clock = null)
{
    // Issue 21: counted by KeyedWindow, which needs no timer (the framework's partitioned limiters woke every 100 ms each).
    private readonly KeyedWindow _perClient = Window(options.Value.SignInFailuresPerClient, options.Value.SignInWindow, clock);
    private readonly KeyedWindow _perAddress = Window(options.Value.SignInFailuresPerAddress, options.Value.SignInWindow, clock);
    private readonly KeyedWindow _resetMails = Window(options.Value.ResetMailsPerAddress, TimeSpan.FromHours(1), clock);
    private readonly KeyedWindow _invitations = Window(options.Value.InvitationsPerAccountPerHour, TimeSpan.FromHours(1), clock);

    private static KeyedWindow Window(int limit, TimeSpan window, TimeProvider? clock) => new(limit, window, clock ?? TimeProvider.System);

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Whether a sign-in for <paramref name="email"/> from <paramref name="client"/> may be tried now.</summary>
    public bool MayTrySignIn(string email, IPAddress? client) =>
        _perClient.Available(Key(email) + "|" + client) > 0 && _perAddress.Available(Key(email)) > 0;

    /// <summary>Counts a failed sign-in (wrong password or unknown address alike).</summary>
    public void SignInFailed(string email, IPAddress? client)
    {
        _perClient.TryHit(Key(email) + "|" + client);
        _perAddress.TryHit(Key(email));
    }

    /// <summary>Whether another reset mail may go to <paramref name="email"/> now (counted whether or not it has an account).</summary>
    public bool MaySendResetMail(string email) => _resetMails.TryHit(Key(email));

    /// <summary>
    /// Issue 19 item 2: whether the account <paramref name="accountId"/> may send (or resend) another invitation now; counts it.
    /// </summary>
    public bool MaySendInvitation(string? accountId) => _invitations.TryHit(accountId ?? "unknown");

    /// <summary>
    /// The HTTP side: account form posts (sign-in, registration, password reset) are limited per client address,
    /// and only <see cref="ThrottleOptions.AccountPostsAtOnce"/> hash passwords at the same time, so a burst of sign-ins
    /// waits its turn instead of taking both cores from everyone else's pages (<see cref="AccountPostLimits"/>).
    /// </summary>
    public static void AddAccountPostLimits(IServiceCollection services, IConfiguration config) => services.AddSingleton<AccountPostLimits>();
}

/// <summary>
/// Account form posts per client address per minute (429 beyond), and at most a few at once with a bounded queue (429
/// when it is full). Issue 21: in place of the framework's rate-limiting middleware, whose limiters (its own per-endpoint
/// one and the two chained here) each woke every 100 ms whether or not anyone posted; the concurrency limiter has no timer.
/// </summary>
public sealed class AccountPostLimits(Microsoft.Extensions.Options.IOptions<ThrottleOptions> options, TimeProvider clock) : IMiddleware, IDisposable
{
    private readonly KeyedWindow _perClient = new(options.Value.AccountPostsPerClientPerMinute, TimeSpan.FromMinutes(1), clock);
    private readonly ConcurrencyLimiter _atOnce = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, options.Value.AccountPostsAtOnce), QueueLimit = Math.Max(0, options.Value.AccountPostsQueued),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsAccountPost(context))
        {
            await next(context);
            return;
        }
        if (!_perClient.TryHit(context.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            await RejectAsync(context);
            return;
        }
        using var lease = await _atOnce.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            await RejectAsync(context);
            return;
        }
        await next(context);
    }

    private static async Task RejectAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(
            "Te veel pogingen in korte tijd. Probeer het over een minuut opnieuw. / Too many attempts; try again in a minute.", context.RequestAborted);
    }

    private static bool IsAccountPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _atOnce.Dispose();
}
