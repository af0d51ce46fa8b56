using System.Security.Claims;
using AdrDesk.Domain.Bemiddeling;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Mediation;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Features.Documents.Store;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdrDesk.Features.CaseFile;

/// <summary>
/// The live case file (issue 6): what parties, representatives and staff read and do on a case.
/// Every public method first asks <see cref="CaseAccess"/> for the caller's grant on that case:
/// no grant is <see cref="CaseNotFound"/>, whether the case exists or not. Domain commands go through
/// the <see cref="CaseStore"/> (mail, notifications and print-queue letters in the same transaction,
/// events after commit); the case file's own rows (messages, settlement reports, invitations) are
/// saved in one context per call and then announced on the <see cref="ICaseEventBus"/>.
/// The methods are grouped in the partial files beside this one.
/// </summary>
public sealed partial class CaseFileService(
    AdrDesk.Security.AccountThrottle throttle,
    IDbContextFactory<AdrDbContext> factory,
    CaseStore store,
    CaseAccess access,
    ICaseEventBus events,
    CaseNotifier notifier,
    AttachmentStore attachments,
    IDocumentStore documents,
    CaseFileHub hub,
    OutboxSignal outbox,
    IOptions<MailOptions> mailOptions,
    UnreadCounts unread,
    TimeProvider clock,
    IOptions<AdrDesk.Infrastructure.Desk.DeskOptions> desk,
    UploadQuota quota)
{
    /// <summary>Kinds of case events the case file raises itself (the domain raises its triggers).</summary>
    public static class Kinds
    {
        public const string MessagePosted = nameof(MessagePosted);
        public const string SettlementReported = nameof(SettlementReported);
        public const string SettlementDeclined = nameof(SettlementDeclined);
        public const string RepresentativeInvited = nameof(RepresentativeInvited);
        public const string RepresentationRevoked = nameof(RepresentationRevoked);
    }

    private async Task<Result<(CaseGrant Grant, CaseBase Case)>> LoadAsync(ClaimsPrincipal user, string number, CancellationToken cancellationToken)
    {
        var grant = await access.ForCaseAsync(user, number, cancellationToken);
        if (grant.IsFailure) return grant.Error!;
        var loaded = await LoadCaseAsync(grant.Value.Number, cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        return (grant.Value, loaded.Value);
    }

    private async Task<Result<CaseBase>> LoadCaseAsync(CaseNumber number, CancellationToken cancellationToken) => number.Scheme switch
    {
        Scheme.BindingRuling => Up(await store.LoadAsync<BindingRulingCase>(number, cancellationToken)),
        Scheme.B2BMediation => Up(await store.LoadAsync<MediationCase>(number, cancellationToken)),
        _ => Up(await store.LoadAsync<BemiddelingCase>(number, cancellationToken)),
    };

    /// <summary>The same for the case page's view only: not tracked (<see cref="CaseStore.ReadAsync{TCase}"/>).</summary>
    private async Task<Result<CaseBase>> ReadCaseAsync(CaseNumber number, CancellationToken cancellationToken) => number.Scheme switch
    {
        Scheme.BindingRuling => Up(await store.ReadAsync<BindingRulingCase>(number, cancellationToken)),
        Scheme.B2BMediation => Up(await store.ReadAsync<MediationCase>(number, cancellationToken)),
        _ => Up(await store.ReadAsync<BemiddelingCase>(number, cancellationToken)),
    };

    private static Result<CaseBase> Up<T>(Result<T> r) where T : CaseBase => r.IsSuccess ? r.Value : r.Error!;

    /// <summary>Load a binding-ruling case for an action only that scheme has.</summary>
    private async Task<Result<(CaseGrant Grant, BindingRulingCase Case)>> LoadBindingAsync(
        ClaimsPrincipal user, string number, string action, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(user, number, cancellationToken);
        if (loaded.IsFailure) return loaded.Error!;
        if (loaded.Value.Case is not BindingRulingCase br) return new NotInThisScheme(action);
        return (loaded.Value.Grant, br);
    }

    /// <summary>Act on a loaded binding-ruling case and save it with the notices (and <paramref name="extra"/>) in one transaction.</summary>
    private async Task<Result> SaveWithNoticesAsync(
        CaseGrant grant, BindingRulingCase c, int version, string kind, Action<AdrDbContext>? extra, CancellationToken cancellationToken,
        Guid? actingParty = null)
    {
        var notices = await notifier.PrepareAsync(c, kind, grant.Actor.UserId, cancellationToken, actingParty);
        return await store.SaveAsync(c, version, db =>
        {
            notices(db);
            extra?.Invoke(db);
        }, cancellationToken);
    }

    /// <summary>Announces a change the case file saved itself, after its commit.</summary>
    private Task PublishAsync(CaseBase c, string kind) => events.PublishAsync([new CaseEvent(c.Number, kind, c.StateName)]);

    private static Result CheckText(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return new TextRequired(what);
        return text.Length > CaseFileLimits.MaxTextLength ? new TextTooLong(CaseFileLimits.MaxTextLength) : Result.Success;
    }

    private static Guid UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    private static string DisplayNameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(Infrastructure.Identity.AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    private static string? EmailOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email)?.Trim().ToUpperInvariant();

    internal static bool IsDesk(ClaimsPrincipal user) => user.IsInRole(Security.Roles.CaseManager) || user.IsInRole(Security.Roles.Admin);
}
