using AdrDesk.Features.CaseFile.Components;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 1 (file upload on MudBlazor) and D13: the case file's attachment picker is a MudFileUpload whose file
/// input is named by the picker's label (aria-labelledby; the browser tests find it by that name), and it refuses too many, too large or
/// wrong-type files at once, before a byte is read or sent.
/// </summary>
[Trait("Issue", "16")]
public sealed class FilePickerComponentTests
{
    [Fact]
    public async Task The_file_input_is_named_by_the_pickers_label_and_a_button_opens_the_chooser()
    {
        await using var ctx = ComponentHost.Create();
        var picker = ctx.Render<FilePicker>(p => p.Add(f => f.Id, "cf-x"));

        var input = picker.Find("input[aria-labelledby=cf-x-label]");
        Assert.Equal("file", input.GetAttribute("type"));
        Assert.True(input.HasAttribute("multiple"));
        Assert.Equal(FilePicker.Accept, input.GetAttribute("accept"));
        Assert.Equal("cf-x-state", input.GetAttribute("aria-describedby"));
        Assert.StartsWith("Bijlagen (pdf, jpg, png, txt", picker.Find("label#cf-x-label").TextContent);
        Assert.Contains(picker.FindAll("button"), b => b.TextContent.Contains("Bestanden kiezen", StringComparison.Ordinal));
    }

    [Theory, Trait("Rule", "D13")]
    [InlineData("groot.pdf", 10 * 1024 * 1024 + 1, "groot.pdf is te groot (maximaal 10 MB).")]
    [InlineData("programma.exe", 2000, "programma.exe: alleen pdf, jpg, png en txt zijn toegestaan.")]
    public async Task D13_A_too_large_or_wrong_type_file_is_refused_at_once_and_not_kept(string name, int size, string message)
    {
        await using var ctx = ComponentHost.Create();
        var picker = ctx.Render<FilePicker>(p => p.Add(f => f.Id, "cf-x"));

        picker.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[size], name, null, "application/pdf"));

        picker.WaitForAssertion(() => Assert.Equal($"Er is niets toegevoegd: {message}", picker.Find("#cf-x-state [role=alert]").TextContent.Trim()));
        Assert.Empty(picker.Instance.Files);
        Assert.True((await picker.Instance.ReadAsync()).IsFailure);
    }

    [Fact, Trait("Rule", "D13")]
    public async Task D13_Seven_files_are_refused_whole_and_two_allowed_files_are_taken()
    {
        await using var ctx = ComponentHost.Create();
        var picker = ctx.Render<FilePicker>(p => p.Add(f => f.Id, "cf-x"));

        picker.FindComponent<InputFile>().UploadFiles(Enumerable.Range(1, 7)
            .Select(i => InputFileContent.CreateFromBinary("%PDF-1.7 bon"u8.ToArray(), $"bon{i}.pdf", null, "application/pdf")).ToArray());
        picker.WaitForAssertion(() => Assert.Contains("U kunt maximaal 5 bestanden tegelijk toevoegen.", picker.Find("#cf-x-state [role=alert]").TextContent));
        Assert.Empty(picker.Instance.Files);

        picker.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary("%PDF-1.7 bon"u8.ToArray(), "bon.pdf", null, "application/pdf"),
            InputFileContent.CreateFromText("notitie", "notitie.txt", null, "text/plain"));
        picker.WaitForAssertion(() => Assert.Equal("2 bestand(en) gekozen", picker.Find("#cf-x-state").TextContent.Trim()));
        Assert.Empty(picker.FindAll("#cf-x-state [role=alert]"));
        Assert.Equal(["bon.pdf", "notitie.txt"], picker.Instance.Files.Select(f => f.Name));
    }
}
