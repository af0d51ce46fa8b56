using System.Globalization;
using System.Resources;

namespace AdrDesk.Resources;

/// <summary>
/// Validation messages for data-annotation attributes (ErrorMessageResourceType = typeof(V)):
/// Blazor's validator does not go through IStringLocalizer, so these read the same resx directly
/// in the current UI culture.
/// </summary>
public static class V
{
    private static readonly ResourceManager Strings = new("AdrDesk.Resources.SharedResource", typeof(V).Assembly);

    private static string Get(string key) => Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Required => Get("Validation.Required");
    public static string Email => Get("Validation.Email");
    public static string PasswordLength => Get("Validation.PasswordLength");
    public static string PasswordsDiffer => Get("Validation.PasswordsDiffer");
    public static string Kvk => Get("Validation.Kvk");
    public static string TooLong => Get("Validation.TooLong");

    // Display names ([Display(Name = nameof(V.FieldEmail), ResourceType = typeof(V))]): a message names the field
    // as the form's label does ("E-mailadres is verplicht."), never the C# property.
    public static string FieldEmail => Get("Field.Email");
    public static string FieldPassword => Get("Field.Password");
    public static string FieldConfirmPassword => Get("Field.ConfirmPassword");
    public static string FieldCurrentPassword => Get("Manage.CurrentPassword");
    public static string FieldNewPassword => Get("Reset.NewPassword");
    public static string FieldFullName => Get("Field.FullName");
    public static string FieldCompanyName => Get("Field.CompanyName");
    public static string FieldKvk => Get("Field.Kvk");
}
