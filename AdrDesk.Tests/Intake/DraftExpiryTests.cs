using Microsoft.Extensions.Time.Testing;
using System.Text;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Drafts;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Intake;

/// <summary>Issue 5 item 4: drafts expire 6 months after their last change; the filer is warned 14 days before (FakeTimeProvider).</summary>
public sealed class DraftExpiryTests : IAsyncLifetime
{
    private IntakeFixture _f = default!;

    public async Task InitializeAsync() => _f = await IntakeFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private DraftExpiry Job => _f.Services.GetRequiredService<DraftExpiry>();

    private async Task<AppUser> UserAsync(string language)
    {
        using var scope = _f.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Kim Klant", PreferredLanguage = language, CreatedAt = _f.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, "Test-2026-pass")).Succeeded);
        await users.AddToRoleAsync(user, SecurityRoles.Consumer);
        return user;
    }

    private async Task<List<OutboxMessage>> MailsToAsync(string email)
    {
        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ToAddress == email).ToListAsync();
    }

    [Fact]
    public async Task The_filer_is_warned_once_14_days_before_in_their_language_and_again_for_a_new_expiry_date()
    {
        var user = await UserAsync("en");
        var filer = IntakeFixture.Consumer(user.Id);
        var saved = await _f.Get<IntakeService>().SaveDraftAsync(filer, _f.EligibleForm(_f.Webshop), 3, false);
        var expires = saved.Value.ExpiresAt;

        _f.Clock.SetUtcNow(expires - TimeSpan.FromDays(15));
        Assert.Equal(0, (await Job.RunOnceAsync()).Warned);
        Assert.Empty(await MailsToAsync(user.Email!));

        _f.Clock.SetUtcNow(expires - TimeSpan.FromDays(13));
        Assert.Equal(1, (await Job.RunOnceAsync()).Warned);
        var warning = Assert.Single(await MailsToAsync(user.Email!));
        Assert.Equal("en", warning.Language);
        Assert.Contains("will be deleted on", warning.TextBody);
        Assert.Contains(IntakeMailTextsDate(expires), warning.TextBody);
        Assert.Contains("/intake/bindend-advies", warning.TextBody);

        // Another round (a restart, a second server) does not mail again.
        Assert.Equal(0, (await Job.RunOnceAsync()).Warned);
        Assert.Single(await MailsToAsync(user.Email!));

        // Continuing the draft keeps it 6 more months; the warning comes again before the new date.
        var resaved = await _f.Get<IntakeService>().SaveDraftAsync(filer, _f.EligibleForm(_f.Webshop), 4, false);
        _f.Clock.SetUtcNow(resaved.Value.ExpiresAt - TimeSpan.FromDays(10));
        Assert.Equal(1, (await Job.RunOnceAsync()).Warned);
        Assert.Equal(2, (await MailsToAsync(user.Email!)).Count);
    }

    [Fact]
    public async Task An_expired_draft_is_deleted_with_its_uploads_rows_and_files()
    {
        var user = await UserAsync("nl");
        var filer = IntakeFixture.Consumer(user.Id);
        var intake = _f.Get<IntakeService>();
        var uploads = _f.Get<UploadService>();
        var saved = await intake.SaveDraftAsync(filer, _f.EligibleForm(_f.Webshop), 5, false);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%bon\n");
        Assert.True((await uploads.UploadAsync(filer, Scheme.BindingRuling, false, "bon.pdf", pdf.Length, _ => new MemoryStream(pdf))).IsSuccess);
        var root = uploads.Limits.StorePath;
        Assert.Single(Directory.GetFiles(root));

        _f.Clock.SetUtcNow(saved.Value.ExpiresAt - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await Job.RunOnceAsync()).Deleted);
        _f.Clock.SetUtcNow(saved.Value.ExpiresAt + TimeSpan.FromMinutes(1));
        var round = await Job.RunOnceAsync();

        Assert.Equal(1, round.Deleted);
        Assert.Equal(1, round.FilesDeleted);
        Assert.Empty(Directory.GetFiles(root));
        await using var db = await _f.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Set<IntakeDraft>().AnyAsync(d => d.UserId == user.Id));
        Assert.False(await db.Set<IntakeUpload>().AnyAsync(u => u.OwnerUserId == user.Id));
        Assert.Null((await intake.LoadDraftAsync(filer, Scheme.BindingRuling, false)).Value);
    }

    [Fact]
    public async Task A_draft_that_is_still_being_worked_on_is_neither_warned_of_nor_deleted()
    {
        var user = await UserAsync("de");
        var filer = IntakeFixture.Consumer(user.Id);
        var intake = _f.Get<IntakeService>();
        await intake.SaveDraftAsync(filer, _f.EligibleForm(_f.Webshop), 1, false);
        for (var month = 0; month < 8; month++)
        {
            _f.Clock.Advance(TimeSpan.FromDays(30));
            await intake.SaveDraftAsync(filer, _f.EligibleForm(_f.Webshop), 2, false);
            var round = await Job.RunOnceAsync();
            Assert.Equal(0, round.Warned);
            Assert.Equal(0, round.Deleted);
        }
        Assert.NotNull((await intake.LoadDraftAsync(filer, Scheme.BindingRuling, false)).Value);
    }

    [Fact]
    public async Task Stopping_the_host_ends_the_loop_quietly_instead_of_as_a_failed_background_service()
    {
        var job = ActivatorUtilities.CreateInstance<DraftExpiry>(_f.Services,
            Microsoft.Extensions.Options.Options.Create(new DraftExpiryOptions { Enabled = true, Period = TimeSpan.FromHours(1) }));
        await job.StartAsync(CancellationToken.None);
        await Task.Delay(200); // the first round runs; the loop then waits for the (fake) clock's next tick

        await job.StopAsync(CancellationToken.None);

        Assert.NotNull(job.ExecuteTask);
        Assert.True(job.ExecuteTask.IsCompletedSuccessfully, $"the loop ended as {job.ExecuteTask.Status}");
        job.Dispose();
    }

    /// <summary>The date as the English warning writes it (Amsterdam calendar).</summary>
    private static string IntakeMailTextsDate(DateTimeOffset at) =>
        AdrDesk.Domain.Common.AmsterdamCalendar.DateOf(at).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
