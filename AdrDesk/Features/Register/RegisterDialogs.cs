using AdrDesk.Domain.Register;
using AdrDesk.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace AdrDesk.Features.Register;

/// <summary>
/// Opens the register's dialogs (MudBlazor's IDialogService, issue 16); each dialog saves through RegisterService itself,
/// one call per action, and closes with a value only when it saved, so callers reload on a non-null result.
/// </summary>
public sealed class RegisterDialogs(IDialogService dialogs, IStringLocalizer<SharedResource> l)
{
    private static readonly DialogOptions Options = new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, CloseButton = true, BackdropClick = false,
    };

    /// <summary>The new organisation's id, or null when cancelled.</summary>
    public async Task<Guid?> AddOrganisationAsync() =>
        await OpenAsync<AddOrganisationDialog>(l["OrgRegister.Add.Title"], []) is Guid id ? id : null;

    public async Task<bool> EditAsync(Organisation organisation) =>
        await OpenAsync<EditOrganisationDialog>(l["OrgRegister.Edit.Title", organisation.LegalName],
            new() { [nameof(EditOrganisationDialog.Organisation)] = organisation }) is true;

    public async Task<bool> ChangeStatusAsync(Guid id, string legalName, OrganisationStatus current) =>
        await OpenAsync<ChangeStatusDialog>(l["OrgRegister.Status.Title"], new()
        {
            [nameof(ChangeStatusDialog.OrganisationId)] = id,
            [nameof(ChangeStatusDialog.LegalName)] = legalName,
            [nameof(ChangeStatusDialog.CurrentStatus)] = current,
        }) is true;

    public async Task<bool> AddSubscriptionAsync(Guid id, string legalName) =>
        await OpenSubscriptionAsync(id, legalName, end: false);

    public async Task<bool> EndSubscriptionAsync(Guid id, string legalName) =>
        await OpenSubscriptionAsync(id, legalName, end: true);

    private async Task<bool> OpenSubscriptionAsync(Guid id, string legalName, bool end) =>
        await OpenAsync<SubscriptionDialog>(l[end ? "OrgRegister.Subscription.EndTitle" : "OrgRegister.Subscription.AddTitle"], new()
        {
            [nameof(SubscriptionDialog.OrganisationId)] = id,
            [nameof(SubscriptionDialog.LegalName)] = legalName,
            [nameof(SubscriptionDialog.End)] = end,
        }) is true;

    private async Task<object?> OpenAsync<TDialog>(string title, Dictionary<string, object?> parameters) where TDialog : IComponent
    {
        var dialogParameters = new DialogParameters();
        foreach (var (name, value) in parameters) dialogParameters.Add(name, value);
        var reference = await dialogs.ShowAsync<TDialog>(title, dialogParameters, Options);
        var result = await reference.Result;
        return result is null || result.Canceled ? null : result.Data;
    }
}
