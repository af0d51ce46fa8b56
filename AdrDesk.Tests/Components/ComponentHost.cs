using System.Globalization;
using AdrDesk.Components.Layout;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Security;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace AdrDesk.Tests.Components;

/// <summary>
/// The shared set-up of bUnit component tests (issue 16 item 5): MudBlazor's services, the resx texts, a
/// fake clock, JS interop in loose mode (MudBlazor's listeners answer nothing), an interactive server renderer, and the
/// real authorization policies over bUnit's fake user. MudBlazor's services are only IAsyncDisposable, so with xunit
/// 2.9.3 every test owns its context: <c>await using var ctx = ComponentHost.Create();</c>.
/// </summary>
public static class ComponentHost
{
    /// <summary>Monday 23 November 2026, 10:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <param name="configure">More services (a signed-in person, the menu): bUnit takes none once the renderer exists.</param>
    public static BunitContext Create(string culture = "nl-NL", Action<BunitContext>? configure = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddTransient<MudBlazor.MudLocalizer, DeskMudLocalizer>(); // MudBlazor's texts in nl/en/de, as the app has them
        ctx.Services.AddLocalization();
        ctx.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        ctx.Services.AddSingleton(Options.Create(new DeskOptions()));
        configure?.Invoke(ctx);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    /// <summary>
    /// Signs in a person with <paramref name="roles"/> and decides the menu's policies as the app does
    /// (<see cref="Policies.AddAdrDeskPolicies"/>), not by bUnit's list of granted policy names.
    /// </summary>
    public static BunitAuthorizationContext SignIn(this BunitContext ctx, string name, params string[] roles)
    {
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(roles);
        // Staff signed in with their second factor (issue 19 item 3): the staff policies ask for the proof on the cookie.
        auth.SetClaims(new System.Security.Claims.Claim("name", name), SecondFactor.MfaClaim(),
            new System.Security.Claims.Claim(SecondFactor.EnabledClaim, "true"));
        ctx.Services.AddAuthorizationBuilder().AddAdrDeskPolicies();
        ctx.Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        ctx.Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        return auth;
    }

    /// <summary>The menu entries the features register (a subset is enough to tell the roles apart).</summary>
    public static void AddMenu(this BunitContext ctx)
    {
        ctx.Services.AddNavItem("/my-cases", "Nav.MyCases", "folder_shared", Policies.Party, order: 10);
        ctx.Services.AddNavItem("/register", "Nav.Register", "storefront", Policies.Desk, order: 20);
        ctx.Services.AddNavItem("/desk/print-queue", "Nav.PrintQueue", "print", Policies.Desk, order: 30);
        ctx.Services.AddNavItem("/desk", "Nav.Desk", "inbox", Policies.Desk, order: 70);
        ctx.Services.AddNavItem("/workbench", "Nav.Workbench", "gavel", Policies.Assessor, order: 80);
        ctx.Services.AddNavItem("/admin/users", "Nav.Users", "group", Policies.Admin, order: 140);
        ctx.Services.AddSingleton<NavItems>();
    }
}
