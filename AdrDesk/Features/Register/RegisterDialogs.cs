using AdrDesk.Domain.Register;
using AdrDesk.Resources;
using Microsoft.Extensions.Localization;
using Radzen;

namespace AdrDesk.Features.Register;

/// <summary>
/// Opens the register's dialogs (Radzen DialogService); each dialog saves through RegisterService
/// itself and closes with a value only when it saved, so callers reload on a non-null result.
/// </summary>
public sealed class RegisterDialogs(DialogService dialogs, IStringLocalizer<SharedResource> l)
{
    private static readonly DialogOptions Options = new() { Width = "560px", CloseDialogOnEsc = true, AutoFocusFirstElement = true };

    /// <summary>The new organisation's id, or null when cancelled.</summary>
    public async Task<Guid?> AddOrganisationAsync() =>
        await dialogs.OpenAsync<AddOrganisationDialog>(l["OrgRegister.Add.Title"], [], Options) is Guid id ? id : null;

    public async Task<bool> EditAsync(Organisation organisation) =>
        await dialogs.OpenAsync<EditOrganisationDialog>(l["OrgRegister.Edit.Title", organisation.LegalName],
            new() { [nameof(EditOrganisationDialog.Organisation)] = organisation }, Options) is true;

    public async Task<bool> ChangeStatusAsync(Guid id, string legalName, OrganisationStatus current) =>
        await dialogs.OpenAsync<ChangeStatusDialog>(l["OrgRegister.Status.Title"], new()
        {
            [nameof(ChangeStatusDialog.OrganisationId)] = id,
            [nameof(ChangeStatusDialog.LegalName)] = legalName,
            [nameof(ChangeStatusDialog.CurrentStatus)] = current,
        }, Options) is true;

    public async Task<bool> AddSubscriptionAsync(Guid id, string legalName) =>
        await OpenSubscriptionAsync(id, legalName, end: false);

    public async Task<bool> EndSubscriptionAsync(Guid id, string legalName) =>
        await OpenSubscriptionAsync(id, legalName, end: true);

    private async Task<bool> OpenSubscriptionAsync(Guid id, string legalName, bool end) =>
        await dialogs.OpenAsync<SubscriptionDialog>(l[end ? "OrgRegister.Subscription.EndTitle" : "OrgRegister.Subscription.AddTitle"], new()
        {
            [nameof(SubscriptionDialog.OrganisationId)] = id,
            [nameof(SubscriptionDialog.LegalName)] = legalName,
            [nameof(SubscriptionDialog.End)] = end,
        }, Options) is true;
}
