using AdrDesk.Domain.Common;
using AdrDesk.Features.Intake.Model;

namespace AdrDesk.Features.Intake.Steps;

/// <summary>D4: the complaint letter to the webshop, filled from the answers so far (gaps left as dots).</summary>
public static class HelperLetterText
{
    public static string For(IntakeForm f, Language language)
    {
        var shop = Or(f.WebshopName, "……");
        var order = Or(f.OrderNumber, "……");
        var date = f.OrderDate?.ToString(language == Language.En ? "yyyy-MM-dd" : "dd-MM-yyyy") ?? "……";
        var product = Or(f.Product, "……");
        var complaint = Or(f.Complaint, "……");
        var name = Or(f.Name, "……");
        return language switch
        {
            Language.En => $"To {shop}\n\nSubject: complaint about order {order} of {date}\n\nDear Sir or Madam,\n\nOn {date} I ordered {product} from you (order number {order}). "
                + $"I am not satisfied:\n\n{complaint}\n\nI ask you to resolve this within 14 days. If we cannot resolve it together, I will take the dispute to the disputes desk.\n\nKind regards,\n{name}",
            Language.De => $"An {shop}\n\nBetreff: Beschwerde zur Bestellung {order} vom {date}\n\nSehr geehrte Damen und Herren,\n\nam {date} habe ich bei Ihnen {product} bestellt (Bestellnummer {order}). "
                + $"Ich bin nicht zufrieden:\n\n{complaint}\n\nIch bitte Sie, dies innerhalb von 14 Tagen zu lösen. Gelingt uns das nicht gemeinsam, lege ich die Streitigkeit der Schlichtungsstelle vor.\n\nMit freundlichen Grüßen\n{name}",
            _ => $"Aan {shop}\n\nBetreft: klacht over bestelling {order} van {date}\n\nGeachte heer/mevrouw,\n\nOp {date} heb ik bij u {product} besteld (bestelnummer {order}). "
                + $"Ik ben niet tevreden:\n\n{complaint}\n\nIk vraag u dit binnen 14 dagen op te lossen. Komen wij er samen niet uit, dan leg ik het geschil voor aan de geschillenbalie.\n\nMet vriendelijke groet,\n{name}",
        };
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}
