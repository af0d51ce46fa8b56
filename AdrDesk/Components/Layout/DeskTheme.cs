using MudBlazor;

namespace AdrDesk.Components.Layout;

/// <summary>
/// The desk's one MudBlazor theme (issue 16), in the colours of the logo and theme.css: the deep blue
/// <c>#1f4e79</c> and the amber accent <c>#f0b429</c>. Every colour that carries text reaches WCAG AA (4.5:1) against
/// white and against the page's grey; the amber itself is below 2:1 on white, so it is only ever a background behind
/// dark text (<see cref="Palette.SecondaryContrastText"/>), never text: the theme's "secondary" is a dark amber instead.
/// </summary>
public static class DeskTheme
{
    public const string Primary = "#1f4e79";   // 8.7:1 on white
    public const string Accent = "#f0b429";    // background only: #1a1a1a on it is 9.3:1

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Primary,
            PrimaryDarken = "#163a5b",
            PrimaryLighten = "#2f6aa3",        // 5.7:1
            PrimaryContrastText = "#ffffff",
            Secondary = "#7a4f00",             // 7.1:1
            SecondaryContrastText = "#ffffff",
            Tertiary = Accent,
            TertiaryContrastText = "#1a1a1a",
            Info = "#1565c0",                  // 5.8:1
            Success = "#2e7d32",               // 5.1:1
            Warning = "#b45309",               // 5.0:1
            Error = "#b3261e",                 // 6.5:1
            TextPrimary = "#1f2933",           // 14.8:1
            TextSecondary = "#5b6573",         // 5.9:1 (theme.css --adr-muted)
            ActionDefault = "#44505f",
            AppbarBackground = Primary,
            AppbarText = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1f2933",
            DrawerIcon = "#44505f",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            LinesInputs = "#6b7480",           // input borders ≥ 3:1 (non-text contrast)
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["DejaVu Sans", "Segoe UI", "Roboto", "Arial", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "260px", AppbarHeight = "64px" },
    };
}
