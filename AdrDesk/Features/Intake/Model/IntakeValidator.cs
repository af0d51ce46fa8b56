using System.Net.Mail;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Model;

public enum IssueSeverity
{
    Error,
    /// <summary>Allowed, but the filer should look again (e.g. a claim lower than the product value).</summary>
    Warning,
}

/// <summary>A message at one field: a key in IntakeResource and its arguments.</summary>
public sealed record FieldIssue(string Field, string Key, IssueSeverity Severity = IssueSeverity.Error, params object[] Args);

/// <summary>Item 10: every field checked, a message at the field; checklist style, all issues at once.</summary>
public static class IntakeValidator
{
    public const int ShortText = AdrDesk.Domain.Common.FieldLimits.IntakeLine;
    public const int LongText = AdrDesk.Domain.Common.FieldLimits.IntakeText;

    public static IReadOnlyList<FieldIssue> Validate(IntakeForm f, IntakeStep step, DateOnly today)
    {
        var issues = new List<FieldIssue>();
        switch (step)
        {
            case IntakeStep.Who: Who(f, issues); break;
            case IntakeStep.Webshop:
                // D9: a webshop files against a consumer; its own register entry is the respondent side.
                if (f.WebshopId is null && !(f.FiledBy == PartyRole.Business && f.Scheme == Scheme.BindingRuling)) Required(issues, nameof(f.WebshopName), f.WebshopName);
                Text(issues, nameof(f.WebshopName), f.WebshopName, ShortText);
                Text(issues, nameof(f.WebshopAddress), f.WebshopAddress, ShortText);
                if (f.Scheme == Scheme.B2BMediation && f.ContractUsedSchemeB2BTerms is null)
                    issues.Add(new(nameof(f.ContractUsedSchemeB2BTerms), "Validation.Choose"));
                break;
            case IntakeStep.Purchase: Purchase(f, issues, today); break;
            case IntakeStep.Complaint: Complaint(f, issues, today); break;
            case IntakeStep.Claim:
                Required(issues, nameof(f.Remedy), f.Remedy);
                Text(issues, nameof(f.Remedy), f.Remedy, LongText);
                Amount(issues, nameof(f.ClaimTotal), f.ClaimTotal, required: true);
                if (f.ClaimTotal is { } claim && f.ProductValue is { } value && claim >= 0 && claim < value)
                    issues.Add(new(nameof(f.ClaimTotal), "Validation.ClaimBelowValue", IssueSeverity.Warning));
                break;
            case IntakeStep.Submit:
                if (f.Scheme == Scheme.BindingRuling && !f.AcceptsBindingRuling) issues.Add(new(nameof(f.AcceptsBindingRuling), "Validation.MustAccept"));
                if (!f.AcceptsDataSharing) issues.Add(new(nameof(f.AcceptsDataSharing), "Validation.MustAccept"));
                break;
        }
        return issues;
    }

    /// <summary>Every step of the scheme, for the review and for submission.</summary>
    public static IReadOnlyList<(IntakeStep Step, FieldIssue Issue)> ValidateAll(IntakeForm f, DateOnly today) =>
        IntakeSteps.For(f.Scheme).SelectMany(s => Validate(f, s, today).Select(i => (s, i))).ToList();

    public static bool HasErrors(IEnumerable<FieldIssue> issues) => issues.Any(i => i.Severity == IssueSeverity.Error);

    private static void Who(IntakeForm f, List<FieldIssue> issues)
    {
        if (f.Scheme == Scheme.BindingRuling && f.FiledBy == PartyRole.Consumer && f.ClaimantIsConsumer is null)
            issues.Add(new(nameof(f.ClaimantIsConsumer), "Validation.Choose"));
        Required(issues, nameof(f.Name), f.Name);
        Text(issues, nameof(f.Name), f.Name, ShortText);
        Email(issues, nameof(f.Email), f.Email, required: !f.Paper);
        Text(issues, nameof(f.Phone), f.Phone, 40);
        Required(issues, nameof(f.Street), f.Street);
        Text(issues, nameof(f.Street), f.Street, ShortText);
        Required(issues, nameof(f.PostalCode), f.PostalCode);
        Text(issues, nameof(f.PostalCode), f.PostalCode, 20);
        Required(issues, nameof(f.City), f.City);
        Text(issues, nameof(f.City), f.City, ShortText);
        if (CountryCode.Create(f.Country).IsFailure) issues.Add(new(nameof(f.Country), "Validation.Country"));
        if (f.HasRepresentative)
        {
            Required(issues, nameof(f.RepresentativeName), f.RepresentativeName);
            Text(issues, nameof(f.RepresentativeName), f.RepresentativeName, ShortText);
            Text(issues, nameof(f.RepresentativeCapacity), f.RepresentativeCapacity, ShortText);
            Email(issues, nameof(f.RepresentativeEmail), f.RepresentativeEmail, required: false);
        }
        if (f.FiledBy == PartyRole.Business && f.Scheme == Scheme.BindingRuling)
        {
            Required(issues, nameof(f.ConsumerName), f.ConsumerName);
            Text(issues, nameof(f.ConsumerName), f.ConsumerName, ShortText);
            Email(issues, nameof(f.ConsumerEmail), f.ConsumerEmail, required: true);
        }
    }

    private static void Purchase(IntakeForm f, List<FieldIssue> issues, DateOnly today)
    {
        if (f.PurchasedOnline is null) issues.Add(new(nameof(f.PurchasedOnline), "Validation.Choose"));
        if (f.OrderDate is null) issues.Add(new(nameof(f.OrderDate), "Validation.Required"));
        else if (f.OrderDate > today) issues.Add(new(nameof(f.OrderDate), "Validation.FutureDate"));
        Required(issues, nameof(f.Product), f.Product);
        Text(issues, nameof(f.Product), f.Product, ShortText);
        Amount(issues, nameof(f.ProductValue), f.ProductValue, required: true);
        Amount(issues, nameof(f.ShippingCosts), f.ShippingCosts, required: false);
        Text(issues, nameof(f.OrderNumber), f.OrderNumber, 100);
    }

    private static void Complaint(IntakeForm f, List<FieldIssue> issues, DateOnly today)
    {
        // D9: a webshop filing does not ask the webshop whether it complained to itself.
        var binding = f.Scheme == Scheme.BindingRuling && f.FiledBy == PartyRole.Consumer;
        if (binding && f.ComplainedToWebshop is null) issues.Add(new(nameof(f.ComplainedToWebshop), "Validation.Choose"));
        if (binding && f.ComplainedToWebshop == true)
        {
            if (f.FirstReported is null) issues.Add(new(nameof(f.FirstReported), "Validation.Required"));
            else if (f.FirstReported > today) issues.Add(new(nameof(f.FirstReported), "Validation.FutureDate"));
            else if (f.OrderDate is { } ordered && f.FirstReported < ordered) issues.Add(new(nameof(f.FirstReported), "Validation.BeforeOrder"));
            if (f.ReplyReceived is null) issues.Add(new(nameof(f.ReplyReceived), "Validation.Choose"));
            Text(issues, nameof(f.ReplyContent), f.ReplyContent, LongText);
        }
        Required(issues, nameof(f.Complaint), f.Complaint);
        Text(issues, nameof(f.Complaint), f.Complaint, LongText);
        Text(issues, nameof(f.PreviouslyHandledBy), f.PreviouslyHandledBy, ShortText);
    }

    private static void Required(List<FieldIssue> issues, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) issues.Add(new(field, "Validation.Required"));
    }

    private static void Text(List<FieldIssue> issues, string field, string? value, int max)
    {
        if (value is { Length: > 0 } && value.Length > max) issues.Add(new(field, "Validation.TooLong", IssueSeverity.Error, max));
    }

    private static void Email(List<FieldIssue> issues, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) issues.Add(new(field, "Validation.Required"));
            return;
        }
        if (value.Length > ShortText || !MailAddress.TryCreate(value.Trim(), out var parsed) || parsed.Address != value.Trim() || !parsed.Host.Contains('.'))
            issues.Add(new(field, "Validation.Email"));
    }

    private static void Amount(List<FieldIssue> issues, string field, decimal? value, bool required)
    {
        if (value is null)
        {
            if (required) issues.Add(new(field, "Validation.Required"));
            return;
        }
        if (value < 0) issues.Add(new(field, "Validation.Negative"));
        else if (decimal.Round(value.Value, 2) != value) issues.Add(new(field, "Validation.Cents"));
        else if (value > 10_000_000m) issues.Add(new(field, "Validation.TooLarge"));
    }
}
