using AdrDesk.Domain.Common;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Pages;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Features.Intake.Uploads;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Drafts;

/// <summary>"Drafts" section: how often the job runs and how many days before expiry the filer is warned.</summary>
public sealed class DraftExpiryOptions
{
    public const string Section = "Drafts";

    public bool Enabled { get; set; } = true;
    public TimeSpan Period { get; set; } = TimeSpan.FromHours(1);
    public int WarnDaysBefore { get; set; } = 14;
}

/// <summary>
/// Issue 5 item 4: a draft expires 6 months after its last change (<see cref="IntakeDraft.Lifetime"/>) and the filer is
/// told. Each round mails a warning (in the filer's language, with the link to continue) to every filer whose draft
/// expires within <see cref="DraftExpiryOptions.WarnDaysBefore"/> days and who was not yet warned of that date, and
/// deletes the drafts that have expired with their uploads (rows and files). The warning and its mark are committed
/// together, so a round that is repeated (restart, a second server) does not mail twice.
/// </summary>
public sealed class DraftExpiry(
    IDbContextFactory<AdrDbContext> factory, IOptions<DraftExpiryOptions> options, IOptions<UploadOptions> uploads, IOptions<MailOptions> mail, IOptions<DeskOptions> desk,
    OutboxSignal outbox, TimeProvider clock, ILogger<DraftExpiry> logger) : BackgroundService
{
    public sealed record Round(int Warned, int Deleted, int FilesDeleted);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.Period, clock);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Draft expiry round failed; trying again next round");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (or disposed before it started): end quietly, not as a failed background service.
        }
    }

    public Task<Round> RunOnceAsync(CancellationToken ct = default) =>
        // Issue 17: one server at a time (ClusterWork), or two would warn of the same expiry.
        ClusterWork.AloneAsync(factory, nameof(DraftExpiry), () => RunOnceHereAsync(ct), ct);

    private async Task<Round> RunOnceHereAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var warnFrom = now + TimeSpan.FromDays(options.Value.WarnDaysBefore);
        await using var db = await factory.CreateDbContextAsync(ct);

        // 1. Warn: expiring soon, not yet warned of this expiry date.
        var expiring = await db.Set<IntakeDraft>()
            .Where(d => d.ExpiresAt > now && d.ExpiresAt <= warnFrom && (d.ExpiryWarnedFor == null || d.ExpiryWarnedFor != d.ExpiresAt))
            .OrderBy(d => d.ExpiresAt).Take(500).ToListAsync(ct);
        var userIds = expiring.Select(d => d.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredLanguage }).ToDictionaryAsync(u => u.Id, ct);
        var warned = 0;
        foreach (var draft in expiring)
        {
            draft.ExpiryWarnedFor = draft.ExpiresAt;
            if (!users.TryGetValue(draft.UserId, out var user) || string.IsNullOrWhiteSpace(user.Email)) continue;
            var language = user.PreferredLanguage switch { "en" => Language.En, "de" => Language.De, _ => Language.Nl };
            var link = $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/{(draft.Paper ? "desk/paper-intake" : $"intake/{SchemeSlugs.Of(draft.Scheme)}")}";
            // The last day it can still be continued: the Amsterdam date of the instant it expires.
            var (subject, body) = IntakeMailTexts.DraftExpiring(language, user.DisplayName, AmsterdamCalendar.DateOf(draft.ExpiresAt), link, desk.Value.Name);
            db.Add(OutboxMessage.Create(user.Email, user.DisplayName, subject, body, IntakeSubmission.Code(language), now));
            warned++;
        }
        await db.SaveChangesAsync(ct);
        if (warned > 0) outbox.Wake();

        // 2. Delete what has expired, with the uploads that belonged only to the draft (not those already in a case).
        var expired = await db.Set<IntakeDraft>().AsNoTracking().Where(d => d.ExpiresAt <= now).OrderBy(d => d.ExpiresAt).ThenBy(d => d.Id).Select(d => d.Id).Take(500).ToListAsync(ct);
        if (expired.Count == 0) return new Round(warned, 0, 0);
        var files = await db.Set<IntakeUpload>().AsNoTracking()
            .Where(u => u.DraftId != null && expired.Contains(u.DraftId.Value) && u.CaseNumber == null).Select(u => u.StoredName).ToListAsync(ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<IntakeUpload>().Where(u => u.DraftId != null && expired.Contains(u.DraftId.Value) && u.CaseNumber == null).ExecuteDeleteAsync(ct);
            await db.Set<IntakeDraft>().Where(d => expired.Contains(d.Id)).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        // Files after the commit: a file without a row is harmless, a row without its file is not.
        var root = Path.GetFullPath(uploads.Value.StorePath);
        var deletedFiles = 0;
        foreach (var name in files)
        {
            var path = Path.Combine(root, Path.GetFileName(name));
            if (!File.Exists(path)) continue;
            File.Delete(path);
            deletedFiles++;
        }
        logger.LogInformation("Draft expiry: {Warned} warned, {Deleted} expired drafts deleted ({Files} files)", warned, expired.Count, deletedFiles);
        return new Round(warned, expired.Count, deletedFiles);
    }
}
