using AdrDesk.Features.Mediation;
using AdrDesk.Features.Mediation.Components;
using AdrDesk.Features.Mediation.Files;
using AdrDesk.Tests.Mediation;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using static AdrDesk.Tests.Mediation.MediationKit;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 1 (file upload on MudBlazor) and M6: a party adds a document to its position with a MudFileUpload whose
/// file input is named by "Document toevoegen" (the browser journey finds it so); a too large file or a type outside
/// PDF/JPEG/PNG is refused with the reason before a byte is read, and nothing is stored; an allowed file is stored for
/// the mediator only and the page is told to reload. Over the real services on SQLite (MediationKit).
/// </summary>
[Trait("Issue", "16")]
public sealed class PositionDocumentsComponentTests
{
    [Fact, Trait("Rule", "M6")]
    public async Task M6_The_file_input_is_named_by_its_label_takes_pdf_jpeg_png_and_a_button_opens_the_chooser()
    {
        await using var kit = await StartAsync();
        var number = await AcknowledgedAsync(kit);
        await using var ctx = Host(kit);
        var documents = Render(ctx, kit, number);

        var input = documents.Find("input[aria-labelledby=position-document-label]");
        Assert.Equal("file", input.GetAttribute("type"));
        Assert.False(input.HasAttribute("multiple"));
        Assert.Equal(".pdf,.jpg,.jpeg,.png", input.GetAttribute("accept"));
        Assert.Equal("position-document-help", input.GetAttribute("aria-describedby"));
        Assert.Equal("Document toevoegen", documents.Find("label#position-document-label").TextContent.Trim());
        var button = documents.FindAll("button").Single(b => b.TextContent.Contains("Bestand kiezen", StringComparison.Ordinal));
        Assert.Equal("false", button.GetAttribute("aria-busy"));
        Assert.Empty(documents.FindAll("[role=alert]"));
    }

    [Theory, Trait("Rule", "M6")]
    [InlineData("groot.pdf", 10 * 1024 * 1024 + 1, "groot.pdf is te groot (maximaal 10 MB).")]
    [InlineData("programma.exe", 0, "programma.exe: alleen PDF, JPEG en PNG zijn toegestaan.")]
    public async Task M6_A_too_large_or_wrong_type_file_is_refused_with_its_reason_and_nothing_is_stored(string name, int size, string message)
    {
        await using var kit = await StartAsync();
        var number = await AcknowledgedAsync(kit);
        await using var ctx = Host(kit);
        var changed = 0;
        var documents = Render(ctx, kit, number, () => changed++);
        // The .exe carries a PDF's bytes: the store would keep it renamed to .pdf, so only the field's own check refuses it.
        var content = size > 0 ? new byte[size] : MediationFilesTests.Pdf().Content;

        documents.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(content, name, null, "application/pdf"));

        documents.WaitForAssertion(() => Assert.Equal($"{message} Er is niets opgeslagen.",
            string.Join(" ", documents.Find("[role=alert]").TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(0, changed);
        Assert.Empty(Ok(await kit.PositionDocuments.ListAsync(kit.Participant.User, number)));
        Assert.Empty(Ok(await kit.PositionDocuments.ListAsync(kit.Mediator.User, number)));
    }

    [Fact, Trait("Rule", "M6")]
    public async Task M6_An_allowed_file_is_stored_for_the_mediator_only_and_the_page_is_told()
    {
        await using var kit = await StartAsync();
        var number = await AcknowledgedAsync(kit);
        await using var ctx = Host(kit);
        var changed = 0;
        var documents = Render(ctx, kit, number, () => changed++);

        documents.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(MediationFilesTests.Pdf("factuur-2026-17.pdf").Content, "factuur-2026-17.pdf", null, "application/pdf"));

        documents.WaitForAssertion(() => Assert.Equal(1, changed), TimeSpan.FromSeconds(30));
        Assert.Empty(documents.FindAll("[role=alert]"));
        var stored = Assert.Single(Ok(await kit.PositionDocuments.ListAsync(kit.Mediator.User, number)));
        Assert.Equal("factuur-2026-17.pdf", stored.FileName);
        Assert.Equal("Fietsenwinkel BV", stored.PartyName); // the participant's party
        Assert.Empty(Ok(await kit.PositionDocuments.ListAsync(kit.Client.User, number))); // M6: not the other party's before the exchange
        // The field is free again for the next document.
        Assert.Equal("false", documents.FindAll("button").Single(b => b.TextContent.Contains("Bestand kiezen", StringComparison.Ordinal)).GetAttribute("aria-busy"));
    }

    /// <summary>Both parties acknowledged the principles (M2), nothing exchanged: the participant may add documents.</summary>
    private static async Task<string> AcknowledgedAsync(MediationKit kit)
    {
        var number = await kit.NewMediationAsync();
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Participant.User, number));
        Ok(await kit.Mediations.AcknowledgeAsync(kit.Client.User, number));
        return number;
    }

    private static BunitContext Host(MediationKit kit) => ComponentHost.Create("nl-NL", c =>
    {
        c.Services.AddSingleton(kit.Mediations);
        c.Services.AddSingleton(kit.PositionDocuments);
        c.Services.AddSingleton<TimeProvider>(kit.Clock);
    });

    private static IRenderedComponent<PositionDocuments> Render(BunitContext ctx, MediationKit kit, string number, Action? changed = null)
    {
        var view = Ok(kit.Mediations.GetAsync(kit.Participant.User, number).GetAwaiter().GetResult());
        return ctx.Render<PositionDocuments>(p => p
            .Add(d => d.View, view)
            .Add(d => d.Number, number)
            .Add(d => d.Documents, Array.Empty<PositionDocumentView>())
            .Add(d => d.OnChanged, EventCallback.Factory.Create(new object(), () => changed?.Invoke()))
            .AddCascadingValue(Task.FromResult(new AuthenticationState(kit.Participant.User))));
    }
}
