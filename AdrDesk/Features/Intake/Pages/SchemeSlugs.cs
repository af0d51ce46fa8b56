using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Pages;

/// <summary>Kebab-case routes per scheme: /start/bindend-advies, /intake/mediation, …</summary>
public static class SchemeSlugs
{
    public static Scheme? Parse(string? slug) => slug switch
    {
        "bindend-advies" => Scheme.BindingRuling,
        "mediation" => Scheme.B2BMediation,
        "bemiddeling" => Scheme.ConsumerBemiddeling,
        _ => null,
    };

    public static string Of(Scheme scheme) => scheme switch
    {
        Scheme.B2BMediation => "mediation",
        Scheme.ConsumerBemiddeling => "bemiddeling",
        _ => "bindend-advies",
    };
}
