using System.Security.Claims;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Security;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Register;

/// <summary>
/// The register of organisations (webshops, scheme participants): lookups for the intake and the
/// public page, and the staff commands that maintain it. Every command checks the caller's role
/// itself and writes a <see cref="RegisterChange"/> in the same SaveChanges as the change.
/// </summary>
public sealed class RegisterService(IDbContextFactory<AdrDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxSearchResults = 20;

    /// <summary>
    /// For the intake: an 8-digit query is a KvK number and matches exactly; anything else matches
    /// part of the legal name or a web address, ignoring case and diacritics ("ö" finds "Ö").
    /// </summary>
    public async Task<IReadOnlyList<OrganisationSummary>> SearchAsync(string? query, CancellationToken ct = default) =>
        (await ListAsync(query, 0, MaxSearchResults, ct)).Rows;

    /// <summary>
    /// The register grid: the same matching as <see cref="SearchAsync"/>, a page at a time, by name unless the desk sorts
    /// by another column (issue 16: sorted in SQL, never in the page).
    /// </summary>
    public async Task<RegisterPage> ListAsync(string? query, int skip, int take, CancellationToken ct = default) =>
        await ListAsync(query, skip, take, RegisterSort.Name, descending: false, ct);

    public async Task<RegisterPage> ListAsync(string? query, int skip, int take, RegisterSort sort, bool descending, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = Matching(db.Organisations.AsNoTracking(), query);
        var count = await matching.CountAsync(ct);
        var page = await Sorted(matching, sort, descending)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new RegisterPage(page.Select(o => Summary(o, now)).ToList(), count);
    }

    /// <summary>The organisation as the Domain sees it, for the eligibility check (D1, D5, D25h, D25i, M1, B1).</summary>
    public async Task<Organisation?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
    }

    /// <summary>D25i: affiliated on that day (the order date), from the stored subscription periods.</summary>
    public async Task<Result<bool>> IsAffiliatedOnAsync(Guid id, DateOnly day, CancellationToken ct = default) =>
        await FindAsync(id, ct) is { } o ? o.IsAffiliatedOn(day) : new OrganisationNotFound(id);

    /// <summary>D5: subscribed at that instant (filing), judged on the Amsterdam calendar day.</summary>
    public async Task<Result<bool>> IsSubscribedAtAsync(Guid id, DateTimeOffset instant, CancellationToken ct = default) =>
        await FindAsync(id, ct) is { } o ? o.IsSubscribedAt(instant) : new OrganisationNotFound(id);

    /// <summary>Details and history, for desk staff only.</summary>
    public async Task<Result<OrganisationDetails>> GetDetailsAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (StaffActor(user) is null) return new NotAllowedToChangeRegister();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return new OrganisationNotFound(id);
        var history = await db.RegisterChanges.AsNoTracking()
            .Where(c => c.OrganisationId == id)
            .OrderByDescending(c => c.At)
            .ToListAsync(ct);
        return new OrganisationDetails(organisation, organisation.IsSubscribedAt(clock.GetUtcNow()), history);
    }

    /// <summary>
    /// The public page: webshops that are active and subscribed today, and (D18) those removed from
    /// the register, with the date.
    /// </summary>
    public async Task<PublicRegister> GetPublicRegisterAsync(string? query, CancellationToken ct = default)
    {
        var today = AmsterdamCalendar.DateOf(clock.GetUtcNow());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matching = Matching(db.Organisations.AsNoTracking(), query);
        var affiliated = await matching
            .Where(o => o.Status == OrganisationStatus.Active
                        && o.Subscriptions.Any(p => p.From <= today && (p.To == null || p.To >= today)))
            .OrderBy(o => SqlFunctions.Fold(o.LegalName))
            .ToListAsync(ct);
        var removed = await matching
            .Where(o => o.Status == OrganisationStatus.RemovedFromRegister)
            .OrderByDescending(o => o.StatusSince)
            .ToListAsync(ct);
        return new PublicRegister(
            affiliated.Select(o => new PublicWebshop(o.LegalName, o.KvkNumber.Value, o.WebAddresses, o.CertificationMark) { Id = o.Id }).ToList(),
            removed.Select(o => new RemovedWebshop(o.LegalName, o.KvkNumber.Value, o.WebAddresses, o.StatusSince) { Id = o.Id }).ToList());
    }

    public async Task<Result<Guid>> RegisterOrganisationAsync(ClaimsPrincipal user, NewOrganisation input, CancellationToken ct = default)
    {
        if (StaffActor(user) is not { } actor) return new NotAllowedToChangeRegister();
        if (TooLong(input.LegalName, input.CertificationMark, input.Contact) is { IsFailure: true } tooLong) return tooLong.Error!;
        var kvk = KvkNumber.Create(input.KvkNumber);
        if (kvk.IsFailure) return kvk.Error!;
        var country = CountryCode.Create(input.Country);
        if (country.IsFailure) return country.Error!;

        var contact = input.Contact.ToContact();
        if (contact.IsFailure) return contact.Error!;

        var now = clock.GetUtcNow();
        var today = AmsterdamCalendar.DateOf(now);
        var registered = Organisation.Register(
            input.LegalName, kvk.Value, country.Value, input.WebAddresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()),
            today, Blank(input.CertificationMark), input.UsesSchemeB2BTerms, input.IsSchemeParticipant, contact.Value);
        if (registered.IsFailure) return registered.Error!;
        var organisation = registered.Value;
        if (input.SubscribedFrom is { } from)
        {
            var subscribed = organisation.AddSubscription(from, null);
            if (subscribed.IsFailure) return subscribed.Error!;
        }
        var reachable = organisation.CheckReachable(today);
        if (reachable.IsFailure) return reachable.Error!;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Organisations.AnyAsync(o => o.KvkNumber == kvk.Value, ct)) return new KvkAlreadyRegistered(kvk.Value.Value);
        db.Organisations.Add(organisation);
        db.RegisterChanges.Add(RegisterChange.Record(actor, now, organisation.Id, RegisterChangeKind.Registered, null,
            RegisterChangeText.Details(organisation)));
        if (organisation.Subscriptions.Count > 0)
        {
            db.RegisterChanges.Add(RegisterChange.Record(actor, now, organisation.Id, RegisterChangeKind.SubscriptionAdded, null,
                RegisterChangeText.Subscriptions(organisation)));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two desks registering the same company at once: the unique index decides.
            if (await KvkTakenAsync(kvk.Value, ct)) return new KvkAlreadyRegistered(kvk.Value.Value);
            throw;
        }
        return organisation.Id;
    }

    public Task<Result> EditOrganisationAsync(ClaimsPrincipal user, Guid id, OrganisationEdit edit, CancellationToken ct = default) =>
        TooLong(edit.LegalName, edit.CertificationMark, edit.Contact) is { IsFailure: true } tooLong ? Task.FromResult(tooLong) : ChangeAsync(user, id, RegisterChangeKind.Edited, RegisterChangeText.Details,
            o =>
            {
                var contact = edit.Contact.ToContact();
                if (contact.IsFailure) return contact.Error!;
                var changed = o.ChangeContact(contact.Value, Today());
                return changed.IsFailure ? changed
                    : o.Edit(edit.LegalName, edit.WebAddresses, edit.CertificationMark, edit.UsesSchemeB2BTerms, edit.IsSchemeParticipant);
            }, ct);

    /// <summary>Issue 19 item 5: the dialogs' texts over their limits are refused whole, before anything is changed.</summary>
    private static Result TooLong(string legalName, string? mark, ContactInput c) => FieldLimits.CheckAll(
        (legalName, FieldLimits.RegisterName), (mark, FieldLimits.RegisterName), (c.DisputeEmail, FieldLimits.RegisterContactLine),
        (c.Street, FieldLimits.RegisterContactLine), (c.PostalCode, FieldLimits.RegisterContactLine), (c.City, FieldLimits.RegisterContactLine),
        (c.ContactPerson, FieldLimits.RegisterContactLine), (c.Phone, FieldLimits.RegisterContactLine));

    private DateOnly Today() => AmsterdamCalendar.DateOf(clock.GetUtcNow());

    /// <summary>
    /// Suspension of payments, bankrupt, ceased trading (D25h) or removed from the register (D18,
    /// which also ends the running subscription). Any status but Active needs a reason.
    /// </summary>
    public Task<Result> ChangeStatusAsync(
        ClaimsPrincipal user, Guid id, OrganisationStatus status, DateOnly since, string? reason, CancellationToken ct = default) =>
        FieldLimits.Check(reason, FieldLimits.RegisterStatusReason) is { IsFailure: true } tooLong ? Task.FromResult(tooLong) : ChangeAsync(user, id, RegisterChangeKind.StatusChanged, RegisterChangeText.Status,
            o => o.ChangeStatus(status, since, reason), ct);

    /// <summary>A subscription period, both days inclusive; <paramref name="to"/> null while it runs.</summary>
    public Task<Result> AddSubscriptionAsync(ClaimsPrincipal user, Guid id, DateOnly from, DateOnly? to, CancellationToken ct = default) =>
        ChangeAsync(user, id, RegisterChangeKind.SubscriptionAdded, RegisterChangeText.Subscriptions,
            o => o.AddSubscription(from, to), ct);

    /// <summary>Ends the subscription running on <paramref name="lastDay"/>, which stays affiliated.</summary>
    public Task<Result> EndSubscriptionAsync(ClaimsPrincipal user, Guid id, DateOnly lastDay, CancellationToken ct = default) =>
        ChangeAsync(user, id, RegisterChangeKind.SubscriptionEnded, RegisterChangeText.Subscriptions,
            o => o.EndSubscription(lastDay), ct);

    private async Task<Result> ChangeAsync(
        ClaimsPrincipal user, Guid id, RegisterChangeKind what, Func<Organisation, string> describe,
        Func<Organisation, Result> change, CancellationToken ct)
    {
        if (StaffActor(user) is not { } actor) return new NotAllowedToChangeRegister();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return new OrganisationNotFound(id);

        var before = describe(organisation);
        var subscriptionsBefore = RegisterChangeText.Subscriptions(organisation);
        var changed = change(organisation);
        if (changed.IsFailure) return changed;
        // Issue 14: whatever changed, an affiliated webshop stays reachable (e-mail or post).
        var reachable = organisation.CheckReachable(Today());
        if (reachable.IsFailure) return reachable;

        var now = clock.GetUtcNow();
        db.RegisterChanges.Add(RegisterChange.Record(actor, now, id, what, before, describe(organisation)));
        var subscriptionsAfter = RegisterChangeText.Subscriptions(organisation);
        if (what != RegisterChangeKind.SubscriptionAdded && what != RegisterChangeKind.SubscriptionEnded
            && subscriptionsAfter != subscriptionsBefore)
        {
            // D18: a removal ends the running subscription; the history shows that as its own line.
            db.RegisterChanges.Add(RegisterChange.Record(actor, now, id, RegisterChangeKind.SubscriptionEnded,
                subscriptionsBefore, subscriptionsAfter));
        }
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }

    private static Actor? StaffActor(ClaimsPrincipal user) =>
        user.ToActor() is { } actor && actor.Role.IsStaff() ? actor : null;

    private async Task<bool> KvkTakenAsync(KvkNumber kvk, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AnyAsync(o => o.KvkNumber == kvk, ct);
    }

    private static IOrderedQueryable<Organisation> Sorted(IQueryable<Organisation> rows, RegisterSort sort, bool descending) => (sort, descending) switch
    {
        (RegisterSort.Kvk, false) => rows.OrderBy(o => o.KvkNumber).ThenBy(o => o.Id),
        (RegisterSort.Kvk, true) => rows.OrderByDescending(o => o.KvkNumber).ThenBy(o => o.Id),
        (RegisterSort.Status, false) => rows.OrderBy(o => o.Status).ThenBy(o => SqlFunctions.Fold(o.LegalName)).ThenBy(o => o.Id),
        (RegisterSort.Status, true) => rows.OrderByDescending(o => o.Status).ThenBy(o => SqlFunctions.Fold(o.LegalName)).ThenBy(o => o.Id),
        (_, true) => rows.OrderByDescending(o => SqlFunctions.Fold(o.LegalName)).ThenBy(o => o.Id),
        _ => rows.OrderBy(o => SqlFunctions.Fold(o.LegalName)).ThenBy(o => o.Id),
    };

    private static IQueryable<Organisation> Matching(IQueryable<Organisation> organisations, string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length == 0) return organisations;
        if (KvkNumber.Create(text.Replace(" ", "").Replace(".", "")) is { IsSuccess: true } kvk)
        {
            var number = kvk.Value;
            return organisations.Where(o => o.KvkNumber == number);
        }
        var name = SqlFunctions.Fold(text);
        var web = SqlFunctions.Fold(WebPart(text));
        return organisations.Where(o =>
            SqlFunctions.Fold(o.LegalName).Contains(name)
            || o.WebAddresses.Any(w => SqlFunctions.Fold(w).Contains(web)));
    }

    /// <summary>"https://www.shop.nl/" and "shop.nl" should find the same webshop: compare the host part.</summary>
    private static string WebPart(string query)
    {
        var web = query;
        foreach (var prefix in new[] { "https://", "http://", "www." })
        {
            if (web.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) web = web[prefix.Length..];
        }
        web = web.TrimEnd('/');
        return web.Length == 0 ? query : web;
    }

    private static OrganisationSummary Summary(Organisation o, DateTimeOffset now) => new(
        o.Id, o.LegalName, o.KvkNumber.Value, o.CountryOfEstablishment.Value, o.WebAddresses,
        o.Status, o.StatusSince, o.IsSubscribedAt(now));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
