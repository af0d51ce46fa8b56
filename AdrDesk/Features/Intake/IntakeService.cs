using System.Security.Claims;
using System.Text.Json;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Register;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Register;
using AdrDesk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Features.Intake;

/// <summary>A saved draft as the wizard resumes it.</summary>
public sealed record DraftState(Guid Id, IntakeForm Form, int Step, DateTimeOffset ExpiresAt);

/// <summary>
/// The wizard's drafts (item 4) and live eligibility (item 3). A draft belongs to its user: every
/// method finds it by the caller's id, so nobody reaches another's draft. One DbContext per call.
/// </summary>
public sealed class IntakeService(
    IDbContextFactory<AdrDbContext> factory, RegisterService register, Microsoft.Extensions.Options.IOptions<Uploads.UploadOptions> uploads, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public DateOnly Today => AmsterdamCalendar.DateOf(clock.GetUtcNow());

    /// <summary>The caller's draft of this scheme, null when there is none; <see cref="DraftExpired"/> once (then it is gone).</summary>
    public async Task<Result<DraftState?>> LoadDraftAsync(ClaimsPrincipal user, Scheme scheme, bool paper, CancellationToken ct = default)
    {
        var caller = IntakeCaller.For(user, scheme, paper);
        if (caller.IsFailure) return caller.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<IntakeDraft>().SingleOrDefaultAsync(d => d.UserId == caller.Value.UserId && d.Scheme == scheme && d.Paper == paper, ct);
        if (draft is null) return Result<DraftState?>.Success(null);
        if (draft.ExpiresAt <= clock.GetUtcNow())
        {
            db.Remove(draft);
            await db.SaveChangesAsync(ct);
            return new DraftExpired(draft.ExpiresAt);
        }
        return Result<DraftState?>.Success(ToState(draft));
    }

    /// <summary>Saves the answers and the step reached; called on every step (item 4). Extends the 6 months.</summary>
    public async Task<Result<DraftState>> SaveDraftAsync(ClaimsPrincipal user, IntakeForm form, int step, bool paper, CancellationToken ct = default)
    {
        var caller = IntakeCaller.For(user, form.Scheme, paper);
        if (caller.IsFailure) return caller.Error!;
        var now = clock.GetUtcNow();
        form.ReachedStep = Math.Max(form.ReachedStep, step);
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<IntakeDraft>().SingleOrDefaultAsync(d => d.UserId == caller.Value.UserId && d.Scheme == form.Scheme && d.Paper == paper, ct);
        if (draft is null)
        {
            draft = new IntakeDraft { Id = Guid.CreateVersion7(), UserId = caller.Value.UserId, Scheme = form.Scheme, Paper = paper, CreatedAt = now };
            db.Add(draft);
        }
        draft.Step = step;
        draft.AnswersJson = JsonSerializer.Serialize(form, Json);
        draft.UpdatedAt = now;
        draft.ExpiresAt = now + IntakeDraft.Lifetime;
        await db.SaveChangesAsync(ct);
        return ToState(draft);
    }

    /// <summary>Issue 18 item 5: the filer throws a draft away (a refused one, say): the draft and its uploads are deleted.</summary>
    public async Task<Result> DiscardDraftAsync(ClaimsPrincipal user, Scheme scheme, bool paper, CancellationToken ct = default)
    {
        var caller = IntakeCaller.For(user, scheme, paper);
        if (caller.IsFailure) return caller.Error!;
        await using var db = await factory.CreateDbContextAsync(ct);
        var draft = await db.Set<IntakeDraft>().AsNoTracking()
            .Where(d => d.UserId == caller.Value.UserId && d.Scheme == scheme && d.Paper == paper).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct);
        if (draft is not { } id) return Result.Success;
        // Issue 18 item 5: the draft goes with its uploads (not those already filed with a case).
        var files = await db.Set<IntakeUpload>().AsNoTracking().Where(u => u.DraftId == id && u.CaseNumber == null).Select(u => u.StoredName).ToListAsync(ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.Set<IntakeUpload>().Where(u => u.DraftId == id && u.CaseNumber == null).ExecuteDeleteAsync(ct);
            await db.Set<IntakeDraft>().Where(d => d.Id == id).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        // Files after the commit: a file without a row is harmless, a row without its file is not.
        var root = Path.GetFullPath(uploads.Value.StorePath);
        foreach (var name in files) File.Delete(Path.Combine(root, Path.GetFileName(name)));
        return Result.Success;
    }

    /// <summary>Item 3: the grounds for the answers so far, each at its step; the webshop from the register.</summary>
    public async Task<IReadOnlyList<StepGround>> CheckAsync(IntakeForm form, CancellationToken ct = default) =>
        IntakeEligibility.Check(form, await RespondentAsync(form, ct), clock);

    /// <summary>The same check against a webshop the caller already read (issue 21: no register read per field change).</summary>
    public IReadOnlyList<StepGround> Check(IntakeForm form, Organisation? respondent) => IntakeEligibility.Check(form, respondent, clock);

    public async Task<Organisation?> RespondentAsync(IntakeForm form, CancellationToken ct = default) =>
        form.WebshopId is { } id ? await register.FindAsync(id, ct) : null;

    /// <summary>The register search for the webshop step: name, web address or KvK number.</summary>
    public Task<IReadOnlyList<OrganisationSummary>> SearchWebshopsAsync(string? query, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(query) || query.Trim().Length < 2
            ? Task.FromResult<IReadOnlyList<OrganisationSummary>>([])
            : register.SearchAsync(query.Trim(), ct);

    public static IntakeForm? Deserialize(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonSerializer.Deserialize<IntakeForm>(json, Json); }
        catch (JsonException) { return null; }
    }

    private static DraftState ToState(IntakeDraft d) =>
        new(d.Id, Deserialize(d.AnswersJson) ?? new IntakeForm { Scheme = d.Scheme }, d.Step, d.ExpiresAt);
}

/// <summary>Who files, and whether that role may file this scheme this way.</summary>
public sealed record IntakeCaller(Guid UserId, Actor Actor, Guid? OrganisationId)
{
    public static Result<IntakeCaller> For(ClaimsPrincipal user, Scheme scheme, bool paper)
    {
        if (CaseAccess.ActorOf(user) is not { } actor) return new NotSignedIn();
        Guid? org = Guid.TryParse(user.FindFirstValue(Infrastructure.Identity.AppClaimsPrincipalFactory.OrganisationClaim), out var o) ? o : null;
        var caller = new IntakeCaller(actor.UserId, actor, org);
        if (paper) return actor.Role.IsStaff() && scheme == Scheme.BindingRuling ? caller : new PaperEntryIsForStaff();
        var allowed = scheme switch
        {
            // D9: both parties may file a binding-ruling dispute.
            Scheme.BindingRuling => actor.Role is Role.Consumer or Role.Business,
            Scheme.ConsumerBemiddeling => actor.Role == Role.Consumer, // B1
            Scheme.B2BMediation => actor.Role == Role.Business, // M1
            _ => false,
        };
        return allowed ? caller : new MayNotFileThisScheme();
    }
}
