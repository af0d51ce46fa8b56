using System.Text;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Intake;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.Intake;

/// <summary>
/// Issue 5 items 5 and 12: the filing receipt is issued after the submission's commit. What is owed survives a failure
/// (retried with back-off, without holding up the other receipts) and a crash between storing and mailing (not issued twice).
/// </summary>
public sealed class ReceiptDeliveryTests : IAsyncLifetime
{
    private IntakeFixture _f = default!;

    public async Task InitializeAsync() => _f = await IntakeFixture.StartAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    private ReceiptDelivery Delivery => _f.Services.GetRequiredService<ReceiptDelivery>();

    private async Task<AdrDbContext> DbAsync() => await _f.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();

    private async Task<string> FileAsync()
    {
        using var scope = _f.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{Guid.NewGuid():N}"[..10] + "@test.adrdesk.nl";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Test", CreatedAt = _f.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, "Test-2026-pass")).Succeeded);
        await users.AddToRoleAsync(user, SecurityRoles.Consumer);
        var filed = await _f.Get<IntakeSubmission>().SubmitAsync(IntakeFixture.Consumer(user.Id), _f.EligibleForm(_f.Webshop), false, Language.Nl);
        Assert.True(filed.IsSuccess, filed.Error?.Message(Language.En));
        return filed.Value.Number;
    }

    [Fact]
    public async Task A_receipt_that_cannot_be_issued_is_retried_with_back_off_and_does_not_hold_up_the_next()
    {
        var broken = await FileAsync();
        var good = await FileAsync();
        await using (var db = await DbAsync())
            await db.Set<PendingReceipt>().Where(r => r.CaseNumber == broken).ExecuteUpdateAsync(u => u.SetProperty(r => r.ModelJson, "{\"caseNumber\":1}"));

        Assert.Equal(1, await Delivery.RunOnceAsync());

        await using var check = await DbAsync();
        Assert.Single(await check.Outbox.Where(m => m.CaseNumber == good).ToListAsync());
        Assert.False(await check.Outbox.AnyAsync(m => m.CaseNumber == broken));
        var owed = await check.Set<PendingReceipt>().AsNoTracking().SingleAsync(r => r.CaseNumber == broken);
        Assert.Equal(1, owed.Attempts);
        Assert.Equal(_f.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), owed.NextAttemptAt);
        Assert.False(string.IsNullOrWhiteSpace(owed.LastError));

        // Not before its back-off; then tried again (and still failing, the second wait is longer).
        Assert.Equal(0, await Delivery.RunOnceAsync());
        Assert.Equal(1, (await check.Set<PendingReceipt>().AsNoTracking().SingleAsync(r => r.CaseNumber == broken)).Attempts);
        _f.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await Delivery.RunOnceAsync());
        owed = await check.Set<PendingReceipt>().AsNoTracking().SingleAsync(r => r.CaseNumber == broken);
        Assert.Equal(2, owed.Attempts);
        Assert.Equal(_f.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), owed.NextAttemptAt);
    }

    [Fact]
    public async Task A_receipt_stored_before_a_crash_is_mailed_as_stored_and_not_issued_again()
    {
        var number = await FileAsync();
        Guid documentId;
        await using (var db = await DbAsync())
            documentId = (await db.Set<PendingReceipt>().SingleAsync(r => r.CaseNumber == number)).DocumentId;
        // The first attempt stored the receipt and then stopped before its mail was committed.
        var earlier = Encoding.UTF8.GetBytes("<html><body>receipt stored by the first attempt</body></html>");
        Assert.True((await _f.Get<IDocumentStore>().SaveAsync(new NewDocument(documentId, number, DocumentKind.FilingReceipt, DocumentLanguage.Nl,
            "Ontvangstbevestiging", $"{number}-receipt.html", "text/html; charset=utf-8", earlier, new DocumentAuthor(Guid.NewGuid(), "Test"), null))).IsSuccess);

        Assert.Equal(1, await Delivery.RunOnceAsync());

        await using var check = await DbAsync();
        var mail = await check.Outbox.Include(m => m.Attachments).SingleAsync(m => m.CaseNumber == number);
        Assert.Equal(earlier, Assert.Single(mail.Attachments).Content);
        Assert.Single(await check.Set<StoredDocument>().Where(d => d.CaseNumber == number).ToListAsync());
        Assert.False(await check.Set<PendingReceipt>().AnyAsync());
        Assert.Equal(0, await Delivery.RunOnceAsync());
    }
}
