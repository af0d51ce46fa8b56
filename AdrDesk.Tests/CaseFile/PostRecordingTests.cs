using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

/// <summary>D21: the desk records what a party sent by post; it counts as that party's act.</summary>
public sealed class PostRecordingTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    private CaseFileService Service => world.CaseFile;
    private DateOnly Today => AmsterdamCalendar.DateOf(world.Clock.GetUtcNow());

    private static UploadedFile Scan() => Pdf("verweer-scan.pdf");

    [Fact, Trait("Rule", "D21"), Trait("Rule", "D12")]
    public async Task D21_D12_A_response_received_by_post_moves_the_case_as_the_webshops_own_response_and_is_audited_as_post()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent, paperWebshop: true);
        var webshop = (await world.LoadAsync(number)).Webshop;
        var seen = new List<CaseEvent>();
        using var _ = world.Services.GetRequiredService<ICaseEventBus>().Subscribe(number, e => { lock (seen) seen.Add(e); return Task.CompletedTask; });

        var received = Today.AddDays(-2);
        var recorded = await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(webshop.Id, PostKind.Response, received, "Verweer per brief.", Scan()));

        Assert.True(recorded.IsSuccess, recorded.Error?.Code);
        var c = await world.LoadAsync(number);
        Assert.Equal(S.SettlementAttempt, c.State); // as if the webshop responded online
        var submission = Assert.Single(c.Submissions, s => s.Kind == SubmissionKind.PartySubmission);
        Assert.Equal(webshop.Id, submission.PartyId);
        Assert.Equal(received, submission.ReceivedByPostOn);
        Assert.Contains(seen, e => e.Kind == "RecordResponse");

        await using var db = world.Db();
        var audit = await db.Set<AuditEntry>().SingleAsync(a => a.CaseNumber == number && a.Action == "RecordResponse");
        Assert.Equal(CaseManager.Id, audit.ActorId); // who recorded it
        Assert.Equal(Role.CaseManager, audit.Role);
        Assert.Equal($"post:{received:yyyy-MM-dd}:{webshop.Name}", audit.Detail); // from post, for which party, when it arrived

        // The other side hears of it as usual; the party that acted does not.
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Consumer.Email));
        Assert.False(await db.Set<UserNotification>().AnyAsync(n => n.UserId == Webshop.Id && n.CaseNumber == number && n.Kind == "RecordResponse"));

        var consumerView = (await Service.OpenAsync(Consumer.Principal, number)).Value;
        var entry = Assert.Single(consumerView.Timeline, t => t.Kind == TimelineKind.Response);
        Assert.Equal(received, entry.ReceivedByPostOn);
        Assert.Equal("verweer-scan.pdf", Assert.Single(entry.Attachments).FileName);
    }

    [Fact, Trait("Rule", "D21"), Trait("Rule", "D13")]
    public async Task D21_D13_A_statement_received_by_post_is_the_consumers_submission()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        var consumer = (await world.LoadAsync(number)).Consumer;

        var recorded = await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(consumer.Id, PostKind.Statement, Today, "Brief met foto's.", Pdf("brief.pdf")));

        Assert.True(recorded.IsSuccess, recorded.Error?.Code);
        var c = await world.LoadAsync(number);
        var submission = Assert.Single(c.Submissions, s => s.Kind == SubmissionKind.PartySubmission && s.Content == "Brief met foto's.");
        Assert.Equal(consumer.Id, submission.PartyId);
        Assert.Equal(Today, submission.ReceivedByPostOn);
        await using var db = world.Db();
        var audit = await db.Set<AuditEntry>().Where(a => a.CaseNumber == number && a.Action == "AddSubmission").ToListAsync();
        Assert.Contains(audit, a => a.ActorId == CaseManager.Id && a.Detail == $"post:{Today:yyyy-MM-dd}:{consumer.Name}");
        var at = audit.Max(a => a.At);
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Webshop.Email && m.CreatedAt >= at));
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Consumer.Email && m.CreatedAt >= at));
    }

    [Theory, Trait("Rule", "D21")]
    [InlineData("consumer")]
    [InlineData("webshop")]
    [InlineData("assessor")]
    public async Task D21_Only_the_desk_records_post(string who)
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent);
        var webshop = (await world.LoadAsync(number)).Webshop;
        var refused = await Service.RecordPostAsync(ByKey(who).Principal, number, new PostItem(webshop.Id, PostKind.Response, Today, "Verweer.", Scan()));
        Assert.IsType<DeskStaffOnly>(refused.Error);
        Assert.Equal(S.ForwardedToRespondent, (await world.LoadAsync(number)).State);
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_A_bad_scan_a_future_date_or_the_wrong_party_leaves_nothing_saved()
    {
        var number = await world.NewCaseAsync(S.ForwardedToRespondent);
        var c = await world.LoadAsync(number);
        var docx = new UploadedFile("verweer.txt", "text/plain", "tekst"u8.ToArray());

        Assert.IsType<PostScanRequired>((await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(c.Webshop.Id, PostKind.Response, Today, "x", null))).Error);
        Assert.IsType<FileTypeNotAllowed>((await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(c.Webshop.Id, PostKind.Response, Today, "x", docx))).Error);
        Assert.IsType<FileContentMismatch>((await Service.RecordPostAsync(CaseManager.Principal, number,
            new PostItem(c.Webshop.Id, PostKind.Response, Today, "x", new UploadedFile("scan.pdf", "application/pdf", "MZ\u0090\0\u0003\0\0\0"u8.ToArray())))).Error);
        Assert.IsType<PostDateInFuture>((await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(c.Webshop.Id, PostKind.Response, Today.AddDays(1), "x", Scan()))).Error);
        Assert.IsType<OnlyRespondentMayRespond>((await Service.RecordPostAsync(CaseManager.Principal, number, new PostItem(c.Consumer.Id, PostKind.Response, Today, "x", Scan()))).Error);

        var after = await world.LoadAsync(number);
        Assert.Equal(S.ForwardedToRespondent, after.State);
        Assert.Empty(after.Submissions);
        await using var db = world.Db();
        Assert.False(await db.Set<CaseAttachment>().AnyAsync(a => a.CaseNumber == number));
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_No_letter_is_queued_without_an_address_the_desk_enters_it_first()
    {
        var number = await world.NewCaseAsync(S.InformationGathering, paperWebshop: true);
        var printQueue = world.Services.GetRequiredService<IPrintQueue>();

        Assert.True((await Service.AddSubmissionAsync(Consumer.Principal, number, "Nog een foto.", [Pdf()])).IsSuccess);

        var waiting = (await printQueue.WaitingAsync(CaseManager.Principal)).Value;
        Assert.DoesNotContain(waiting, l => l.CaseNumber == number);
        Assert.DoesNotContain((await Service.PrintQueueAsync(CaseManager.Principal)).Value, l => l.CaseNumber == number);
        var held = Assert.Single((await printQueue.AddressNeededAsync(CaseManager.Principal)).Value, l => l.CaseNumber == number);
        Assert.Equal("Fietsenwinkel BV", held.RecipientName);

        Assert.IsType<AddressRequired>((await printQueue.SetAddressAsync(CaseManager.Principal, held.Id, "  ")).Error);
        Assert.IsType<NotAllowedOnThisCase>((await printQueue.SetAddressAsync(Consumer.Principal, held.Id, "Stationsweg 1, 1234 AB Utrecht")).Error);
        Assert.True((await printQueue.SetAddressAsync(CaseManager.Principal, held.Id, "Stationsweg 1, 1234 AB Utrecht")).IsSuccess);

        var queued = Assert.Single((await printQueue.WaitingAsync(CaseManager.Principal)).Value, l => l.Id == held.Id);
        Assert.Equal("Stationsweg 1, 1234 AB Utrecht", queued.Address);
        Assert.DoesNotContain((await printQueue.AddressNeededAsync(CaseManager.Principal)).Value, l => l.CaseNumber == number);

        // The next letter to that party takes the address now known.
        Assert.True((await Service.AddSubmissionAsync(Consumer.Principal, number, "En de bon.", [Pdf()])).IsSuccess);
        Assert.Equal(2, (await printQueue.WaitingAsync(CaseManager.Principal)).Value.Count(l => l.CaseNumber == number && l.Address == "Stationsweg 1, 1234 AB Utrecht"));
        Assert.DoesNotContain((await printQueue.AddressNeededAsync(CaseManager.Principal)).Value, l => l.CaseNumber == number);
    }
}
