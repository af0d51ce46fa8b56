using System.Text.RegularExpressions;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 16 item 2: MudBlazor's numeric spin buttons are two stacked buttons in the field's height, far under a
/// 44 × 44 px touch target; every number field is typed (the arrow keys still step). Read from the sources, so a
/// new field on any page is held to it, not only the ones a browser test happens to open.
/// </summary>
public sealed partial class NumericFieldSpinButtonTests
{
    [Fact]
    public void Every_MudNumericField_hides_its_spin_buttons()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AdrDesk.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var fields = Directory.EnumerateFiles(Path.Combine(root.FullName, "AdrDesk"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => NumericField().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Tag: m.Value)))
            .ToList();
        Assert.NotEmpty(fields);
        var withSpin = fields.Where(f => !f.Tag.Contains("HideSpinButtons=\"true\"", StringComparison.Ordinal)).Select(f => f.File).ToList();
        Assert.True(withSpin.Count == 0, "number fields with spin buttons in: " + string.Join(", ", withSpin));
    }

    [GeneratedRegex(@"<(MudBlazor\.)?MudNumericField\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex NumericField();
}
