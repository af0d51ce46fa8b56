using System.Reflection;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Bemiddeling;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Features.Mediation.Post;
using AdrDesk.Infrastructure.Circuits;
using AdrDesk.Tests.Mediation;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 19 item 5, nothing lost silently: every limit in FieldLimits fits one circuit message, and each mediation and
/// bemiddeling service refuses a text over its field's limit whole, with FieldTooLong, before anything is stored.
/// </summary>
public sealed class FieldLimitsTests : IAsyncLifetime
{
    private MediationKit _kit = default!;

    public async Task InitializeAsync() => _kit = await MediationKit.StartAsync();

    public async Task DisposeAsync() => await _kit.DisposeAsync();

    private static string Over(int max) => new('x', max + 1);

    private static void TooLong(Result result, int max)
    {
        var error = Assert.IsType<FieldTooLong>(result.Error);
        Assert.Equal(max, error.Max);
        Assert.Equal(max + 1, error.Length);
    }

    public static TheoryData<string, int> Limits()
    {
        var data = new TheoryData<string, int>();
        foreach (var field in typeof(FieldLimits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            data.Add(field.Name, (int)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Every_field_limit_fits_in_one_circuit_message(string field, int limit) =>
        Assert.True(CircuitLimits.Fits(limit), $"{field}: {CircuitLimits.WorstCaseBytes(limit)} bytes > {CircuitLimits.MaxReceiveMessageBytes}");

    [Fact, Trait("Rule", "M6")]
    public async Task M6_a_position_over_its_limit_is_refused_and_the_party_can_still_submit_a_shorter_one()
    {
        var number = await _kit.NewMediationAsync();
        MediationKit.Ok(await _kit.Mediations.AcknowledgeAsync(_kit.Participant.User, number));

        TooLong(await _kit.Mediations.SubmitPositionAsync(_kit.Participant.User, number, Over(FieldLimits.MediationPosition)), FieldLimits.MediationPosition);
        MediationKit.Ok(await _kit.Mediations.SubmitPositionAsync(_kit.Participant.User, number, new string('y', FieldLimits.MediationPosition)));
    }

    [Fact, Trait("Rule", "M9")]
    public async Task M9_agreement_texts_and_a_proposed_change_over_their_limits_are_refused()
    {
        var number = await _kit.NewMediationAsync();
        var agreements = _kit.Agreements;
        TooLong((await agreements.DraftAsync(_kit.Mediator.User, number, new DraftInput(Over(FieldLimits.AgreementDispute), "1. Terug", "Utrecht"))).AsResult(), FieldLimits.AgreementDispute);
        TooLong((await agreements.DraftAsync(_kit.Mediator.User, number, new DraftInput("Geschil", Over(FieldLimits.AgreementTerms), "Utrecht"))).AsResult(), FieldLimits.AgreementTerms);
        TooLong((await agreements.DraftAsync(_kit.Mediator.User, number, new DraftInput("Geschil", "1. Terug", Over(FieldLimits.AgreementPlace)))).AsResult(), FieldLimits.AgreementPlace);
        TooLong(await agreements.ProposeChangeAsync(_kit.Participant.User, number, Over(FieldLimits.AgreementChange)), FieldLimits.AgreementChange);
    }

    [Fact, Trait("Rule", "M8")]
    public async Task M8_an_outcome_summary_over_its_limit_is_refused() =>
        TooLong(await _kit.Agreements.RecordOutcomeAsync(_kit.Mediator.User, await _kit.NewMediationAsync(),
            AdrDesk.Domain.Mediation.AgreementKind.Agreed, Over(FieldLimits.OutcomeSummary)), FieldLimits.OutcomeSummary);

    [Fact, Trait("Rule", "M7")]
    public async Task M7_a_cancellation_reason_over_its_limit_is_refused() =>
        TooLong(await _kit.Scheduling.CancelAsync(_kit.Mediator.User, await _kit.NewMediationAsync(), Guid.NewGuid(), Over(FieldLimits.SessionCancelReason)),
            FieldLimits.SessionCancelReason);

    [Fact, Trait("Rule", "M9")]
    public async Task M9_a_scan_rejection_reason_over_its_limit_is_refused() =>
        TooLong(await _kit.Scans.VerifyAsync(_kit.Staff.User, await _kit.NewMediationAsync(), Guid.NewGuid(), accept: false, Over(FieldLimits.ScanRejectionReason)),
            FieldLimits.ScanRejectionReason);

    [Fact]
    public async Task A_mediation_post_note_over_its_limit_is_refused()
    {
        var post = _kit.Services.GetRequiredService<MediationPostService>();
        var item = new MediationPostItem(Guid.NewGuid(), MediationPostKind.Principles, new DateOnly(2026, 3, 2), Over(FieldLimits.MediationPostText),
            new MediationUpload("brief.pdf", "%PDF-1.4\n"u8.ToArray()));
        TooLong(await post.RecordAsync(_kit.Staff.User, await _kit.NewMediationAsync(), item), FieldLimits.MediationPostText);
    }

    [Fact, Trait("Rule", "B2"), Trait("Rule", "B3")]
    public async Task B2_B3_bemiddeling_reasons_outcomes_and_post_notes_over_their_limit_are_refused()
    {
        var bemiddeling = _kit.Services.GetRequiredService<BemiddelingService>();
        var over = Over(FieldLimits.BemiddelingText);
        TooLong(await bemiddeling.DeclareNotQualifyingAsync(_kit.Staff.User, "B-2026-0001", over), FieldLimits.BemiddelingText);
        TooLong(await bemiddeling.ResolveDirectlyAsync(_kit.Staff.User, "B-2026-0001", over), FieldLimits.BemiddelingText);
        TooLong(await bemiddeling.EscalateAsync(_kit.Consumer.User, "B-2026-0001", over), FieldLimits.BemiddelingText);
        TooLong(await bemiddeling.RecordPostAsync(_kit.Staff.User, "B-2026-0001",
            new BemiddelingPostItem(Guid.NewGuid(), MediationPostKind.Principles, new DateOnly(2026, 3, 2), over, null)), FieldLimits.BemiddelingText);
    }

    [Fact, Trait("Rule", "D18"), Trait("Rule", "D25h")]
    public async Task D18_D25h_register_dialog_texts_over_their_limits_are_refused()
    {
        await using var scope = _kit.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<AdrDesk.Features.Register.RegisterService>();
        var over = Over(FieldLimits.RegisterName);
        TooLong((await register.RegisterOrganisationAsync(_kit.Staff.User,
            new AdrDesk.Features.Register.NewOrganisation(over, "12345678", "NL", ["shop.example"], null, false, true, null))).AsResult(), FieldLimits.RegisterName);
        TooLong(await register.EditOrganisationAsync(_kit.Staff.User, Guid.NewGuid(),
            new AdrDesk.Features.Register.OrganisationEdit("Shop B.V.", ["shop.example"], null, false, true)
            {
                Contact = AdrDesk.Features.Register.ContactInput.Empty with { City = Over(FieldLimits.RegisterContactLine) },
            }), FieldLimits.RegisterContactLine);
        TooLong(await register.ChangeStatusAsync(_kit.Staff.User, Guid.NewGuid(), AdrDesk.Domain.Register.OrganisationStatus.Bankrupt,
            new DateOnly(2026, 3, 2), Over(FieldLimits.RegisterStatusReason)), FieldLimits.RegisterStatusReason);
    }

    [Fact]
    public void The_check_lets_a_text_at_the_limit_and_no_text_through()
    {
        Assert.True(FieldLimits.Check(new string('€', FieldLimits.MediumText), FieldLimits.MediumText).IsSuccess);
        Assert.True(FieldLimits.Check(null, FieldLimits.Line).IsSuccess);
        Assert.IsType<FieldTooLong>(FieldLimits.Check(Over(FieldLimits.Line), FieldLimits.Line).Error);
    }
}
