using AdrDesk.Infrastructure.Files;

namespace AdrDesk.Tests.Files;

/// <summary>Issue 19 item 6: the one rule for the names uploads are stored and served under.</summary>
public class FileNamesTests
{
    [Theory]
    [InlineData("factuur_\u202Efdp.exe", "factuur_fdp.exe")] // right-to-left override: would read "factuur_exe.pdf"
    [InlineData("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk.pdf", "abcdefghijk.pdf")]
    [InlineData("bon\r\n\t\u0000\u007F.pdf", "bon.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\scan.jpg", "scan.jpg")]
    [InlineData("\u202E", "bijlage")]
    [InlineData("\"quoted\".pdf", "quoted.pdf")]
    public void Clean_removes_folders_control_and_bidi_characters(string given, string expected) =>
        Assert.Equal(expected, FileNames.Clean(given));

    [Theory]
    [InlineData("tool.exe", ".pdf", "tool.pdf")]
    [InlineData("factuur_\u202Efdp.exe", ".pdf", "factuur_fdp.pdf")]
    [InlineData("foto.png", ".pdf", "foto.pdf")]
    [InlineData("foto.JPEG", ".jpg", "foto.JPEG")]
    [InlineData("scan.PDF", ".pdf", "scan.PDF")]
    [InlineData("zonder-extensie", ".png", "zonder-extensie.png")]
    [InlineData(".exe", ".pdf", "exe.pdf")]
    public void WithDetectedExtension_renames_a_name_that_disagrees_with_the_content(string given, string detected, string expected) =>
        Assert.Equal(expected, FileNames.WithDetectedExtension(given, detected));

    [Fact]
    public void A_long_name_keeps_its_extension_within_200_characters()
    {
        var name = FileNames.WithDetectedExtension(new string('a', 300) + ".exe", ".pdf");
        Assert.Equal(200, name.Length);
        Assert.EndsWith(".pdf", name);
    }

    [Theory]
    [InlineData("oud.exe", "application/pdf", "oud.pdf")]
    [InlineData("oud\u202Egnp.txt", "image/png", "oudgnp.png")]
    [InlineData("notitie.txt", "text/plain", "notitie.txt")]
    public void ForContentType_serves_rows_of_before_the_rule_under_a_safe_name(string stored, string contentType, string expected) =>
        Assert.Equal(expected, FileNames.ForContentType(stored, contentType));
}
