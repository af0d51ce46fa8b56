using System.Security.Claims;
using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Data;

namespace AdrDesk.Features.Workbench;

/// <summary>A binding-ruling case as the desk or an assessor on its panel may work on it.</summary>
public sealed record WorkedCase(CaseGrant Grant, BindingRulingCase Case, int LoadedVersion)
{
    public Actor Actor => Grant.Actor;
    public bool IsStaff => Grant.IsStaff;
    public PanelSeat? Seat => Case.CurrentPanel.FirstOrDefault(s => s.AssessorId == Grant.UserId);
    public bool IsRapporteur => Seat is { IsRapporteur: true };
}

/// <summary>
/// The access check of every workbench and desk operation (architecture.md): CaseAccess decides, and only
/// desk staff and assessors on the case's current panel pass; anybody else, parties included, gets
/// <see cref="CaseNotFound"/>, the same answer as for a case that does not exist.
/// </summary>
public sealed class WorkbenchCases(CaseAccess access, CaseStore store)
{
    public async Task<Result<WorkedCase>> OpenAsync(ClaimsPrincipal user, string number, bool deskOnly = false, CancellationToken ct = default)
    {
        var grant = await access.ForCaseAsync(user, number, ct);
        if (grant.IsFailure) return grant.Error!;
        if (grant.Value.Kind is not (CaseAccessKind.Staff or CaseAccessKind.Assessor)) return new CaseNotFound(number);
        if (deskOnly && !grant.Value.IsStaff) return new DeskStaffOnly();
        if (grant.Value.Number.Scheme != Scheme.BindingRuling) return new NotABindingRulingCase(number);
        var loaded = await store.LoadAsync<BindingRulingCase>(grant.Value.Number, ct);
        if (loaded.IsFailure) return loaded.Error!;
        return new WorkedCase(grant.Value, loaded.Value, loaded.Value.Version);
    }

    /// <summary>Open, run one domain command as the caller, save with <paramref name="extra"/> in the same transaction.</summary>
    public async Task<Result> ActAsync(
        ClaimsPrincipal user, string number, Func<WorkedCase, Result> act, Action<AdrDbContext>? extra = null, bool deskOnly = false, CancellationToken ct = default)
    {
        var opened = await OpenAsync(user, number, deskOnly, ct);
        if (opened.IsFailure) return opened.Error!;
        var acted = act(opened.Value);
        if (acted.IsFailure) return acted;
        return await store.SaveAsync(opened.Value.Case, opened.Value.LoadedVersion, extra, ct);
    }

    public Task<Result> SaveAsync(WorkedCase worked, Action<AdrDbContext>? extra = null, CancellationToken ct = default) =>
        store.SaveAsync(worked.Case, worked.LoadedVersion, extra, ct);
}
