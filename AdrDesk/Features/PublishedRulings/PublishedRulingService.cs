using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.Complaint;
using AdrDesk.Features.PublishedRulings.Data;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.PublishedRulings;

/// <summary>The three texts of a published ruling as the desk edits them, with what the register filters on.</summary>
public sealed record PublicationEdit(string Decision, string Reasons, string Compliance, RulingSubject Subject, RulingOutcome Outcome);

/// <summary>What the desk's page shows: the original, the suggestion (or the saved version), and the row's status.</summary>
public sealed record PublicationDesk(
    string Number, string WebshopName, Language Language, DateOnly RulingDate,
    PublicationEdit Original, PublicationEdit Suggestion, int Replacements, PublishedRuling? Saved);

/// <summary>
/// Issue 20 item 2: the desk prepares the published version of a final binding ruling (an anonymisation suggestion it
/// corrects), approves it, or withdraws it; the public register reads only approved versions. Every desk method checks
/// the caller may touch the case (<see cref="CaseAccess"/>) and is a case manager's; approval, withdrawal and every saved
/// correction are audit entries of the case (who, when).
/// </summary>
public sealed class PublishedRulingService(
    IDbContextFactory<AdrDbContext> factory, CaseAccess access, CaseStore store, TimeProvider clock, PublicRulingRegister register)
{
    /// <summary>The original ruling beside the anonymisation suggestion, or beside the version saved earlier.</summary>
    public async Task<Result<PublicationDesk>> OpenAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var final = await FinalRulingAsync(user, number, ct);
        if (final.IsFailure) return final.Error!;
        var (_, c) = final.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        var input = await AnonymisationInputAsync(db, c, ct);
        var words = c.ProcedureLanguage == Language.En ? AnonymisationPlaceholders.English : AnonymisationPlaceholders.Dutch;
        var ruling = c.Ruling!;
        var decision = RulingAnonymiser.Suggest(ruling.Decision, input, words);
        var reasons = RulingAnonymiser.Suggest(ruling.Reasons, input, words);
        var compliance = RulingAnonymiser.Suggest(ruling.ComplianceManner, input, words);
        var outcome = ruling.MustComply == PartyRole.Business ? RulingOutcome.Upheld : RulingOutcome.Rejected;
        var subject = SubjectOf(await ComplaintTextAsync(db, c.Number.ToString(), ct));
        var saved = await db.Set<PublishedRuling>().AsNoTracking().SingleOrDefaultAsync(r => r.CaseNumber == c.Number.ToString(), ct);
        return new PublicationDesk(c.Number.ToString(), c.Webshop.Name, c.ProcedureLanguage, AmsterdamCalendar.DateOf(ruling.IssuedAt),
            new PublicationEdit(ruling.Decision, ruling.Reasons, ruling.ComplianceManner, subject, outcome),
            new PublicationEdit(decision.Text, reasons.Text, compliance.Text, subject, outcome),
            decision.Total + reasons.Total + compliance.Total, saved);
    }

    /// <summary>For the desk's case view: the publication's status (null: not prepared yet) if the ruling is final and the caller a case manager.</summary>
    public async Task<Result<PublicationStatus?>> StatusAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var final = await FinalRulingAsync(user, number, ct);
        if (final.IsFailure) return final.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var key = final.Value.Case.Number.ToString();
        var status = await db.Set<PublishedRuling>().AsNoTracking().Where(r => r.CaseNumber == key)
            .Select(r => (PublicationStatus?)r.Status).SingleOrDefaultAsync(ct);
        return Result<PublicationStatus?>.Success(status);
    }

    /// <summary>Saves the desk's corrected version, not public: a public version that is edited waits for approval again.</summary>
    public Task<Result<PublishedRuling>> SaveAsync(ClaimsPrincipal user, string number, PublicationEdit edit, CancellationToken ct = default) =>
        WriteAsync(user, number, edit, approve: false, ct);

    /// <summary>Saves and approves this exact text: from now on it is on the public pages. Refused while a name or contact detail remains.</summary>
    public Task<Result<PublishedRuling>> ApproveAsync(ClaimsPrincipal user, string number, PublicationEdit edit, CancellationToken ct = default) =>
        WriteAsync(user, number, edit, approve: true, ct);

    /// <summary>Takes the published version off the public pages (it stays for the desk, and may be approved again).</summary>
    public async Task<Result<PublishedRuling>> WithdrawAsync(ClaimsPrincipal user, string number, string reason, CancellationToken ct = default)
    {
        var grant = await CaseManagerAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (string.IsNullOrWhiteSpace(reason)) return new WithdrawalReasonRequired();
        if (reason.Trim().Length > 1000) return new PublishedTextTooLong(PublishedField.WithdrawalReason, 1000);
        await using var db = await factory.CreateDbContextAsync(ct);
        var key = grant.Value.Number.ToString();
        var row = await db.Set<PublishedRuling>().SingleOrDefaultAsync(r => r.CaseNumber == key, ct);
        if (row is null) return new PublicationNotPrepared(key);
        var actor = grant.Value.Actor;
        var now = clock.GetUtcNow();
        var before = row.Status;
        row.Status = PublicationStatus.Withdrawn;
        row.WithdrawnById = actor.UserId;
        row.WithdrawnByName = actor.DisplayName;
        row.WithdrawnAt = now;
        row.WithdrawnReason = reason.Trim();
        row.UpdatedAt = now;
        await CaseStore.AppendAuditAsync(db, row.CaseId, key, actor, now, "PublicationWithdrawn", before.ToString(), row.Status.ToString(), reason.Trim(), ct);
        await db.SaveChangesAsync(ct);
        register.Changed();
        return row;
    }

    private async Task<Result<PublishedRuling>> WriteAsync(ClaimsPrincipal user, string number, PublicationEdit edit, bool approve, CancellationToken ct)
    {
        var final = await FinalRulingAsync(user, number, ct);
        if (final.IsFailure) return final.Error!;
        var (grant, c) = final.Value;
        if (Validate(edit) is { } invalid) return invalid;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (approve)
        {
            var input = await AnonymisationInputAsync(db, c, ct);
            var remaining = new[] { edit.Decision, edit.Reasons, edit.Compliance }
                .SelectMany(t => RulingAnonymiser.Remaining(t, input)).Distinct().ToList();
            if (remaining.Count > 0) return new IdentifyingTextRemains(remaining[0]);
        }

        var key = c.Number.ToString();
        var actor = grant.Actor;
        var now = clock.GetUtcNow();
        var row = await db.Set<PublishedRuling>().SingleOrDefaultAsync(r => r.CaseNumber == key, ct);
        var before = row?.Status.ToString();
        if (row is null)
        {
            row = new PublishedRuling { Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = key };
            db.Add(row);
        }
        var summary = await db.Set<Infrastructure.Data.Cases.CaseSummary>().AsNoTracking().SingleAsync(s => s.CaseId == c.Id, ct);
        var ruling = c.Ruling!;
        row.Language = c.ProcedureLanguage;
        row.RulingDate = AmsterdamCalendar.DateOf(ruling.IssuedAt);
        row.Year = row.RulingDate.Year;
        row.OrganisationId = summary.OrganisationId ?? c.Webshop.OrganisationId;
        row.WebshopName = c.Webshop.Name;
        row.Decision = edit.Decision.Trim();
        row.Reasons = edit.Reasons.Trim();
        row.Compliance = edit.Compliance.Trim();
        row.Subject = edit.Subject;
        row.Outcome = edit.Outcome;
        row.SearchText = string.Join('\n', row.WebshopName, row.Decision, row.Reasons, row.Compliance).ToLowerInvariant();
        row.PreparedById = actor.UserId;
        row.PreparedByName = actor.DisplayName;
        row.UpdatedAt = now;
        // Nothing is public without a person's approval of this very text: any other save makes it a draft again.
        row.Status = approve ? PublicationStatus.Approved : PublicationStatus.Draft;
        if (approve)
        {
            row.ApprovedById = actor.UserId;
            row.ApprovedByName = actor.DisplayName;
            row.ApprovedAt = now;
            row.WithdrawnAt = null;
            row.WithdrawnById = null;
            row.WithdrawnByName = null;
            row.WithdrawnReason = null;
        }
        await CaseStore.AppendAuditAsync(db, c.Id, key, actor, now, approve ? "PublicationApproved" : "PublicationSaved",
            before, row.Status.ToString(), null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (before is null)
        {
            // Two case managers prepared the same case at once: the unique case number kept the first.
            return new PublicationChangedBySomeoneElse();
        }
        register.Changed();
        return row;
    }

    private static DomainError? Validate(PublicationEdit edit)
    {
        foreach (var (field, text) in new[] { (PublishedField.Decision, edit.Decision), (PublishedField.Reasons, edit.Reasons), (PublishedField.Compliance, edit.Compliance) })
        {
            if (string.IsNullOrWhiteSpace(text)) return new PublishedTextRequired(field);
            if (text.Trim().Length > PublishedRulingConfiguration.MaxText) return new PublishedTextTooLong(field, PublishedRulingConfiguration.MaxText);
        }
        // The page offers only defined values; anything else is a tampered request and is refused like an empty field.
        if (!Enum.IsDefined(edit.Subject) || !Enum.IsDefined(edit.Outcome)) return new PublishedTextRequired(PublishedField.Decision);
        return null;
    }

    /// <summary>A case manager's grant to the case (an admin, an assessor or a party gets <see cref="PublicationByCaseManagerOnly"/>).</summary>
    private async Task<Result<CaseGrant>> CaseManagerAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Actor.Role != Role.CaseManager) return new PublicationByCaseManagerOnly();
        return grant.Value;
    }

    /// <summary>The case, if the caller is a case manager and its ruling is final: issued and sent (D16, D19), data not erased (D24).</summary>
    private async Task<Result<(CaseGrant Grant, BindingRulingCase Case)>> FinalRulingAsync(ClaimsPrincipal user, string number, CancellationToken ct)
    {
        var grant = await CaseManagerAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        var caseNumber = grant.Value.Number;
        if (caseNumber.Scheme != Scheme.BindingRuling) return new RulingNotFinal(number);
        var loaded = await store.LoadAsync<BindingRulingCase>(caseNumber, ct);
        if (loaded.IsFailure) return loaded.Error!;
        var c = loaded.Value;
        if (c.Ruling is not { SentAt: not null } || c.State == BindingRulingState.DataErased) return new RulingNotFinal(number);
        return (grant.Value, c);
    }

    /// <summary>What the case knows that identifies someone, and what stays (the webshop's name and web addresses).</summary>
    private static async Task<AnonymisationInput> AnonymisationInputAsync(AdrDbContext db, BindingRulingCase c, CancellationToken ct)
    {
        var key = c.Number.ToString();
        var consumerNames = new List<string> { c.Consumer.Name };
        var representatives = c.Parties.Where(p => p.Representative is not null).Select(p => p.Representative!.Name).ToList();
        var other = c.Parties.Where(p => p.Representative?.Email is not null).Select(p => p.Representative!.Email!).ToList();
        if (c.Consumer.UserId is { } userId
            && await db.Set<AppUser>().AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleOrDefaultAsync(ct) is { } account)
        {
            consumerNames.Add(account.DisplayName);
            other.AddRange(new[] { account.Email, account.PhoneNumber }.OfType<string>());
        }
        var complaint = await db.Set<FiledComplaint>().AsNoTracking().Where(f => f.CaseNumber == key)
            .Select(f => new { f.FiledByName, f.FiledByBusiness, f.OrderNumber }).SingleOrDefaultAsync(ct);
        if (complaint is not null)
        {
            if (!complaint.FiledByBusiness) consumerNames.Add(complaint.FiledByName);
            if (complaint.OrderNumber is { } order) other.Add(order);
        }
        var answers = (await db.Set<StoredFilingAnswers>().AsNoTracking().SingleOrDefaultAsync(a => a.CaseNumber == key, ct))?.Read();
        if (answers?.OrderNumber is { } answeredOrder) other.Add(answeredOrder);

        var kept = new List<string> { c.Webshop.Name };
        if (c.Webshop.OrganisationId is { } organisationId
            && await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct) is { } webshop)
        {
            kept.Add(webshop.LegalName);
            kept.AddRange(webshop.WebAddresses);
        }
        return new AnonymisationInput(consumerNames, representatives, other, kept);
    }

    private static async Task<string> ComplaintTextAsync(AdrDbContext db, string key, CancellationToken ct) =>
        await db.Set<FiledComplaint>().AsNoTracking().Where(f => f.CaseNumber == key)
            .Select(f => f.Complaint + " " + (f.Remedy ?? "")).SingleOrDefaultAsync(ct) ?? "";

    /// <summary>A first guess at the subject from the complaint's words; the desk confirms or changes it.</summary>
    internal static RulingSubject SubjectOf(string complaint)
    {
        var text = complaint.ToLowerInvariant();
        if (new[] { "niet geleverd", "niet ontvangen", "nooit ontvangen", "not delivered", "never arrived", "nicht geliefert", "levering" }.Any(text.Contains))
            return RulingSubject.NotDelivered;
        if (new[] { "herroep", "bedenktijd", "retour", "withdraw", "cooling", "widerruf" }.Any(text.Contains)) return RulingSubject.Withdrawal;
        if (new[] { "kapot", "defect", "gebrek", "beschadigd", "werkt niet", "broken", "faulty", "damaged", "mangel" }.Any(text.Contains))
            return RulingSubject.Defective;
        if (new[] { "terugbetal", "geld terug", "refund", "erstatt" }.Any(text.Contains)) return RulingSubject.Refund;
        return RulingSubject.Other;
    }
}
