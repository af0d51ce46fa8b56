using System.Text.Json;
using System.Security.Claims;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Deadlines;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.CaseFile.Data;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Cases.Complaint;
using AdrDesk.Infrastructure.Diagnostics;
using AdrDesk.Features.Documents;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Features.Documents.Templates;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.Intake.Submission;

/// <summary>What the confirmation shows (item 5).</summary>
/// <remarks><see cref="ReceiptId"/> is the id the filing receipt will be stored under; it is issued just after (<see cref="ReceiptDelivery"/>).</remarks>
public sealed record FiledCase(
    string Number, Scheme Scheme, DateTimeOffset FiledAt, DateTimeOffset? DecisionDue, IReadOnlyList<EligibilityGround> Awaiting,
    Guid? ReceiptId, bool ByPost);

/// <summary>
/// Turns a finished intake into a case through the engine (item 5): validate, check eligibility, build the
/// aggregate (Draft → representative → paper → Submit), and insert the case with the receipt it owes the filer
/// (<see cref="PendingReceipt"/>), the draft's removal and the uploads' case number in ONE transaction.
/// </summary>
public sealed class IntakeSubmission(
    IDbContextFactory<AdrDbContext> factory, CaseStore store, IntakeService intake, ReceiptDelivery receipts,
    IOptions<MailOptions> mail, IOptions<DocumentOptions> desk, OperationTimings timings, TimeProvider clock,
    Features.Cases.Invitations.PartyInvitations invitations)
{
    public async Task<Result<FiledCase>> SubmitAsync(ClaimsPrincipal user, IntakeForm form, bool paper, Language filingLanguage, CancellationToken ct = default)
    {
        using var timed = timings.Measure("intake.submit"); // item 12: the server's share of "Submit" → confirmation
        return await SubmitUntimedAsync(user, form, paper, filingLanguage, ct);
    }

    private async Task<Result<FiledCase>> SubmitUntimedAsync(ClaimsPrincipal user, IntakeForm form, bool paper, Language filingLanguage, CancellationToken ct)
    {
        var caller = IntakeCaller.For(user, form.Scheme, paper);
        if (caller.IsFailure) return caller.Error!;
        var actor = caller.Value.Actor;
        form.Paper = paper;
        if (form.Scheme == Scheme.BindingRuling)
        {
            form.FiledBy = actor.Role == Role.Business ? PartyRole.Business : PartyRole.Consumer;
            if (form.FiledBy == PartyRole.Business)
            {
                // D9: a webshop files against a consumer; the respondent-side is its own register entry.
                if (caller.Value.OrganisationId is not { } own) return new BusinessAccountWithoutOrganisation();
                form.WebshopId = own;
                form.ComplainedToWebshop ??= true;
                form.FirstReported ??= form.OrderDate;
                form.ClaimantIsConsumer = true;
            }
        }

        var today = intake.Today;
        var issues = IntakeValidator.ValidateAll(form, today).Where(i => i.Issue.Severity == IssueSeverity.Error).ToList();
        if (issues.Count > 0) return new IntakeIncomplete(issues.Count);
        var respondent = await intake.RespondentAsync(form, ct);
        var grounds = IntakeEligibility.Check(form, respondent, clock);
        var blocking = IntakeEligibility.Blocking(grounds).Select(g => g.Ground).ToList();
        if (blocking.Count > 0 || respondent is null) return new IntakeNotEligible(blocking.Count > 0 ? blocking : [new RespondentNotInRegister()]);

        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<IntakeDraft>().AsNoTracking()
            .SingleOrDefaultAsync(d => d.UserId == caller.Value.UserId && d.Scheme == form.Scheme && d.Paper == paper, ct);
        var uploads = draft is null ? [] : await db.Set<IntakeUpload>().AsNoTracking().Where(u => u.DraftId == draft.Id).ToListAsync(ct);

        return form.Scheme switch
        {
            Scheme.BindingRuling => await BindingRulingAsync(form, paper, filingLanguage, actor, respondent, grounds, draft, uploads, ct),
            Scheme.ConsumerBemiddeling => await ShortAsync(form, filingLanguage, actor, caller.Value, respondent, draft, uploads, ct),
            _ => await ShortAsync(form, filingLanguage, actor, caller.Value, respondent, draft, uploads, ct),
        };
    }

    private async Task<Result<FiledCase>> BindingRulingAsync(
        IntakeForm form, bool paper, Language filingLanguage, Actor actor, Organisation webshopEntry, IReadOnlyList<StepGround> grounds,
        IntakeDraft? draft, List<IntakeUpload> uploads, CancellationToken ct)
    {
        var byBusiness = form.FiledBy == PartyRole.Business;
        // Issue 19 item 1: the consumer a webshop names (D9) gets the case only by accepting the invitation mailed to the
        // address the webshop gave; no account is made or attached by address.
        Guid? consumerUser = paper || byBusiness ? null : actor.UserId;
        var consumer = Party.Consumer(byBusiness ? form.ConsumerName! : form.Name!, consumerUser);
        if (consumer.IsFailure) return consumer.Error!;
        var webshop = Party.Business(webshopEntry.LegalName, byBusiness ? actor.UserId : null, webshopEntry.Id);
        if (webshop.IsFailure) return webshop.Error!;

        var number = await store.AllocateNumberAsync(Scheme.BindingRuling, AmsterdamCalendar.DateOf(clock.GetUtcNow()).Year, ct);
        var channel = paper ? FilingChannel.Paper : FilingChannel.Online;
        var drafted = BindingRulingCase.Draft(number, consumer.Value, webshop.Value, form.FiledBy, filingLanguage, form.ProcedureLanguage, channel, actor, clock);
        if (drafted.IsFailure) return drafted.Error!;
        var @case = drafted.Value;
        var filer = byBusiness ? webshop.Value : consumer.Value;
        if (form.HasRepresentative && !string.IsNullOrWhiteSpace(form.RepresentativeName))
        {
            var represented = @case.SetRepresentative(actor, clock, filer.Id,
                new Representative(form.RepresentativeName.Trim(), form.RepresentativeCapacity?.Trim() ?? "", NullIfEmpty(form.RepresentativeEmail)));
            if (represented.IsFailure) return represented.Error!;
        }
        // D21: a paper filing, or a filer who asks for post, conducts the procedure in writing.
        if (paper || form.ByPost)
        {
            var written = @case.RequestPaperProcedure(actor, clock, filer.Id);
            if (written.IsFailure) return written.Error!;
        }
        var submitted = @case.Submit(actor, clock, form.AcceptsBindingRuling);
        if (submitted.IsFailure) return submitted.Error!;

        var text = number.ToString();
        var language = byBusiness ? form.ProcedureLanguage : filingLanguage;
        var decisionDue = @case.OpenDeadline(DeadlineKind.Refusal)?.DueAt;
        var addressee = byBusiness ? webshopEntry.LegalName : form.Name!.Trim();
        var (subject, body) = IntakeMailTexts.Receipt(language, text, addressee,
            AmsterdamCalendar.DateOf(decisionDue ?? clock.GetUtcNow()), CaseLink(text), desk.Value.Desk.Name);
        // Issue 18 item 2: every answer the filer gave is kept with the case, for the desk's screening (D25) and its screens.
        var filing = new FilingAnswers
        {
            FiledBy = form.FiledBy, ClaimantIsConsumer = form.ClaimantIsConsumer != false, PurchasedOnline = form.PurchasedOnline != false,
            ConsumerCountry = form.Country ?? "NL",
            ConsumerStreet = byBusiness ? null : NullIfEmpty(form.Street), ConsumerPostalCode = byBusiness ? null : NullIfEmpty(form.PostalCode),
            ConsumerCity = byBusiness ? null : NullIfEmpty(form.City), OrderDate = form.OrderDate, OrderNumber = NullIfEmpty(form.OrderNumber), Product = NullIfEmpty(form.Product),
            ProductValue = form.ProductValue, ShippingCosts = form.ShippingCosts, ClaimTotal = form.ClaimTotal,
            ComplainedToWebshop = form.ComplainedToWebshop, FirstReported = form.FirstReported, ReplyReceived = form.ReplyReceived,
            ReplyContent = NullIfEmpty(form.ReplyContent), Complaint = NullIfEmpty(form.Complaint), Remedy = NullIfEmpty(form.Remedy),
            PreviouslyHandledBy = NullIfEmpty(form.PreviouslyHandledBy),
        };
        var answers = StoredFilingAnswers.Of(text, filing);
        // Item 12: the receipt PDF is rendered after the commit (ReceiptDelivery), not while the filer waits; what it
        // needs is committed with the case, so it cannot be lost. D21: by post it goes to the print queue.
        var receipt = new PendingReceipt
        {
            Id = Guid.CreateVersion7(), CaseNumber = text, DocumentId = Guid.CreateVersion7(),
            ModelJson = JsonSerializer.Serialize(ReceiptModel(form, text, language, webshopEntry, uploads, filing), ReceiptDelivery.Json),
            AuthorId = actor.UserId, AuthorName = actor.DisplayName,
            MailTo = !paper && !string.IsNullOrWhiteSpace(form.Email) ? form.Email.Trim() : null,
            PostalAddress = paper || form.ByPost ? $"{form.Street}, {form.PostalCode} {form.City}" : null,
            PartyId = filer.Id, RecipientName = addressee, Subject = subject, Body = body, Language = Code(language),
            CreatedAt = clock.GetUtcNow(), NextAttemptAt = clock.GetUtcNow(),
        };

        // D9: the consumer's invitation; D7: the representative the filer named, invited at the address it gave. Both in
        // the case's own save, so that nobody is reached for a case that was not filed.
        var consumerInvitation = byBusiness && !paper
            ? await invitations.PrepareForConsumerAsync(@case, consumer.Value.Id, form.ConsumerEmail!, Code(filingLanguage), actor, ct)
            : null;
        var representativeInvitation = !paper && @case.FindParty(filer.Id)?.Representative is { Email: { Length: > 0 } repEmail }
            ? await invitations.PrepareForRepresentativeAsync(@case, filer.Id, repEmail, Code(language), actor, ct)
            : null;
        var created = await store.CreateAsync(@case, db =>
        {
            consumerInvitation?.Invoke(db);
            representativeInvitation?.Invoke(db);
            db.Add(answers);
            db.Add(receipt);
            // D13: what the filer wrote and uploaded is the first entry of the case file, for the other party and the assessor.
            CaseComplaints.Add(db, ComplaintOf(form, @case.Id, text, byBusiness ? webshopEntry.LegalName : form.Name!.Trim(), byBusiness, paper, uploads));
            Finish(db, draft, uploads, text);
        }, Money.Create(form.ClaimTotal ?? 0m) is { IsSuccess: true } m ? m.Value : null, ct);
        if (created.IsFailure) return created.Error!;
        receipts.Wake();

        var awaiting = grounds.Where(g => g.Ground.Handling == GroundHandling.Awaiting).Select(g => g.Ground).ToList();
        return new FiledCase(text, Scheme.BindingRuling, @case.FiledAt ?? clock.GetUtcNow(), decisionDue, awaiting, receipt.DocumentId,
            paper || form.ByPost);
    }

    /// <summary>Item 9: bemiddeling (B2) and B2B mediation (M10): a registration, no receipt PDF, a confirmation mail.</summary>
    private async Task<Result<FiledCase>> ShortAsync(
        IntakeForm form, Language language, Actor actor, IntakeCaller caller, Organisation participant, IntakeDraft? draft, List<IntakeUpload> uploads,
        CancellationToken ct)
    {
        var description = (form.Complaint ?? "").Trim();
        Result<Party> filer = form.Scheme == Scheme.ConsumerBemiddeling
            ? Party.Consumer(form.Name!, actor.UserId)
            // M1: the client is a business; one without a register entry gets its own organisation id.
            : Party.Business(form.Name!, actor.UserId, caller.OrganisationId ?? Guid.CreateVersion7());
        if (filer.IsFailure) return filer.Error!;
        var other = Party.Business(participant.LegalName, null, participant.Id);
        if (other.IsFailure) return other.Error!;
        var text = "";
        var (subject, body) = ("", "");
        var caseId = Guid.Empty;
        Result<CaseBase> Create(CaseNumber n)
        {
            text = n.ToString();
            (subject, body) = IntakeMailTexts.Registered(language, text, form.Name!.Trim(), CaseLink(text), desk.Value.Desk.Name);
            if (form.Scheme == Scheme.ConsumerBemiddeling)
            {
                var registered = BemiddelingCase.Register(n, filer.Value, other.Value, description, actor, clock);
                if (registered.IsSuccess) caseId = registered.Value.Id;
                return registered.IsSuccess ? registered.Value : registered.Error!;
            }
            var requested = MediationCase.Request(n, other.Value, filer.Value, actor, clock);
            if (requested.IsSuccess) caseId = requested.Value.Id;
            return requested.IsSuccess ? requested.Value : requested.Error!;
        }
        var created = await store.CreateAsync<CaseBase>(form.Scheme, Create, db =>
        {
            db.Add(OutboxMessage.Create(form.Email!.Trim(), form.Name!.Trim(), subject, body, Code(language), clock.GetUtcNow(), text));
            // M6, B3: the request as written is the first entry of the file, for the other party and the mediator or desk.
            CaseComplaints.Add(db, ComplaintOf(form, caseId, text, form.Name!.Trim(), form.Scheme == Scheme.B2BMediation, paper: false, uploads));
            Finish(db, draft, uploads, text);
        }, cancellationToken: ct);
        if (created.IsFailure) return created.Error!;
        // Issue 14: a mediation request reaches the other party (M4); if nobody of its organisation has an account,
        // its dispute address gets an invitation.
        if (form.Scheme == Scheme.B2BMediation) await invitations.InviteOrganisationsAsync(created.Value, actor, ct);
        return new FiledCase(text, form.Scheme, clock.GetUtcNow(), null, [], null, false);
    }

    private FilingReceiptModel ReceiptModel(IntakeForm f, string number, Language language, Organisation webshop, List<IntakeUpload> uploads, FilingAnswers filing)
    {
        var consumerName = f.FiledBy == PartyRole.Business ? f.ConsumerName! : f.Name!;
        var address = new PostalAddress(f.Street ?? "", f.PostalCode ?? "", f.City ?? "", f.Country ?? "NL");
        var filerParty = new DocumentParty(f.FiledBy == PartyRole.Business ? webshop.LegalName : f.Name!.Trim(), address) { Email = NullIfEmpty(f.Email), Representative = f.HasRepresentative ? f.RepresentativeName : null };
        return new FilingReceiptModel
        {
            Language = Enum.Parse<DocumentLanguage>(language.ToString()),
            Date = AmsterdamCalendar.DateOf(clock.GetUtcNow()),
            CaseNumber = number,
            Addressee = filerParty,
            SignedBy = desk.Value.Desk.Name,
            SignerRole = SignerRole.Secretary,
            Consumer = f.FiledBy == PartyRole.Business ? new DocumentParty(consumerName.Trim(), new PostalAddress("", "", "", "")) { Email = f.ConsumerEmail } : filerParty,
            Webshop = new DocumentParty(webshop.LegalName, new PostalAddress("", "", "", webshop.CountryOfEstablishment.Value)) { RegistrationNumber = webshop.KvkNumber.ToString() },
            FiledAt = clock.GetUtcNow(),
            OrderDate = f.OrderDate!.Value,
            OrderNumber = NullIfEmpty(f.OrderNumber),
            Product = f.Product!.Trim(),
            ProductValue = f.ProductValue ?? 0m,
            ClaimTotal = f.ClaimTotal ?? 0m,
            FirstComplaintDate = f.FirstReported ?? f.OrderDate!.Value,
            Complaint = f.Complaint!.Trim(),
            Claim = f.Remedy!.Trim(),
            Attachments = uploads.Select(u => u.OriginalName).ToList(),
            ByPost = f.ByPost,
            // Issue 18 item 2: the answers the desk screens on, in words in the receipt's language.
            Answers = FilingAnswerRows.For(filing, language, FilingAnswerRows.Screening).Select(r => new ReceiptAnswer(r.Question, r.Answer)).ToList(),
        };
    }

    /// <summary>D13: the complaint as the wizard (or the desk's paper entry) collected it, kept with the case.</summary>
    private FiledComplaint ComplaintOf(IntakeForm f, Guid caseId, string number, string filerName, bool byBusiness, bool paper, List<IntakeUpload> uploads) => new()
    {
        CaseId = caseId, CaseNumber = number, Scheme = f.Scheme, FiledAt = clock.GetUtcNow(),
        FiledByName = filerName, FiledByBusiness = byBusiness, OnPaper = paper,
        Complaint = (f.Complaint ?? "").Trim(), Remedy = NullIfEmpty(f.Remedy), ClaimTotal = f.ClaimTotal,
        Product = NullIfEmpty(f.Product), OrderNumber = NullIfEmpty(f.OrderNumber), OrderDate = f.OrderDate,
        ProductValue = f.ProductValue, ShippingCosts = f.ShippingCosts,
        FirstReported = f.FirstReported, ReplyReceived = f.ReplyReceived, EarlierReply = f.ReplyReceived == true ? NullIfEmpty(f.ReplyContent) : null,
        Documents = uploads.Select(u => new FiledComplaintDocument
        {
            Id = u.Id, CaseId = caseId, FileName = u.OriginalName, Size = u.Size, UploadedAt = u.UploadedAt,
        }).ToList(),
    };

    private static void Finish(AdrDbContext db, IntakeDraft? draft, List<IntakeUpload> uploads, string number)
    {
        if (draft is not null) db.Entry(draft).State = EntityState.Deleted;
        foreach (var upload in uploads)
        {
            upload.CaseNumber = number;
            upload.DraftId = null;
            db.Entry(upload).State = EntityState.Modified;
        }
    }

    private string CaseLink(string number) => $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/cases/{number}";

    internal static string Code(Language language) => language.ToString().ToLowerInvariant();

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
