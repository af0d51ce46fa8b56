using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

/// <summary>
/// Issue 6 items 5/6: changes made by other features (workbench, desk, mediation, the due-work timer) reach the
/// parties as in-app notifications, mails in the procedure language and, for paper parties, print-queue letters.
/// The background loop is not started here (ServiceHost); the tests drive its rounds.
/// </summary>
public sealed class CaseChangeNoticesTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    private CaseChangeNotices Notices => world.Services.GetRequiredService<CaseChangeNotices>();

    /// <summary>Up to date with the trail before the change under test, as the running service would be.</summary>
    private async Task CatchUpAsync()
    {
        await Notices.SetCursorAsync();
        while (await Notices.RunOnceAsync() > 0) { }
    }

    private async Task<int> RoundsAsync()
    {
        var seen = 0;
        for (int n; (n = await Notices.RunOnceAsync()) > 0;) seen += n;
        return seen;
    }

    [Fact, Trait("Rule", "D8")]
    public async Task D8_An_assessors_step_in_the_workbench_tells_both_parties_in_the_app_and_by_mail_but_not_the_assessor()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await CatchUpAsync();

        await world.Step(CaseNumber.Parse(number).Value, c => c.DeclareDossierComplete(Assessor.Actor, world.Clock));
        Assert.True(await RoundsAsync() > 0);

        await using var db = world.Db();
        var told = await db.Set<UserNotification>().Where(n => n.CaseNumber == number && n.Kind == "DeclareDossierComplete").Select(n => n.UserId).ToListAsync();
        Assert.Equal(new[] { Consumer.Id, Webshop.Id }.Order(), told.Order());
        var mails = await db.Set<OutboxMessage>().Where(m => m.CaseNumber == number).ToListAsync();
        Assert.Contains(mails, m => m.ToAddress == Consumer.Email && m.Language == "nl" && m.TextBody.Contains("het dossier is compleet"));
        Assert.Contains(mails, m => m.ToAddress == Webshop.Email);
        Assert.DoesNotContain(mails, m => m.ToAddress == Assessor.Email);
        // The round noticed it once: another round adds nothing.
        Assert.Equal(0, await RoundsAsync());
        Assert.Equal(2, await db.Set<UserNotification>().CountAsync(n => n.CaseNumber == number && n.Kind == "DeclareDossierComplete"));
    }

    [Fact, Trait("Rule", "D8")]
    public async Task D8_The_mail_of_an_English_procedure_is_in_English()
    {
        var number = await world.NewCaseAsync(S.InformationGathering, language: Language.En);
        await CatchUpAsync();

        await world.Step(CaseNumber.Parse(number).Value, c => c.DeclareDossierComplete(Assessor.Actor, world.Clock));
        await RoundsAsync();

        await using var db = world.Db();
        var mail = await db.Set<OutboxMessage>().SingleAsync(m => m.CaseNumber == number && m.ToAddress == Consumer.Email);
        Assert.Equal("en", mail.Language);
        Assert.Contains("the file is complete", mail.TextBody);
    }

    [Fact]
    public async Task A_party_the_changing_feature_already_mailed_gets_no_second_mail_but_the_in_app_notice()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await CatchUpAsync();

        // As the workbench does: its letter to the consumer goes in the change's own transaction.
        var letter = OutboxMessage.Create(Consumer.Email, Consumer.Name, "Brief", "Zie de bijlage.", "nl", world.Clock.GetUtcNow(), number);
        var loaded = await world.LoadAsync(number);
        var version = loaded.Version;
        Assert.True(loaded.RequestInformation(Assessor.Actor, world.Clock, loaded.Consumer.Id, "Stuur de pakbon.", 14).IsSuccess);
        Assert.True((await world.Store.SaveAsync(loaded, version, db => db.Add(letter))).IsSuccess);
        await RoundsAsync();

        await using var db = world.Db();
        var toConsumer = await db.Set<OutboxMessage>().Where(m => m.CaseNumber == number && m.ToAddress == Consumer.Email).Select(m => m.Subject).ToListAsync();
        Assert.Contains("Brief", toConsumer);
        Assert.DoesNotContain(toConsumer, subject => subject.Contains("aanvullende informatie"));
        // The webshop, which the workbench did not write to, is told by mail.
        Assert.True(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Webshop.Email && m.Subject.Contains("aanvullende informatie")));
        Assert.True(await db.Set<UserNotification>().AnyAsync(n => n.CaseNumber == number && n.UserId == Consumer.Id && n.Kind == "RequestInformation"));
    }

    [Fact, Trait("Rule", "D21")]
    public async Task D21_A_paper_party_gets_a_letter_in_the_print_queue_with_the_document_the_change_issued()
    {
        var number = await world.NewCaseAsync(S.InformationGathering, paperWebshop: true);
        await CatchUpAsync();

        var documents = world.Services.GetRequiredService<IDocumentStore>();
        var issued = await documents.SaveAsync(new NewDocument(Guid.CreateVersion7(), number, DocumentKind.InformationRequest, DocumentLanguage.Nl,
            "Dossier compleet", "dossier-compleet.pdf", "application/pdf", "%PDF-1.7 brief"u8.ToArray(), new DocumentAuthor(Assessor.Id, Assessor.Name)));
        Assert.True(issued.IsSuccess);
        await world.Step(CaseNumber.Parse(number).Value, c => c.DeclareDossierComplete(Assessor.Actor, world.Clock));
        await RoundsAsync();

        await using var db = world.Db();
        var letter = await db.Set<PrintQueueEntry>().SingleAsync(p => p.CaseNumber == number && p.Subject.Contains("het dossier is compleet"));
        Assert.Equal("Fietsenwinkel BV", letter.RecipientName);
        Assert.Equal(issued.Value.Id, letter.DocumentId);
        Assert.Contains("het dossier is compleet", letter.Body);
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.CaseNumber == number && m.ToAddress == Webshop.Email), "a paper party gets no mail");
        // No address known yet: the desk is asked for one first; with it, the letter is in the one print queue.
        var printQueue = world.Services.GetRequiredService<IPrintQueue>();
        Assert.Contains((await printQueue.AddressNeededAsync(CaseManager.Principal)).Value, p => p.Id == letter.Id);
        Assert.True((await printQueue.SetAddressAsync(CaseManager.Principal, letter.Id, "Kade 2, 3011 AA Rotterdam")).IsSuccess);
        Assert.Contains((await world.CaseFile.PrintQueueAsync(CaseManager.Principal)).Value, p => p.Id == letter.Id);
    }

    [Fact]
    public async Task Staff_internal_steps_and_changes_from_before_the_first_start_are_not_told()
    {
        // A database on which the service starts for the first time: what is in the trail then is history.
        await using (var reset = world.Db())
            await reset.Set<NoticeCursor>().Where(c => c.Name == CaseChangeNotices.CursorName).ExecuteDeleteAsync();
        var before = await world.NewCaseAsync(S.Screening); // its AssignPanel would be told
        await CatchUpAsync();
        var number = await world.NewCaseAsync(S.InformationGathering);
        await RoundsAsync();
        await using (var db = world.Db())
            Assert.False(await db.Set<UserNotification>().AnyAsync(n => n.CaseNumber == before));

        await world.Step(CaseNumber.Parse(number).Value, c => c.AddStaffNote(Assessor.Actor, world.Clock, "Intern: let op de datum."));
        await RoundsAsync();
        await using var check = world.Db();
        Assert.False(await check.Set<UserNotification>().AnyAsync(n => n.CaseNumber == number && n.Kind == "AddStaffNote"));
    }

    [Fact]
    public async Task The_bell_hears_of_the_notices_it_must_count()
    {
        var number = await world.NewCaseAsync(S.InformationGathering);
        await CatchUpAsync();
        var heard = new List<IReadOnlySet<Guid>>();
        void Listen(IReadOnlySet<Guid> users) { lock (heard) heard.Add(users); }
        Notices.NoticesAdded += Listen;
        try
        {
            await world.Step(CaseNumber.Parse(number).Value, c => c.DeclareDossierComplete(Assessor.Actor, world.Clock));
            await RoundsAsync();
        }
        finally
        {
            Notices.NoticesAdded -= Listen;
        }
        Assert.Contains(heard, users => users.Contains(Consumer.Id) && users.Contains(Webshop.Id));
        Assert.DoesNotContain(heard, users => users.Contains(Assessor.Id));
    }
}
