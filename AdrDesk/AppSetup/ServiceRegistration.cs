using AdrDesk.Components.Account;
using AdrDesk.Components.Layout;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Admin;
using AdrDesk.Features.Backup;
using AdrDesk.Features.Diagnostics;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Register;
using AdrDesk.Features.Statistics;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Diagnostics;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MudBlazor.Services;

namespace AdrDesk.AppSetup;

/// <summary>All DI wiring of AdrDesk, in one place.</summary>
public static class ServiceRegistration
{
    public static WebApplicationBuilder AddAdrDesk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        // 127.0.0.1 unless configured otherwise: a newcomer's first start is not on the network.
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        services.AddSingleton(TimeProvider.System);
        // Issue 19 item 5: set deliberately (the default, 32 KB, dropped a circuit at ~15,000 characters and lost the
        // text); every text field's limit fits in it (CircuitLimits.Fits, CircuitLimitsTests).
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(o => o.MaximumReceiveMessageSize = AdrDesk.Infrastructure.Circuits.CircuitLimits.MaxReceiveMessageBytes);
        // Issue 16: every screen on MudBlazor.
        // Issue 21: a snackbar's fade in and out are server-side timers in MudBlazor, each step a render and a batch to the
        // browser (1.8 % of the case page phase's CPU in the stop-7 profile): without them a confirmation is two renders
        // (shown, gone) instead of four; it fades in by CSS alone (site.css, ".mud-snackbar").
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        // MudBlazor's own texts in Dutch and German (Components/Layout/MudBlazorResource*.resx), through its localization hook.
        services.AddTransient<MudBlazor.MudLocalizer, DeskMudLocalizer>();
        services.AddLocalization();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddScoped<CircuitHandler, CircuitCounter>();

        AddData(services, config);
        AddIdentity(services);
        HostingSetup.AddHosting(services, config, builder.Environment);
        services.Configure<ThrottleOptions>(config.GetSection(ThrottleOptions.Section));
        services.AddSingleton<AccountThrottle>();
        AccountThrottle.AddAccountPostLimits(services, config);
        AddMail(services, config);
        services.AddSingleton<InProcessCaseEventBus>();
        services.AddSingleton<ICaseEventBus>(sp => sp.GetRequiredService<InProcessCaseEventBus>());
        ScaleOutSetup.AddScaleOut(services, config);
        services.AddDocuments(config);
        AddCases(services, config);
        AddFeatures(services);
        return builder;
    }

    private static void AddData(IServiceCollection services, IConfiguration config)
    {
        var timings = new DbTimings();
        services.AddSingleton(timings);
        services.AddSingleton<OperationTimings>();
        var db = config.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(db);
        // Database:Provider picks SQLite (default) or PostgreSQL (issue 17); the factory hands out the provider's context type.
        // Issue 21: OutboxWake wakes the mail dispatcher when a mail is committed (no 2-second polling).
        services.AddDbContextFactory<AdrDbContext, AdrDbContextFactory>((sp, o) => o
            .UseAdrDatabase(db)
            .AddInterceptors(timings, sp.GetRequiredService<OutboxWake>().Saves, sp.GetRequiredService<OutboxWake>().Transactions));
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "AdrDesk.Auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // Issue 19 item 3: a staff page refused for want of a second factor sends the person to set it up, then back.
            var accessDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                if (SecondFactor.IsPending(context.HttpContext.User))
                {
                    var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                    context.Response.Redirect($"{context.Request.PathBase}/account/two-factor?returnUrl={Uri.EscapeDataString(back)}");
                    return Task.CompletedTask;
                }
                return accessDenied(context);
            };
        });
        services.AddAuthorizationBuilder().AddAdrDeskPolicies();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Issue 19 item 1: an unconfirmed account may sign in (to confirm, or to ask for a new link) but sees no
                // case: CaseAccess refuses it (the cookie's confirmed claim, AppClaimsPrincipalFactory).
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AdrDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        // Password-reset links are valid for 2 hours.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        // Re-checks the security stamp of every circuit so that a password reset or a removed
        // role signs the person out of open tabs too.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = clock; // the app's clock, so tests can let a minute pass
            o.OnRefreshingPrincipal = SecondFactor.KeepProofOnRefresh; // issue 19 item 3
        });
        // Issue 19 item 3: a staff sign-in without a second factor holds no staff role until it has one.
        services.AddSingleton<Microsoft.AspNetCore.Authentication.IClaimsTransformation, SecondFactor.Transformation>();
        services.AddScoped<AdrDesk.Components.Account.TwoFactor.TwoFactorAccount>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<IdentityRedirectManager>();
        services.AddSingleton<AccountScopes>();
        services.AddSingleton<IAccountChangeSignal, InProcessAccountChangeSignal>();
        services.AddScoped<PasswordResetMail>();
        services.AddScoped<EmailConfirmationMail>();
        services.AddScoped<IDemoSeeder, DemoAccounts>();
    }

    private static void AddCases(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<CaseStore>();
        services.AddSingleton<CaseAccess>();
        // Issue 14: invitations to parties no account of which is linked (D12 forwarding, mediation requests, D9).
        services.AddSingleton<AdrDesk.Features.Cases.Invitations.PartyInvitations>();
        services.AddCasePageSection<AdrDesk.Features.Cases.Invitations.PartyReachSection>();
        // Issue 18 item 2: the filer's answers, in words, for staff on the live case page.
        services.AddSingleton<FilingAnswersReader>();
        services.AddCasePageSection<FilingAnswersSection>();
        services.AddSingleton<AdrDesk.Features.Documents.Store.IDocumentAccessPolicy, CaseDocumentAccessPolicy>();
        services.AddSingleton<AuditTrailService>();
        services.AddSingleton<AdrDesk.Features.Cases.Complaint.CaseComplaints>();
        services.Configure<DueWorkOptions>(config.GetSection(DueWorkOptions.Section));
        services.AddSingleton<DueWorkService>();
        services.AddHostedService(sp => sp.GetRequiredService<DueWorkService>());
        services.AddScoped<IDemoSeeder, CaseDemoSeeder>();
        // D24: the stored files of erased cases, of every feature that registered its IStoredCaseFiles (the eraser itself
        // runs in the case's save); the issued documents' are the core's own.
        services.AddSingleton<IStoredCaseFiles, StoredDocumentFiles>();
        services.AddSingleton<IStoredCaseFiles, OutboxMailFiles>(); // issue 19 item 7: the .eml files
        services.AddSingleton<AdrDesk.Features.Cases.DataRights.PersonalDataRights>(); // issue 19 item 7: account deletion, erasure on request
        services.AddSingleton<AdrDesk.Features.Cases.DataRights.PersonalDataExport>(); // issue 19 item 7: GDPR art. 15 download
        services.AddSingleton<ErasedCaseFiles>();
        // Issue 19 item 2: the per-user storage quota over every feature's IUserStoredFiles.
        services.Configure<UploadQuotaOptions>(config.GetSection(UploadQuotaOptions.Section));
        services.AddSingleton<UploadQuota>();
        services.AddHostedService(sp => sp.GetRequiredService<ErasedCaseFiles>());
        // Issue 19 item 6: the part files of uploads that never finished, in every feature's upload folder.
        services.AddSingleton<AdrDesk.Infrastructure.Files.PartialUploadSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<AdrDesk.Infrastructure.Files.PartialUploadSweep>());
        // Issue 19 item 6: documents stored as HTML while Chromium failed become PDF when it works again.
        services.AddSingleton<DocumentReissue>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentReissue>());
    }

    /// <summary>
    /// Each feature's services, and what it adds to the shell (menu entries, header items) and to the core's extension
    /// points (case-page sections, the print queue, stored files of erased cases): one line per feature.
    /// </summary>
    private static void AddFeatures(IServiceCollection services)
    {
        services.AddSingleton<NavItems>();
        services.AddRegister();
        services.AddAdmin();
        services.AddIntake();
        AdrDesk.Features.AnnualReport.AnnualReportSetup.AddAnnualReport(services); // issue 20 item 3
        services.AddCaseFile();
        services.AddWorkbench();
        services.AddStatistics();
        services.AddMediation();
        services.AddBackup();
        AdrDesk.Features.PublishedRulings.PublishedRulingsServiceCollectionExtensions.AddPublishedRulings(services); // issue 20 item 2
    }

    private static void AddMail(IServiceCollection services, IConfiguration config)
    {
        services.Configure<AdrDesk.Infrastructure.Desk.DeskOptions>(config.GetSection(AdrDesk.Infrastructure.Desk.DeskOptions.Section));
        services.Configure<MailOptions>(config.GetSection(MailOptions.Section));
        services.AddSingleton<IMailer, MailKitMailer>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWake>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
    }
}
