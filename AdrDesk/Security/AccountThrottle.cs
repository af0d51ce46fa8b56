using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

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
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _resetMails;
    private readonly PartitionedRateLimiter<string> _invitations;

    public AccountThrottle(Microsoft.Extensions.Options.IOptions<ThrottleOptions> options)
    {
        var o = options.Value;
        _perClient = Window(o.SignInFailuresPerClient, o.SignInWindow);
        _perAddress = Window(o.SignInFailuresPerAddress, o.SignInWindow);
        _resetMails = Window(o.ResetMailsPerAddress, TimeSpan.FromHours(1));
        _invitations = Window(o.InvitationsPerAccountPerHour, TimeSpan.FromHours(1));
    }

    private static PartitionedRateLimiter<string> Window(int limit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit), Window = window, SegmentsPerWindow = 5, QueueLimit = 0, AutoReplenishment = true,
        }));

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Whether a sign-in for <paramref name="email"/> from <paramref name="client"/> may be tried now.</summary>
    public bool MayTrySignIn(string email, IPAddress? client) =>
        _perClient.GetStatistics(Key(email) + "|" + client)?.CurrentAvailablePermits is not 0
        && _perAddress.GetStatistics(Key(email))?.CurrentAvailablePermits is not 0;

    /// <summary>Counts a failed sign-in (wrong password or unknown address alike).</summary>
    public void SignInFailed(string email, IPAddress? client)
    {
        using var a = _perClient.AttemptAcquire(Key(email) + "|" + client);
        using var b = _perAddress.AttemptAcquire(Key(email));
    }

    /// <summary>Whether another reset mail may go to <paramref name="email"/> now (counted whether or not it has an account).</summary>
    public bool MaySendResetMail(string email)
    {
        using var lease = _resetMails.AttemptAcquire(Key(email));
        return lease.IsAcquired;
    }

    /// <summary>
    /// Issue 19 item 2: whether the account <paramref name="accountId"/> may send (or resend) another invitation now; counts it.
    /// </summary>
    public bool MaySendInvitation(string? accountId)
    {
        using var lease = _invitations.AttemptAcquire(accountId ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _invitations.Dispose();
        _perClient.Dispose();
        _perAddress.Dispose();
        _resetMails.Dispose();
    }

    /// <summary>
    /// The HTTP side: account form posts (sign-in, registration, password reset) are limited per client address,
    /// and only <see cref="ThrottleOptions.AccountPostsAtOnce"/> hash passwords at the same time, so a burst of sign-ins
    /// waits its turn instead of taking both cores from everyone else's pages.
    /// </summary>
    public static void AddAccountPostLimits(IServiceCollection services, IConfiguration config)
    {
        var o = config.GetSection(ThrottleOptions.Section).Get<ThrottleOptions>() ?? new ThrottleOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Te veel pogingen in korte tijd. Probeer het over een minuut opnieuw. / Too many attempts; try again in a minute.", token);
            };
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(http => IsAccountPost(http)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = o.AccountPostsPerClientPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            var atOnce = PartitionedRateLimiter.Create<HttpContext, string>(http => IsAccountPost(http)
                ? RateLimitPartition.GetConcurrencyLimiter("hashing", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = o.AccountPostsAtOnce, QueueLimit = o.AccountPostsQueued, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, atOnce);
        });
    }

    private static bool IsAccountPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase);
}
