using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Cases;
using AdrDesk.Features.PublishedRulings;
using AdrDesk.Features.PublishedRulings.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using AppRoles = AdrDesk.Security.Roles;

namespace AdrDesk.Tests.PublishedRulings;

/// <summary>Issue 20 item 2: preparing, approving and withdrawing a published ruling; the public register's reads.</summary>
public sealed class PublishedRulingServiceTests : IAsyncLifetime
{
    private WorkbenchKit _kit = default!;
    public async Task InitializeAsync() => _kit = await WorkbenchKit.StartAsync();
    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private PublishedRulingService Service => _kit.Get<PublishedRulingService>();
    private PublicRulingRegister Register => _kit.Get<PublicRulingRegister>();

    private static PublicationEdit Clean(RulingSubject subject = RulingSubject.Defective, RulingOutcome outcome = RulingOutcome.Upheld) => new(
        "Fietsenwinkel BV betaalt de consument € 480,00 terug.",
        "De consument bestelde een fiets met een gebroken frame. Fietsenwinkel BV draagt het risico.",
        "Betaling op de rekening van de consument.", subject, outcome);

    private async Task<List<AuditEntry>> TrailAsync(string number)
    {
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        return await db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseNumber == number).ToListAsync();
    }

    [Fact, Trait("Rule", "D19")]
    public async Task The_desk_sees_the_original_beside_a_suggestion_without_the_consumers_name_or_contact_details()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);

        var desk = ResultAssert.Ok(await Service.OpenAsync(_kit.Desk.Principal, c.Number.ToString()));

        Assert.Equal(PublishedRulingKit.Reasons, desk.Original.Reasons);
        var suggested = string.Join("\n", desk.Suggestion.Reasons, desk.Suggestion.Decision, desk.Suggestion.Compliance);
        foreach (var identifying in new[] { "Sanne", "Vries", "sanne@example.com", "06-12345678", "Kerkstraat", "1234 AB", "2026-88812", "NL91" })
        {
            Assert.DoesNotContain(identifying, suggested, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Fietsenwinkel BV", desk.Suggestion.Reasons); // the webshop is what the register is about
        Assert.Contains("[consument]", desk.Suggestion.Decision);
        Assert.Equal(RulingOutcome.Upheld, desk.Suggestion.Outcome); // the webshop must comply
        Assert.True(desk.Replacements >= 8, desk.Replacements.ToString());
        Assert.Null(desk.Saved);
    }

    [Fact, Trait("Rule", "D19")]
    public async Task Only_a_final_ruling_is_published_not_one_in_preparation_nor_issued_but_unsent()
    {
        var preparing = await PublishedRulingKit.RulingAsync(_kit, issue: false);
        var unsent = await PublishedRulingKit.RulingAsync(_kit, send: false);

        ResultAssert.Fails<RulingNotFinal, PublicationDesk>(await Service.OpenAsync(_kit.Desk.Principal, preparing.Number.ToString()));
        ResultAssert.Fails<RulingNotFinal, PublishedRuling>(await Service.ApproveAsync(_kit.Desk.Principal, unsent.Number.ToString(), Clean()));
        ResultAssert.Fails<RulingNotFinal, PublicationStatus?>(await Service.StatusAsync(_kit.Desk.Principal, unsent.Number.ToString()));
    }

    [Fact]
    public async Task Only_a_case_manager_prepares_approves_or_withdraws()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);
        var n = c.Number.ToString();
        var admin = await _kit.PersonAsync("Beheer", AppRoles.Admin);

        foreach (var other in new[] { admin, _kit.A1, _kit.Consumer, _kit.Shop })
        {
            ResultAssert.Fails<PublicationByCaseManagerOnly, PublicationDesk>(await Service.OpenAsync(other.Principal, n));
            ResultAssert.Fails<PublicationByCaseManagerOnly, PublishedRuling>(await Service.ApproveAsync(other.Principal, n, Clean()));
        }
        // Someone with no part in the case learns nothing about it.
        ResultAssert.Fails<CaseNotFound, PublishedRuling>(await Service.SaveAsync(_kit.Outsider.Principal, n, Clean()));
        ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, n, Clean()));
        ResultAssert.Fails<PublicationByCaseManagerOnly, PublishedRuling>(await Service.WithdrawAsync(admin.Principal, n, "Fout."));
        Assert.NotNull(await Register.GetAsync((await Register.SearchAsync(new RulingQuery())).Items.Single().Id));
    }

    [Fact]
    public async Task A_saved_draft_is_not_public_an_approval_publishes_it_and_is_audited_with_who_and_when()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);
        var n = c.Number.ToString();

        var draft = ResultAssert.Ok(await Service.SaveAsync(_kit.Desk.Principal, n, Clean()));
        Assert.Equal(PublicationStatus.Draft, draft.Status);
        Assert.Null(await Register.GetAsync(draft.Id));
        Assert.Equal(0, (await Register.SearchAsync(new RulingQuery())).Total);

        _kit.Clock.Advance(TimeSpan.FromMinutes(10));
        var approved = ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, n, Clean()));

        Assert.Equal(PublicationStatus.Approved, approved.Status);
        Assert.Equal(_kit.Desk.Id, approved.ApprovedById);
        Assert.Equal(_kit.Desk.Name, approved.ApprovedByName);
        Assert.Equal(_kit.Clock.GetUtcNow(), approved.ApprovedAt);
        var published = await Register.GetAsync(approved.Id);
        Assert.NotNull(published);
        Assert.Equal(Clean().Reasons, published.Ruling.Reasons);
        var trail = await TrailAsync(n);
        var approval = Assert.Single(trail, a => a.Action == "PublicationApproved");
        Assert.Equal(_kit.Desk.Id, approval.ActorId);
        Assert.Equal(_kit.Clock.GetUtcNow(), approval.At);
        Assert.Equal("Draft", approval.Before);
        Assert.Equal("Approved", approval.After);
        Assert.Single(trail, a => a.Action == "PublicationSaved");

        // Editing a public version takes it off until it is approved again.
        ResultAssert.Ok(await Service.SaveAsync(_kit.Desk.Principal, n, Clean() with { Decision = "Fietsenwinkel BV betaalt € 400,00." }));
        Assert.Null(await Register.GetAsync(approved.Id));
    }

    [Fact]
    public async Task Approval_is_refused_while_the_consumers_name_or_contact_details_remain_and_nothing_is_published()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);
        var n = c.Number.ToString();

        var refused = ResultAssert.Fails<IdentifyingTextRemains, PublishedRuling>(
            await Service.ApproveAsync(_kit.Desk.Principal, n, Clean() with { Reasons = "De klacht van sanne is gegrond." }));
        Assert.Equal(IdentifyingKind.ConsumerName, refused.Kind);
        ResultAssert.Fails<IdentifyingTextRemains, PublishedRuling>(
            await Service.ApproveAsync(_kit.Desk.Principal, n, Clean() with { Compliance = "Betaal op NL91 ABNA 0417 1643 00." }));
        ResultAssert.Fails<PublishedTextRequired, PublishedRuling>(await Service.SaveAsync(_kit.Desk.Principal, n, Clean() with { Decision = " " }));
        ResultAssert.Fails<PublishedTextTooLong, PublishedRuling>(
            await Service.SaveAsync(_kit.Desk.Principal, n, Clean() with { Reasons = new string('x', 20_001) }));

        Assert.Equal(0, (await Register.SearchAsync(new RulingQuery())).Total);
        Assert.DoesNotContain(await TrailAsync(n), a => a.Action.StartsWith("Publication", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_withdrawn_ruling_is_not_listed_nor_readable_and_the_withdrawal_is_audited()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);
        var n = c.Number.ToString();
        var approved = ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, n, Clean()));
        Assert.Equal(1, (await Register.SearchAsync(new RulingQuery())).Total);

        ResultAssert.Fails<WithdrawalReasonRequired, PublishedRuling>(await Service.WithdrawAsync(_kit.Desk.Principal, n, "  "));
        _kit.Clock.Advance(TimeSpan.FromDays(1));
        var withdrawn = ResultAssert.Ok(await Service.WithdrawAsync(_kit.Desk.Principal, n, "Partij herkenbaar uit de feiten."));

        Assert.Equal(PublicationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(_kit.Clock.GetUtcNow(), withdrawn.WithdrawnAt);
        Assert.Equal(0, (await Register.SearchAsync(new RulingQuery())).Total);
        Assert.Null(await Register.GetAsync(approved.Id));
        Assert.Empty((await Register.CountsAsync()));
        Assert.Empty((await Register.ForWebshopAsync(_kit.Webshop.Id))!.Rulings);
        var entry = Assert.Single(await TrailAsync(n), a => a.Action == "PublicationWithdrawn");
        Assert.Equal(_kit.Desk.Id, entry.ActorId);
        Assert.Equal("Partij herkenbaar uit de feiten.", entry.Detail);
    }

    [Fact]
    public async Task The_public_list_searches_filters_pages_and_sorts()
    {
        var cases = new List<(string Number, PublicationEdit Edit)>
        {
            ((await PublishedRulingKit.RulingAsync(_kit)).Number.ToString(), Clean(RulingSubject.Defective, RulingOutcome.Upheld)),
            ((await PublishedRulingKit.RulingAsync(_kit)).Number.ToString(),
                Clean(RulingSubject.NotDelivered, RulingOutcome.Rejected) with { Reasons = "Het PAKKET is volgens de vervoerder bezorgd." }),
            ((await PublishedRulingKit.RulingAsync(_kit)).Number.ToString(), Clean(RulingSubject.Refund, RulingOutcome.PartlyUpheld)),
        };
        foreach (var (number, edit) in cases) ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, number, edit));

        Assert.Equal(3, (await Register.SearchAsync(new RulingQuery())).Total);
        var pakket = await Register.SearchAsync(new RulingQuery(Text: "pakket bezorgd"));
        Assert.Equal(cases[1].Number, Assert.Single(pakket.Items).CaseNumber);
        Assert.Equal(cases[0].Number, Assert.Single((await Register.SearchAsync(new RulingQuery(Subject: RulingSubject.Defective))).Items).CaseNumber);
        Assert.Equal(cases[2].Number, Assert.Single((await Register.SearchAsync(new RulingQuery(Outcome: RulingOutcome.PartlyUpheld))).Items).CaseNumber);
        Assert.Equal(3, (await Register.SearchAsync(new RulingQuery(Year: 2026, Webshop: _kit.Webshop.Id))).Total);
        Assert.Equal(0, (await Register.SearchAsync(new RulingQuery(Year: 2025))).Total);
        Assert.Equal(0, (await Register.SearchAsync(new RulingQuery(Webshop: Guid.NewGuid()))).Total);

        // Newest ruling first by default; oldest first when asked.
        var newest = await Register.SearchAsync(new RulingQuery());
        Assert.Equal(cases.Select(x => x.Number).Reverse(), newest.Items.Select(i => i.CaseNumber));
        var oldest = await Register.SearchAsync(new RulingQuery(OldestFirst: true));
        Assert.Equal(cases.Select(x => x.Number), oldest.Items.Select(i => i.CaseNumber));

        var filters = await Register.FiltersAsync();
        Assert.Equal([2026], filters.Years);
        Assert.Equal(_kit.Webshop.Id, Assert.Single(filters.Webshops).Id);
        Assert.Equal(3, (await Register.CountsAsync())[_kit.Webshop.Id]);
    }

    [Fact]
    public async Task Paging_keeps_ten_to_a_page_and_clamps_a_page_past_the_end()
    {
        for (var i = 0; i < 11; i++)
        {
            var c = await PublishedRulingKit.RulingAsync(_kit);
            ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, c.Number.ToString(), Clean()));
        }

        var first = await Register.SearchAsync(new RulingQuery());
        var second = await Register.SearchAsync(new RulingQuery(Page: 2));
        var past = await Register.SearchAsync(new RulingQuery(Page: 99));

        Assert.Equal((10, 11, 2), (first.Items.Count, first.Total, first.Pages));
        Assert.Single(second.Items);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(2, past.Page);
    }

    [Fact, Trait("Rule", "D18")]
    public async Task A_webshops_page_lists_its_rulings_with_whether_each_was_complied_with()
    {
        var complied = await PublishedRulingKit.RulingAsync(_kit);
        var running = await PublishedRulingKit.RulingAsync(_kit);
        ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, complied.Number.ToString(), Clean()));
        ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, running.Number.ToString(), Clean()));
        complied = await _kit.LoadAsync(complied);
        await _kit.StepAsync(complied, x => x.ConfirmCompliance(_kit.Desk.Actor, _kit.Clock));

        var page = await Register.ForWebshopAsync(_kit.Webshop.Id);

        Assert.NotNull(page);
        Assert.Equal("Fietsenwinkel BV", page.LegalName);
        Assert.False(page.Removed);
        Assert.Equal(ComplianceStatus.Complied, page.Rulings.Single(r => r.CaseNumber == complied.Number.ToString()).Compliance);
        Assert.Equal(ComplianceStatus.Pending, page.Rulings.Single(r => r.CaseNumber == running.Number.ToString()).Compliance);
        Assert.Null(await Register.ForWebshopAsync(Guid.NewGuid()));
    }

    [Fact, Trait("Rule", "D24")]
    public async Task The_published_version_is_erased_with_the_cases_data()
    {
        var c = await PublishedRulingKit.RulingAsync(_kit);
        var n = c.Number.ToString();
        var approved = ResultAssert.Ok(await Service.ApproveAsync(_kit.Desk.Principal, n, Clean()));
        c = await _kit.LoadAsync(c);
        await _kit.StepAsync(c, x => x.ConfirmCompliance(_kit.Desk.Actor, _kit.Clock));
        await _kit.StepAsync(c, x => x.Close(_kit.Desk.Actor, _kit.Clock));
        _kit.Clock.Advance(TimeSpan.FromDays(2 * 366 + 2));
        await _kit.StepAsync(c, x => x.EraseData(Actor.System, _kit.Clock));
        Assert.NotNull(await Register.GetAsync(approved.Id)); // the row waits for the eraser's round (files first, then rows)

        var round = await _kit.Get<ErasedCaseFiles>().RunOnceAsync();

        Assert.True(round.Cases >= 1);
        Assert.Null(await Register.GetAsync(approved.Id));
        await using var db = await _kit.Get<IDbContextFactory<AdrDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Set<PublishedRuling>().AnyAsync(r => r.CaseNumber == n));
    }
}
