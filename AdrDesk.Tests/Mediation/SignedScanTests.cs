using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Agreement;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using static AdrDesk.Tests.Mediation.MediationFilesTests;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Mediation;

/// <summary>Issue 8 item 5: a hand-signed scan instead of signing in AdrDesk, verified by the desk or the mediator (M9).</summary>
public class SignedScanTests
{
    private static async Task<string> DraftedAsync(MediationKit kit)
    {
        var number = await AgreementServiceTests.InSessionsAsync(kit);
        Ok(await kit.Agreements.RecordOutcomeAsync(kit.Mediator.User, number, AgreementKind.Agreed, "Partijen zijn het eens."));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number,
            new DraftInput("De levering van 40 fietsen.", "Fietsenwinkel BV betaalt Klant BV € 1.250,00.", "Utrecht")));
        return number;
    }

    [Fact]
    [Trait("Rule", "M9")]
    public async Task M9_An_accepted_scan_is_the_partys_signature_and_with_the_other_signature_the_agreement_is_final()
    {
        await using var kit = await StartAsync();
        var number = await DraftedAsync(kit);
        Assert.IsType<SignedVersionChanged>((await kit.Scans.UploadAsync(kit.Client.User, number, 7, Pdf("getekend.pdf"), "192.0.2.9")).Error);
        var first = Ok(await kit.Scans.UploadAsync(kit.Client.User, number, 1, Pdf("getekend.pdf", "onleesbaar"), "192.0.2.9"));
        Assert.IsType<ScanAwaitingVerification>((await kit.Scans.UploadAsync(kit.Client.User, number, 1, Pdf("nog-een.pdf"), "192.0.2.9")).Error);
        Assert.Contains(await kit.OutboxAsync(), m => m.ToAddress == kit.Mediator.Email && m.Subject.Contains("handgetekende scan ontvangen"));

        // Only the desk or the mediator verify; a rejection needs a reason and goes to the party.
        Assert.IsType<OnlyStaffOrMediatorVerify>((await kit.Scans.VerifyAsync(kit.Participant.User, number, first, true, null)).Error);
        Assert.IsType<ReasonRequired>((await kit.Scans.VerifyAsync(kit.Staff.User, number, first, false, " ")).Error);
        Ok(await kit.Scans.VerifyAsync(kit.Staff.User, number, first, false, "De handtekening op pagina 2 ontbreekt."));
        Assert.IsType<ScanAlreadyDecided>((await kit.Scans.VerifyAsync(kit.Mediator.User, number, first, true, null)).Error);
        Assert.Contains(await kit.OutboxAsync(), m => m.ToAddress == kit.Client.Email && m.TextBody.Contains("De handtekening op pagina 2 ontbreekt."));
        Assert.Empty(Ok(await kit.Agreements.GetAsync(kit.Client.User, number)).Signatures);

        // The party's own scans only: the other party neither lists nor opens them.
        Assert.Empty(Ok(await kit.Agreements.GetAsync(kit.Participant.User, number)).Scans);
        Assert.IsType<MediationFileNotFound>((await kit.Scans.OpenAsync(kit.Participant.User, number, first)).Error);
        Ok(await kit.Scans.OpenAsync(kit.Client.User, number, first));
        Ok(await kit.Scans.OpenAsync(kit.Staff.User, number, first));

        kit.Clock.Advance(TimeSpan.FromMinutes(30));
        var second = Ok(await kit.Scans.UploadAsync(kit.Client.User, number, 1, Pdf("getekend-volledig.pdf"), "192.0.2.9"));
        Ok(await kit.Scans.VerifyAsync(kit.Mediator.User, number, second, true, null));
        var view = Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number));
        var signature = Assert.Single(view.Signatures);
        Assert.Equal((second, kit.Client.Name, view.Current!.Sha256), (signature.ScanId!.Value, signature.TypedName, signature.Sha256));
        Assert.Null(view.Signed);
        Assert.IsType<AlreadySigned>((await kit.Scans.UploadAsync(kit.Client.User, number, 1, Pdf(), "192.0.2.9")).Error);

        Ok(await kit.Agreements.SignAsync(kit.Participant.User, number, 1, kit.Participant.Name, "10.0.0.1"));
        view = Ok(await kit.Agreements.GetAsync(kit.Participant.User, number));
        Assert.NotNull(view.Signed);
        var c = (await kit.Store.LoadAsync<MediationCase>(AdrDesk.Domain.Schemes.CaseNumber.Parse(number).Value)).Value;
        Assert.Equal(MediationState.Closed, c.State);
        var pdf = Ok(await kit.Agreements.OpenDocumentAsync(kit.Participant.User, number, view.Signed!.DocumentId));
        var text = await Poppler.TextAsync(pdf.Content);
        Assert.Contains("Handgetekende scan", text);
        Assert.Contains("getekend-volledig.pdf", text);
        Assert.Contains("Pieter Smit", text); // the mediator who verified it
        Assert.Contains("Mark Jansen", text);

        var audit = await kit.WithDbAsync(db => db.Set<AdrDesk.Domain.Cases.AuditEntry>().Where(a => a.CaseNumber == number)
            .OrderBy(a => EF.Property<int>(a, "Sequence")).Select(a => new { a.Action, a.ActorName }).ToListAsync());
        Assert.Equal(2, audit.Count(a => a.Action == "UploadSignedScan"));
        Assert.Contains(audit, a => a.Action == "RejectSignedScan" && a.ActorName == kit.Staff.Name);
        var accepted = audit.FindIndex(a => a.Action == "AcceptSignedScan" && a.ActorName == kit.Mediator.Name);
        Assert.True(accepted >= 0);
        Assert.Equal(("Sign", kit.Client.Name), (audit[accepted + 1].Action, audit[accepted + 1].ActorName)); // the same save, in the party's name
    }

    [Fact]
    [Trait("Rule", "M9")]
    public async Task A_scan_of_a_superseded_version_cannot_be_accepted()
    {
        await using var kit = await StartAsync();
        var number = await DraftedAsync(kit);
        var scan = Ok(await kit.Scans.UploadAsync(kit.Participant.User, number, 1, Png("handtekening.png"), "10.0.0.1"));
        Ok(await kit.Agreements.DraftAsync(kit.Mediator.User, number, new DraftInput("De levering.", "Iets anders.", "Utrecht")));
        Assert.IsType<SignedVersionChanged>((await kit.Scans.VerifyAsync(kit.Mediator.User, number, scan, true, null)).Error);
        Assert.Empty(Ok(await kit.Agreements.GetAsync(kit.Mediator.User, number)).Signatures);
        Assert.Equal(ScanStatus.Pending, (await kit.WithDbAsync(db => db.Set<SignedScan>().SingleAsync())).Status);
    }
}
