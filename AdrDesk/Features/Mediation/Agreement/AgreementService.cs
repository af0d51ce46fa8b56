using System.Security.Claims;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using S = AdrDesk.Domain.Mediation.MediationState;

namespace AdrDesk.Features.Mediation.Agreement;

/// <summary>What the mediator types in the agreement editor.</summary>
public sealed record DraftInput(string Dispute, string Terms, string Place, DocumentLanguage Language = DocumentLanguage.Nl);

public sealed record AgreementView(
    AgreementVersion? Current, IReadOnlyList<AgreementVersion> Versions, IReadOnlyList<ChangeProposal> Proposals,
    IReadOnlyList<AgreementSignature> Signatures, SignedAgreement? Signed)
{
    /// <summary>Hand-signed scans: a party sees its own, the mediator and staff all (to verify them).</summary>
    public IReadOnlyList<Files.SignedScan> Scans { get; init; } = [];
}

/// <summary>
/// The outcome (M8, M9): the mediator records agreement or, without it, the binding solution; drafts the
/// vaststellingsovereenkomst (versioned, issued as a stored document with SHA-256); parties may ask for
/// changes before signing; each signs with typed name, account, time and IP against the version's SHA-256;
/// the second signature makes it final: the signed PDF goes to both and the case closes.
/// </summary>
public sealed class AgreementService(
    MediationAccess access, CaseStore store, MediationMail mail, IDbContextFactory<AdrDbContext> factory,
    DocumentRenderer renderer, DocumentIssuer issuer, IDocumentStore documents,
    TimeProvider clock, Infrastructure.Events.ICaseEventBus events, ILogger<AgreementService> logger)
{
    public async Task<Result<AgreementView>> GetAsync(ClaimsPrincipal user, string number, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var versions = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).ToListAsync(ct);
        var ownParty = call.Value.IsParty ? call.Value.Party?.Id ?? Guid.Empty : (Guid?)null;
        var scans = await db.Set<Files.SignedScan>().AsNoTracking()
            .Where(s => s.CaseNumber == number && (ownParty == null || s.PartyId == ownParty)).OrderBy(s => s.UploadedAt).ToListAsync(ct);
        return new AgreementView(versions.FirstOrDefault(), versions,
            await db.Set<ChangeProposal>().AsNoTracking().Where(p => p.CaseNumber == number).OrderBy(p => p.At).ToListAsync(ct),
            await db.Set<AgreementSignature>().AsNoTracking().Where(s => s.CaseNumber == number).OrderBy(s => s.SignedAt).ToListAsync(ct),
            await db.Set<SignedAgreement>().AsNoTracking().FirstOrDefaultAsync(s => s.CaseNumber == number, ct)) { Scans = scans };
    }

    /// <summary>After the joint sessions: agreement reached (M3: confidentiality ends), or M8: the mediator's binding solution.</summary>
    public async Task<Result> RecordOutcomeAsync(ClaimsPrincipal user, string number, AgreementKind kind, string summary, CancellationToken ct = default)
    {
        if (FieldLimits.Check(summary, FieldLimits.OutcomeSummary) is { IsFailure: true } tooLong) return tooLong;
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        var version = c.Version;
        var acted = kind == AgreementKind.Agreed ? c.ReachAgreement(call.Value.Actor, clock, summary) : c.ImposeBindingSolution(call.Value.Actor, clock, summary);
        return acted.IsFailure ? acted : await store.SaveAsync(c, version, cancellationToken: ct);
    }

    /// <summary>The live preview: the same template the PDF is printed from.</summary>
    public async Task<Result<string>> PreviewAsync(ClaimsPrincipal user, string number, DraftInput input, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        var model = await ModelAsync(call.Value.Case, input, ct);
        var html = await renderer.RenderHtmlAsync<SettlementAgreement, SettlementAgreementModel>(model);
        return html.IsFailure ? html.Error! : html.Value.Html;
    }

    /// <summary>M9: a (new) version of the vaststellingsovereenkomst, issued and stored with its SHA-256; the parties are told.</summary>
    public async Task<Result<int>> DraftAsync(ClaimsPrincipal user, string number, DraftInput input, CancellationToken ct = default)
    {
        if (TooLong(input) is { } tooLong) return tooLong;
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        if (!call.Value.IsMediator) return new NotAllowedInMediation();
        var c = call.Value.Case;
        if (string.IsNullOrWhiteSpace(input.Dispute) || string.IsNullOrWhiteSpace(input.Terms) || string.IsNullOrWhiteSpace(input.Place))
            return new TextRequired("agreement");
        var version = c.Version;
        var model = await ModelAsync(c, input, ct);
        var text = $"{input.Dispute.Trim()}\n\n{string.Join("\n", model.Agreements.Select((t, i) => $"{i + 1}. {t}"))}";
        var acted = c.DraftAgreement(call.Value.Actor, clock, text);
        if (acted.IsFailure) return acted.Error!;

        int next;
        Guid? previousDocument;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var last = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            next = (last?.Number ?? 0) + 1;
            previousDocument = last?.DocumentId;
        }
        var issued = await issuer.IssueAsync<SettlementAgreement, SettlementAgreementModel>(model, Author(call.Value.Actor), previousDocument, ct);
        if (issued.IsFailure) return issued.Error!;
        var now = clock.GetUtcNow();
        var row = new AgreementVersion
        {
            Id = Guid.NewGuid(), CaseId = c.Id, CaseNumber = number, Number = next, Kind = c.AgreementKind ?? AgreementKind.Agreed,
            Dispute = input.Dispute.Trim(), Terms = string.Join("\n", model.Agreements), Place = input.Place.Trim(), Language = Lang(input.Language),
            DocumentId = issued.Value.Stored.Id, Sha256 = issued.Value.Stored.Sha256, CreatedAt = now, CreatedBy = call.Value.Actor.UserId,
        };
        var to = await mail.RecipientsAsync(c, parties: true, mediator: false, ct);
        var mails = mail.Compose(to, "Mail.AgreementDrafted", number, now, _ => [next]).ToList();
        var saved = await store.SaveAsync(c, version, db =>
        {
            db.Add(row);
            foreach (var p in db.Set<ChangeProposal>().Where(p => p.CaseNumber == number && p.Status == ChangeProposalStatus.Open))
                p.Status = ChangeProposalStatus.Answered;
            db.AddRange(mails);
        }, ct);
        return saved.IsFailure ? saved.Error! : next;
    }

    /// <summary>Issue 19 item 5: the first of the agreement's texts that is over its limit.</summary>
    private static DomainError? TooLong(DraftInput input) =>
        FieldLimits.Check(input.Dispute, FieldLimits.AgreementDispute).Error
        ?? FieldLimits.Check(input.Terms, FieldLimits.AgreementTerms).Error
        ?? FieldLimits.Check(input.Place, FieldLimits.AgreementPlace).Error;

    /// <summary>Before signing, a party asks the mediator for a change (the mediator answers with a new version).</summary>
    public async Task<Result> ProposeChangeAsync(ClaimsPrincipal user, string number, string text, CancellationToken ct = default)
    {
        if (FieldLimits.Check(text, FieldLimits.AgreementChange) is { IsFailure: true } tooLong) return tooLong;
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (call.Value.Party is not { } party) return new OnlyPartiesMayDoThis();
        var c = call.Value.Case;
        if (c.State != S.AgreementDrafted) return new AgreementNotDrafted();
        if (c.Signatures.Count > 0) return new AgreementTextFixedBySignature();
        if (string.IsNullOrWhiteSpace(text)) return new TextRequired("change");
        var now = clock.GetUtcNow();
        var to = await mail.RecipientsAsync(c, parties: false, mediator: true, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await db.Set<AgreementVersion>().Where(v => v.CaseNumber == number).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        db.Add(new ChangeProposal
        {
            Id = Guid.NewGuid(), CaseNumber = number, VersionNumber = current, PartyId = party.Id, PartyName = party.Name,
            Text = text.Trim(), At = now, Status = ChangeProposalStatus.Open,
        });
        await CaseStore.AppendAuditAsync(db, c.Id, number, call.Value.Actor, now, "ProposeAgreementChange", $"v{current}", null, text.Trim(), ct);
        db.AddRange(mail.Compose(to, "Mail.ChangeProposed", number, now, _ => [party.Name, current]));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await events.PublishAsync([new CaseEvent(c.Number, "ProposeAgreementChange", c.StateName)], ct);
        return Result.Success;
    }

    /// <summary>
    /// M9: the party signs the current version: typed full name (as on the account), account, time and IP,
    /// recorded with the version's SHA-256. The second signature makes it final: the signed PDF is issued,
    /// mailed to both, and the case is closed, in the same save.
    /// </summary>
    public async Task<Result> SignAsync(ClaimsPrincipal user, string number, int versionNumber, string typedName, string ipAddress, CancellationToken ct = default)
    {
        // Both parties may sign at the same moment: the one saved second read the case before the first signature, so it
        // signs again on the case as it now is (then as the second signature, which completes the agreement). Issue 14 item 7b.
        for (var attempt = 1; ; attempt++)
        {
            var result = await SignOnceAsync(user, number, versionNumber, typedName, ipAddress, ct);
            if (result.Error is not CaseChangedBySomeoneElse || attempt == 3) return result;
        }
    }

    private async Task<Result> SignOnceAsync(ClaimsPrincipal user, string number, int versionNumber, string typedName, string ipAddress, CancellationToken ct)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.AsResult();
        if (call.Value.Party is not { } party) return new OnlyPartiesMayDoThis();
        var c = call.Value.Case;
        var accountName = user.FindFirstValue(Infrastructure.Identity.AppClaimsPrincipalFactory.DisplayNameClaim) ?? "";
        if (!SameName(typedName, accountName)) return new SignatureNameMismatch();

        AgreementVersion? current;
        List<AgreementSignature> earlier;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            current = await db.Set<AgreementVersion>().AsNoTracking().Where(v => v.CaseNumber == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            if (current is null) return new AgreementNotDrafted();
            if (current.Number != versionNumber) return new SignedVersionChanged();
            if (await db.Set<ChangeProposal>().AnyAsync(p => p.CaseNumber == number && p.Status == ChangeProposalStatus.Open, ct)) return new OpenChangeProposals();
            earlier = await db.Set<AgreementSignature>().AsNoTracking().Where(s => s.CaseNumber == number).ToListAsync(ct);
        }
        var version = c.Version;
        var signed = c.Sign(call.Value.Actor, clock);
        if (signed.IsFailure) return signed;
        var now = clock.GetUtcNow();
        var signature = new AgreementSignature
        {
            Id = Guid.NewGuid(), CaseNumber = number, VersionNumber = current.Number, DocumentId = current.DocumentId, Sha256 = current.Sha256,
            PartyId = party.Id, PartyName = party.Name, UserId = call.Value.Grant.UserId, AccountEmail = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            TypedName = typedName.Trim(), IpAddress = ipAddress, SignedAt = now,
        };
        var extra = new List<object> { signature };
        if (c.State == S.SignedByBoth)
        {
            var completed = await CompleteAsync(call.Value, current, earlier.Append(signature).ToList(), ct);
            if (completed.IsFailure) return completed.AsResult();
            extra.AddRange(completed.Value);
        }
        var saved = await store.SaveAsync(c, version, db => db.AddRange(extra), ct);
        return saved;
    }

    /// <summary>
    /// M9: the last signature (typed, or an accepted scan) made the agreement final: the signed PDF (the agreement
    /// with every signature) is issued, mailed to both parties and the mediator, and the case is closed in the
    /// mediator's name, whose agreement it is. Returns the rows for the same save as the signature.
    /// </summary>
    internal async Task<Result<List<object>>> CompleteAsync(
        MediationCall call, AgreementVersion current, IReadOnlyList<AgreementSignature> all, CancellationToken ct, Files.SignedScan? accepting = null)
    {
        var c = call.Case;
        var now = clock.GetUtcNow();
        var scanIds = all.Select(s => s.ScanId).OfType<Guid>().ToList();
        Dictionary<Guid, Files.SignedScan> found;
        await using (var db = await factory.CreateDbContextAsync(ct))
            found = await db.Set<Files.SignedScan>().AsNoTracking().Where(x => scanIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        if (accepting is not null) found[accepting.Id] = accepting; // decided in this very save
        var scans = found.Values.ToDictionary(x => x.Id, x => new ScanNote(x.FileName, x.Sha256, x.DecidedByName ?? "", x.DecidedAt ?? now));
        var language = Parse(current.Language);
        var model = new SignedAgreementModel
        {
            Language = language, Date = Domain.Common.AmsterdamCalendar.DateOf(now), CaseNumber = c.Number.ToString(),
            Agreement = await ModelAsync(c, new DraftInput(current.Dispute, current.Terms, current.Place, language), ct),
            Signatures = all.Select(s => new SignatureLine(s.PartyName, s.TypedName, s.AccountEmail, s.SignedAt, s.IpAddress, s.Sha256, s.VersionNumber)
            {
                Scan = s.ScanId is { } scanId && scans.TryGetValue(scanId, out var scan) ? scan : null,
            }).ToList(),
        };
        var issued = await issuer.IssueAsync<SignedAgreementTemplate, SignedAgreementModel>(model, Author(call.Actor), current.DocumentId, ct);
        if (issued.IsFailure) return issued.Error!;
        var rows = new List<object>
        {
            new SignedAgreement { Id = Guid.NewGuid(), CaseNumber = c.Number.ToString(), VersionNumber = current.Number, DocumentId = issued.Value.Stored.Id, Sha256 = issued.Value.Stored.Sha256, At = now },
        };
        var bytes = await ReadAsync(issued.Value.Stored.Id, ct) ?? [];
        var to = await mail.RecipientsAsync(c, ct: ct);
        rows.AddRange(mail.Compose(to, "Mail.AgreementSigned", c.Number.ToString(), now, attachment: _ => (issued.Value.Stored.FileName, issued.Value.Stored.ContentType, bytes)));
        var closed = c.Close(call.MediatorActor, clock);
        if (closed.IsFailure) logger.LogWarning("Closing {Case} after signing: {Error}", c.Number, closed.Error!.Code);
        return rows;
    }

    /// <summary>A stored agreement document of this case (draft version or signed), for whoever may see the case.</summary>
    public async Task<Result<(byte[] Content, string ContentType, string FileName)>> OpenDocumentAsync(ClaimsPrincipal user, string number, Guid documentId, CancellationToken ct = default)
    {
        var call = await access.ForAsync(user, number, ct);
        if (call.IsFailure) return call.Error!;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var known = await db.Set<AgreementVersion>().AnyAsync(v => v.CaseNumber == number && v.DocumentId == documentId, ct)
                || await db.Set<SignedAgreement>().AnyAsync(v => v.CaseNumber == number && v.DocumentId == documentId, ct);
            if (!known) return new CaseNotFound(number);
        }
        var stored = await documents.FindAsync(documentId, ct);
        var bytes = await ReadAsync(documentId, ct);
        if (stored is null || bytes is null) return new CaseNotFound(number);
        return (bytes, stored.ContentType, stored.FileName);
    }

    private async Task<byte[]?> ReadAsync(Guid documentId, CancellationToken ct)
    {
        var opened = await documents.OpenAsync(documentId, ct);
        if (opened.IsFailure) return null;
        await using var document = opened.Value;
        using var copy = new MemoryStream();
        await document.Content.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    private async Task<SettlementAgreementModel> ModelAsync(MediationCase c, DraftInput input, CancellationToken ct)
    {
        var orgIds = c.Parties.Select(p => p.OrganisationId).OfType<Guid>().ToList();
        Dictionary<Guid, Domain.Register.Organisation> organisations;
        await using (var db = await factory.CreateDbContextAsync(ct))
            organisations = (await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToListAsync(ct)).ToDictionary(o => o.Id);
        var kvk = organisations.ToDictionary(o => o.Key, o => o.Value.KvkNumber.Value);
        DocumentParty Party(int i)
        {
            var p = c.Parties[i];
            // Issue 20 item 4: a business party's postal address from the register, where it has one.
            var a = p.OrganisationId is { } org && organisations.TryGetValue(org, out var registered) ? registered.Contact.PostalAddress : null;
            return new DocumentParty(p.Name, a is null ? new PostalAddress("", "", "", "") : new PostalAddress(a.Street, a.PostalCode, a.City, a.Country.Value))
            {
                RegistrationNumber = p.OrganisationId is { } o && kvk.TryGetValue(o, out var k) ? k : null,
            };
        }
        return new SettlementAgreementModel
        {
            Language = input.Language, Date = Domain.Common.AmsterdamCalendar.DateOf(clock.GetUtcNow()), CaseNumber = c.Number.ToString(),
            PartyA = Party(0), PartyB = Party(1), Mediator = c.MediatorName ?? "", MediatorOffice = c.MediatorOffice ?? "",
            Dispute = input.Dispute.Trim(), Place = input.Place.Trim(),
            Agreements = input.Terms.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.TrimStart('-', '*', ' ')).Where(t => t.Length > 0).ToList(),
        };
    }

    private static bool SameName(string typed, string account) =>
        !string.IsNullOrWhiteSpace(typed) && string.Equals(Squash(typed), Squash(account), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static DocumentAuthor Author(Actor actor) => new(actor.UserId, actor.DisplayName);

    private static string Lang(DocumentLanguage l) => l switch { DocumentLanguage.En => "en", DocumentLanguage.De => "de", _ => "nl" };

    private static DocumentLanguage Parse(string l) => l switch { "en" => DocumentLanguage.En, "de" => DocumentLanguage.De, _ => DocumentLanguage.Nl };
}
