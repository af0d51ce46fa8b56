using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Register;

/// <summary>
/// A webshop or scheme participant in the register. Staff maintain it; the intake looks
/// respondents up in it (D1, D5, D25h, D25i, M1, B1).
/// </summary>
public sealed class Organisation
{
    private readonly List<string> _webAddresses = [];
    private readonly List<SubscriptionPeriod> _subscriptions = [];

    private Organisation()
    {
        LegalName = "";
    }

    public Guid Id { get; private set; }
    public string LegalName { get; private set; }
    public KvkNumber KvkNumber { get; private set; }
    public CountryCode CountryOfEstablishment { get; private set; }
    public IReadOnlyList<string> WebAddresses => _webAddresses;
    public OrganisationStatus Status { get; private set; }
    public DateOnly StatusSince { get; private set; }
    public string? StatusReason { get; private set; }
    public IReadOnlyList<SubscriptionPeriod> Subscriptions => _subscriptions;

    /// <summary>D18: the certification mark (keurmerk) to inform when the webshop does not comply.</summary>
    public string? CertificationMark { get; private set; }

    /// <summary>M1: the organisation's contracts use the scheme's B2B terms.</summary>
    public bool UsesSchemeB2BTerms { get; private set; }

    /// <summary>B1: a deelnemer of the scheme, whose customers may use the free bemiddeling.</summary>
    public bool IsSchemeParticipant { get; private set; }

    // Issue 14: how the desk reaches the organisation, stored flat; Contact is the value object.
    public string? ContactEmail { get; private set; }
    public string? ContactStreet { get; private set; }
    public string? ContactPostalCode { get; private set; }
    public string? ContactCity { get; private set; }
    public string? ContactCountry { get; private set; }
    public string? ContactPerson { get; private set; }
    public string? ContactPhone { get; private set; }

    public OrganisationContact Contact => OrganisationContact.Restore(
        ContactEmail,
        ContactStreet is null ? null : OrganisationAddress.Restore(ContactStreet, ContactPostalCode ?? "", ContactCity ?? "", CountryCode.Of(ContactCountry ?? "NL")),
        ContactPerson, ContactPhone);

    /// <summary>Affiliated on <paramref name="today"/> or later (a running or future subscription).</summary>
    public bool IsAffiliatedFrom(DateOnly today) => _subscriptions.Any(p => p.To is null || p.To >= today);

    private void SetContact(OrganisationContact contact)
    {
        ContactEmail = contact.DisputeEmail;
        ContactStreet = contact.PostalAddress?.Street;
        ContactPostalCode = contact.PostalAddress?.PostalCode;
        ContactCity = contact.PostalAddress?.City;
        ContactCountry = contact.PostalAddress?.Country.Value;
        ContactPerson = contact.ContactPerson;
        ContactPhone = contact.Phone;
    }

    /// <summary>
    /// Issue 14: an affiliated webshop (a running or future subscription) must be reachable by e-mail or post, else a
    /// case forwarded to it (D12) reaches nobody. The register checks this before it saves any change of the desk.
    /// </summary>
    public Result CheckReachable(DateOnly today) => CheckReachable(today, Contact);

    private Result CheckReachable(DateOnly today, OrganisationContact contact) =>
        IsAffiliatedFrom(today) && !contact.IsReachable ? new AffiliatedOrganisationNeedsContact() : Result.Success;

    /// <summary>The desk changes how the organisation is reached; refused if that leaves an affiliated webshop unreachable.</summary>
    public Result ChangeContact(OrganisationContact contact, DateOnly today)
    {
        var reachable = CheckReachable(today, contact);
        if (reachable.IsFailure) return reachable;
        SetContact(contact);
        return Result.Success;
    }

    public static Result<Organisation> Register(
        string legalName, KvkNumber kvk, CountryCode country, IEnumerable<string> webAddresses, DateOnly registeredOn,
        string? certificationMark = null, bool usesSchemeB2BTerms = false, bool isSchemeParticipant = false,
        OrganisationContact? contact = null)
    {
        if (string.IsNullOrWhiteSpace(legalName)) return new LegalNameRequired();
        var organisation = new Organisation
        {
            Id = Guid.NewGuid(),
            LegalName = legalName.Trim(),
            KvkNumber = kvk,
            CountryOfEstablishment = country,
            Status = OrganisationStatus.Active,
            StatusSince = registeredOn,
            CertificationMark = certificationMark,
            UsesSchemeB2BTerms = usesSchemeB2BTerms,
            IsSchemeParticipant = isSchemeParticipant,
        };
        organisation.SetContact(contact ?? OrganisationContact.None);
        foreach (var address in webAddresses)
        {
            var added = organisation.AddWebAddress(address);
            if (added.IsFailure) return added.Error!;
        }
        return organisation;
    }

    public Result AddWebAddress(string address)
    {
        if (!TryNormalise(address, out var normalised)) return new InvalidWebAddress(address);
        _webAddresses.Add(normalised);
        return Result.Success;
    }

    private static bool TryNormalise(string address, out string normalised)
    {
        var valid = Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
        normalised = valid ? uri!.ToString() : "";
        return valid;
    }

    /// <summary>Staff correct the register's details; nothing changes unless every value is valid.</summary>
    public Result Edit(
        string legalName, IEnumerable<string> webAddresses, string? certificationMark,
        bool usesSchemeB2BTerms, bool isSchemeParticipant)
    {
        if (string.IsNullOrWhiteSpace(legalName)) return new LegalNameRequired();
        var addresses = new List<string>();
        foreach (var address in webAddresses.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            if (!TryNormalise(address.Trim(), out var normalised)) return new InvalidWebAddress(address);
            if (!addresses.Contains(normalised)) addresses.Add(normalised);
        }
        LegalName = legalName.Trim();
        _webAddresses.Clear();
        _webAddresses.AddRange(addresses);
        CertificationMark = string.IsNullOrWhiteSpace(certificationMark) ? null : certificationMark.Trim();
        UsesSchemeB2BTerms = usesSchemeB2BTerms;
        IsSchemeParticipant = isSchemeParticipant;
        return Result.Success;
    }

    public Result AddSubscription(DateOnly from, DateOnly? to)
    {
        var period = new SubscriptionPeriod(from, to);
        if (to < from || _subscriptions.Any(period.Overlaps)) return new InvalidSubscriptionPeriod(from, to);
        _subscriptions.Add(period);
        return Result.Success;
    }

    /// <summary>Ends the subscription that runs on <paramref name="on"/> (the last affiliated day).</summary>
    public Result EndSubscription(DateOnly on)
    {
        var running = _subscriptions.FindIndex(p => p.Covers(on));
        if (running < 0) return new NoRunningSubscription(on);
        _subscriptions[running] = _subscriptions[running] with { To = on };
        return Result.Success;
    }

    /// <summary>D25i: affiliated on that day (e.g. the order date).</summary>
    public bool IsAffiliatedOn(DateOnly day) => _subscriptions.Any(p => p.Covers(day));

    /// <summary>D5: subscribed at that instant (e.g. filing), judged on the Amsterdam calendar day.</summary>
    public bool IsSubscribedAt(DateTimeOffset instant) => IsAffiliatedOn(AmsterdamCalendar.DateOf(instant));

    /// <summary>D25h: suspension of payments, bankrupt or ceased trading.</summary>
    public bool IsInsolventOrCeased =>
        Status is OrganisationStatus.SuspensionOfPayments or OrganisationStatus.Bankrupt or OrganisationStatus.CeasedTrading;

    public Result ChangeStatus(OrganisationStatus status, DateOnly since, string? reason)
    {
        if (status != OrganisationStatus.Active && string.IsNullOrWhiteSpace(reason)) return new StatusReasonRequired(status);
        Status = status;
        StatusSince = since;
        StatusReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        // D18: removal ends the running subscription, whichever way it is recorded, so later
        // filings see the webshop as not affiliated (D5, D25i).
        // No running subscription is fine here: there is simply nothing to end.
        if (status == OrganisationStatus.RemovedFromRegister) _ = EndSubscription(since);
        return Result.Success;
    }

    /// <summary>D18: removal ends the running subscription, so later filings see the webshop as not affiliated (D5, D25i).</summary>
    public Result RemoveFromRegister(DateOnly on, string reason) =>
        ChangeStatus(OrganisationStatus.RemovedFromRegister, on, reason);
}
