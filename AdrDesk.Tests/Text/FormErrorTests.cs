using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Common;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 8: a form error names the field as the user sees it ("Uw reactie is verplicht"), never the C#
/// property or the code's word for it ("'text' is verplicht").
/// </summary>
public sealed class FormErrorTests
{
    /// <summary>Every form model of the app: a type with a property that carries a validation attribute.</summary>
    public static TheoryData<string> FormModels() =>
        [.. typeof(ErrorText).Assembly.GetTypes().Where(IsFormModel).Select(t => t.FullName!).Order()];

    [Fact]
    public void The_form_models_are_found() => Assert.True(FormModels().Count >= 4, "form models found: " + FormModels().Count);

    [Theory]
    [MemberData(nameof(FormModels))]
    public void An_empty_form_names_its_fields_as_the_user_sees_them(string model)
    {
        var type = typeof(ErrorText).Assembly.GetType(model, throwOnError: true)!;
        var properties = type.GetProperties().Select(p => p.Name).ToList();

        // Dutch, the desk's language: no C# property name in any message ("Password", "DisplayName", "Email").
        var dutch = Validate(type, "nl-NL");
        Assert.NotEmpty(dutch); // an empty form always misses something: the check saw the messages
        var named = dutch.Where(m => properties.Any(p => m.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(named.Count == 0, $"{type.Name} names a property:\n" + string.Join("\n", named));

        // Every language: each required field is named by its [Display] name from the resources, never left as "{0}".
        foreach (var culture in new[] { "nl-NL", "en-GB", "de-DE" })
        {
            var messages = Validate(type, culture);
            Assert.All(messages, m => Assert.DoesNotContain("{0}", m, StringComparison.Ordinal));
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttributes<RequiredAttribute>().Any()))
            {
                var display = property.GetCustomAttribute<DisplayAttribute>();
                Assert.True(display is not null, $"{type.Name}.{property.Name} is required but has no display name");
                var was = CultureInfo.CurrentUICulture;
                try
                {
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                    Assert.Contains(messages, m => m.StartsWith(display.GetName()!, StringComparison.Ordinal));
                }
                finally
                {
                    CultureInfo.CurrentUICulture = was;
                }
            }
        }
    }

    [Fact]
    public void A_required_e_mail_address_is_named_as_on_the_form()
    {
        var login = typeof(ErrorText).Assembly.GetTypes().Single(t => t.Name == "LoginInput");
        Assert.Contains("E-mailadres is verplicht.", Validate(login, "nl-NL"));
        Assert.Contains("E-Mail-Adresse ist erforderlich.", Validate(login, "de-DE"));
    }

    /// <summary>Every field a domain error can call required (TextRequired's word), in every language.</summary>
    public static TheoryData<string> RequiredTexts() =>
    [
        "response", "question", "content", "note", "reason", "description", "agreement", "settlement", "name",
        "outcome", "mediator", "position", "comment", "terms", "message", "text",
        nameof(AdrDesk.Domain.Bemiddeling.BemiddelingTrigger.DeclareNotQualifying),
        nameof(AdrDesk.Domain.Bemiddeling.BemiddelingTrigger.ResolveDirectly),
        nameof(AdrDesk.Domain.Bemiddeling.BemiddelingTrigger.Escalate),
    ];

    [Theory, Trait("Rule", "D12")]
    [MemberData(nameof(RequiredTexts))]
    public void A_required_text_is_named_in_the_readers_words(string what)
    {
        var catalogue = new System.Resources.ResourceManager("AdrDesk.Resources.ErrorResource", typeof(ErrorText).Assembly);
        foreach (var language in Enum.GetValues<Language>())
        {
            // Its own words in every language, not the fallback, not the code's word in quotes.
            var words = catalogue.GetString($"TextRequired.{what}", DisplayFormat.Culture(language));
            Assert.False(string.IsNullOrEmpty(words), $"TextRequired.{what}: no words in {language}");
            var message = new TextRequired(what).Message(language);
            Assert.StartsWith(words, message, StringComparison.Ordinal);
            Assert.DoesNotContain("'", message, StringComparison.Ordinal);
        }
    }

    [Fact, Trait("Rule", "D12")]
    public void The_response_is_named_as_the_webshop_sees_it()
    {
        Assert.Equal("Uw reactie is verplicht.", new TextRequired("response").Message(Language.Nl));
        Assert.Equal("Your response is required.", new TextRequired("response").Message(Language.En));
    }

    private static bool IsFormModel(Type t) =>
        t is { IsClass: true, IsAbstract: false } && t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null
        && t.GetProperties().Any(p => p.GetCustomAttributes<ValidationAttribute>().Any());

    private static List<string> Validate(Type type, string culture)
    {
        var was = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var model = Activator.CreateInstance(type, nonPublic: true)!;
            // Empty, then a value in every text field that no rule accepts alone: each attribute speaks at least once.
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
            foreach (var p in type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite)) p.SetValue(model, "x");
            Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
            return results.Select(r => r.ErrorMessage ?? "").ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = was;
        }
    }
}
