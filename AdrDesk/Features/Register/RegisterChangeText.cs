using AdrDesk.Domain.Register;

namespace AdrDesk.Features.Register;

/// <summary>
/// The before/after values written into a <see cref="RegisterChange"/>: short, language-neutral
/// lines (field names with rule ids, ISO dates), because the history outlives the UI language.
/// </summary>
internal static class RegisterChangeText
{
    public static string Details(Organisation o) => string.Join('\n',
        $"{o.LegalName} (KvK {o.KvkNumber}, {o.CountryOfEstablishment})",
        $"web: {(o.WebAddresses.Count == 0 ? "-" : string.Join(", ", o.WebAddresses))}",
        $"keurmerk (D18): {o.CertificationMark ?? "-"}",
        $"B2B terms (M1): {YesNo(o.UsesSchemeB2BTerms)}",
        $"participant (B1): {YesNo(o.IsSchemeParticipant)}",
        $"e-mail: {o.Contact.DisputeEmail ?? "-"}",
        $"post: {o.Contact.PostalAddress?.ToString() ?? "-"}",
        $"contact: {o.Contact.ContactPerson ?? "-"}, {o.Contact.Phone ?? "-"}");

    public static string Status(Organisation o) =>
        $"{o.Status} {o.StatusSince:yyyy-MM-dd}" + (o.StatusReason is null ? "" : $": {o.StatusReason}");

    public static string Subscriptions(Organisation o) =>
        o.Subscriptions.Count == 0 ? "-" : string.Join('\n', o.Subscriptions.OrderBy(p => p.From).Select(Period));

    public static string Period(SubscriptionPeriod p) => $"{p.From:yyyy-MM-dd} – {(p.To is { } to ? to.ToString("yyyy-MM-dd") : "…")}";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
