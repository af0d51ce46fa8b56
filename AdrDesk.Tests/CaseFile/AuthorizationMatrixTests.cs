using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.CaseFile.CaseFileWorld;
using S = AdrDesk.Domain.BindingRuling.BindingRulingState;

namespace AdrDesk.Tests.CaseFile;

/// <summary>
/// Issue 6 item 9/10: every case-file action × every role × own or other case. Someone who is not on a
/// case gets <see cref="CaseNotFound"/> (never the content, never a change); someone on it gets past the
/// access check (the domain may still refuse the action itself, with its own named error).
/// </summary>
public sealed class AuthorizationMatrixTests(CaseFileWorld world) : IClassFixture<CaseFileWorld>
{
    private delegate Task<DomainError?> CaseAction(CaseFileWorld world, ClaimsPrincipal user, string number, Guid attachmentId);

    private static readonly Dictionary<string, CaseAction> Actions = new()
    {
        ["open"] = async (w, u, n, _) => (await w.CaseFile.OpenAsync(u, n)).Error,
        ["post-message"] = async (w, u, n, _) => (await w.CaseFile.PostMessageAsync(u, n, "Vraag", [Pdf()])).Error,
        ["add-submission"] = async (w, u, n, _) => (await w.CaseFile.AddSubmissionAsync(u, n, "Stuk", [Pdf()])).Error,
        ["respond"] = async (w, u, n, _) => (await w.CaseFile.RespondAsync(u, n, "Verweer")).Error,
        ["withdraw"] = async (w, u, n, _) => (await w.CaseFile.WithdrawAsync(u, n)).Error,
        ["report-settlement"] = async (w, u, n, _) => (await w.CaseFile.ReportSettlementAsync(u, n, "Terugbetaling")).Error,
        ["confirm-settlement"] = async (w, u, n, _) => (await w.CaseFile.ConfirmSettlementAsync(u, n, Guid.NewGuid())).Error,
        ["decline-settlement"] = async (w, u, n, _) => (await w.CaseFile.DeclineSettlementAsync(u, n, Guid.NewGuid())).Error,
        ["invite-representative"] = async (w, u, n, _) => (await w.CaseFile.InviteRepresentativeAsync(u, n, "nieuw@raad.example", "Nieuw", "adviseur")).Error,
        ["revoke-representative"] = async (w, u, n, _) => (await w.CaseFile.RevokeRepresentativeAsync(u, n)).Error,
        ["add-staff-note"] = async (w, u, n, _) => (await w.CaseFile.AddStaffNoteAsync(u, n, "Notitie")).Error,
        ["open-attachment"] = async (w, u, n, a) =>
        {
            var opened = await w.CaseFile.OpenAttachmentAsync(u, n, a);
            if (opened.IsSuccess) await opened.Value.DisposeAsync();
            return opened.Error;
        },
        ["download-document"] = async (w, u, n, _) =>
            await w.Services.GetRequiredService<IDocumentAccessPolicy>().CanReadAsync(u, n) ? null : new CaseNotFound(n),
    };

    /// <summary>Who is on the "own" case (consumer vs webshop, assessor assigned, representative by e-mail).</summary>
    private static readonly string[] OnOwnCase = ["consumer", "webshop", "colleague", "representative", "assessor", "casemanager", "admin"];

    /// <summary>The "other" case is between the stranger and the other webshop, handled by the other assessor.</summary>
    private static readonly string[] OnOtherCase = ["stranger", "other-webshop", "other-assessor", "casemanager", "admin"];

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var action in Actions.Keys)
            foreach (var person in Everyone)
                foreach (var own in new[] { true, false })
                    data.Add(person.Key, action, own);
        return data;
    }

    [Theory, Trait("Rule", "D13"), Trait("Rule", "D24")]
    [MemberData(nameof(Matrix))]
    public async Task Every_action_checks_case_access_for_every_role(string who, string action, bool ownCase)
    {
        var person = ByKey(who);
        var number = await world.NewCaseAsync(S.InformationGathering, own: ownCase, represented: ownCase);
        var party = ownCase ? Consumer : Stranger;
        Assert.True((await world.CaseFile.PostMessageAsync(party.Principal, number, "Bijlage", [Pdf("bon.pdf")])).IsSuccess);
        var attachment = (await world.CaseFile.OpenAsync(party.Principal, number)).Value.Attachments.Single().Id;
        var before = await world.LoadAsync(number);

        var error = await Actions[action](world, person.Principal, number, attachment);

        var onCase = (ownCase ? OnOwnCase : OnOtherCase).Contains(who);
        if (onCase)
        {
            Assert.False(error is CaseNotFound, $"{who} is on {number} but got CaseNotFound for {action}");
        }
        else
        {
            Assert.IsType<CaseNotFound>(error);
            var after = await world.LoadAsync(number);
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.State, after.State);
        }
    }

    [Theory]
    [InlineData("consumer"), InlineData("webshop"), InlineData("colleague"), InlineData("representative")]
    public async Task Parties_never_receive_staff_notes(string who)
    {
        var number = await world.NewCaseAsync(S.InformationGathering, represented: true);
        Assert.True((await world.CaseFile.AddStaffNoteAsync(Assessor.Principal, number, "Geheim")).IsSuccess);
        var view = (await world.CaseFile.OpenAsync(ByKey(who).Principal, number)).Value;
        Assert.Null(view.StaffNotes);
        Assert.DoesNotContain(view.Timeline, t => t.Text == "Geheim");
    }

    [Fact]
    public async Task A_guessed_case_number_that_does_not_exist_is_not_found_for_everyone()
    {
        foreach (var person in Everyone)
        {
            Assert.IsType<CaseNotFound>((await world.CaseFile.OpenAsync(person.Principal, "DD-2026-99999")).Error);
            Assert.IsType<CaseNotFound>((await world.CaseFile.OpenAsync(person.Principal, "../../etc")).Error);
        }
    }
}
