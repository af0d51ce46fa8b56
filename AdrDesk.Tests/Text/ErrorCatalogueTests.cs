using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Eligibility;
using AdrDesk.Domain.Register;
using AdrDesk.Resources;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Every named error has its words in Dutch, English and German (D8: the three filing languages), in
/// Resources/ErrorResource*.resx under its code, with one placeholder per argument. Found by reflection,
/// so a new error without words fails here, not in front of a German filer.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly Assembly App = typeof(DomainError).Assembly;
    private static readonly ResourceManager Catalogue = new("AdrDesk.Resources.ErrorResource", App);

    /// <summary>The texts each language's file itself holds: no parent culture, so a missing one is not hidden by Dutch.</summary>
    private static readonly IReadOnlyDictionary<Language, IReadOnlyDictionary<string, string>> Shipped = new Dictionary<Language, IReadOnlyDictionary<string, string>>
    {
        [Language.Nl] = Entries(CultureInfo.InvariantCulture),
        [Language.En] = Entries(CultureInfo.GetCultureInfo("en")),
        [Language.De] = Entries(CultureInfo.GetCultureInfo("de")),
    };

    public static TheoryData<string> ErrorTypes() => [.. ConcreteErrors().Select(t => t.FullName!)];

    [Theory, Trait("Rule", "D8")]
    [MemberData(nameof(ErrorTypes))]
    public void Every_error_has_a_text_in_Dutch_English_and_German_with_a_placeholder_for_each_argument(string typeName)
    {
        var error = Sample(App.GetType(typeName)!);
        var expected = Enumerable.Range(0, error.Arguments.Count).ToHashSet();

        foreach (var language in Enum.GetValues<Language>())
        {
            Assert.True(Shipped[language].TryGetValue(error.Code, out var text), $"{error.Code} has no {language} text");
            Assert.False(string.IsNullOrWhiteSpace(text), $"{error.Code} has an empty {language} text");
            Assert.True(expected.SetEquals(Placeholders(text)),
                $"{error.Code} ({language}): placeholders {{{string.Join("}, {", Placeholders(text))}}} do not match its {error.Arguments.Count} argument(s): \"{text}\"");

            var message = error.Message(language);
            Assert.DoesNotMatch(PlaceholderPattern(), message);
        }
    }

    [Fact]
    public void Every_enum_value_an_error_shows_has_words_in_every_language()
    {
        var enums = ConcreteErrors().Select(Sample).SelectMany(e => e.Arguments).OfType<Enum>().Select(e => e.GetType()).Distinct().ToList();
        Assert.NotEmpty(enums); // Role, OrganisationStatus, DocumentKind…: the check sees them

        var missing = (from type in enums
                       from value in Enum.GetNames(type)
                       from language in Enum.GetValues<Language>()
                       where !Shipped[language].ContainsKey($"{type.Name}.{value}")
                       select $"{type.Name}.{value} ({language})").ToList();
        Assert.True(missing.Count == 0, "No words for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Error_codes_are_unique()
    {
        var clashes = ConcreteErrors().Select(Sample).GroupBy(e => e.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.GetType().FullName))}").ToList();
        Assert.True(clashes.Count == 0, "Two errors share a code (override Code in one):\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void The_catalogue_holds_no_text_that_no_error_or_enum_value_uses()
    {
        var errors = ConcreteErrors().Select(Sample).ToList();
        var used = errors.Select(e => e.Code)
            .Concat(errors.SelectMany(e => e.Arguments).OfType<Enum>().Select(e => e.GetType()).Distinct()
                .SelectMany(t => Enum.GetNames(t).Select(v => $"{t.Name}.{v}")))
            .ToHashSet();
        // "TextRequired.<field>": the field names TextRequired reads (ErrorText.FieldName; FormErrorTests checks them).
        Assert.Empty(Shipped[Language.Nl].Keys.Where(k => !used.Contains(k) && !k.StartsWith("TextRequired.", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void A_message_takes_its_words_from_the_catalogue_and_formats_its_arguments_in_that_language()
    {
        var ground = new ProductValueBelowMinimum(Money.Euros(12.5m));

        Assert.Equal("De waarde van het product (€ 12,50, incl. btw, excl. verzendkosten) is lager dan € 25,00.", ground.Message(Language.Nl));
        Assert.Equal("The value of the product (€12.50, incl. VAT, excl. shipping) is below €25.00.", ground.Message(Language.En));
        Assert.Equal("Der Wert des Produkts (12,50 €, inkl. MwSt., ohne Versandkosten) liegt unter 25,00 €.", ground.Message(Language.De));
        Assert.Equal("D2", ground.RuleId);
        Assert.Equal("ProductValueBelowMinimum", ground.Code);
    }

    [Fact]
    public void Dates_enums_and_nested_errors_in_a_message_are_in_the_message_language()
    {
        Assert.Equal("De webshop was op de besteldatum 02-01-2026 niet aangesloten.", new WebshopNotAffiliatedAtOrder(new DateOnly(2026, 1, 2)).Message(Language.Nl));
        Assert.Equal("Der Webshop war am Bestelldatum 02.01.2026 nicht angeschlossen.", new WebshopNotAffiliatedAtOrder(new DateOnly(2026, 1, 2)).Message(Language.De));
        Assert.Equal("Für den Status Zahlungsaufschub ist eine Begründung erforderlich.", new StatusReasonRequired(OrganisationStatus.SuspensionOfPayments).Message(Language.De));

        var refused = new AdrDesk.Features.Intake.IntakeNotEligible([new RespondentNotInRegister(), new NotAnOnlinePurchase()]);
        Assert.Equal("Die Geschäftsstelle kann diese Streitigkeit nicht behandeln: Der Webshop ist nicht in unserem Register eingetragen. "
                     + "Die Streitigkeit betrifft keinen Online-Kauf bei einem Webshop.", refused.Message(Language.De));
    }

    [Fact]
    public void Text_follows_the_readers_UI_culture()
    {
        var was = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("Anhang nicht gefunden.", new AdrDesk.Features.CaseFile.AttachmentNotFound().Text());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR"); // not a desk language: Dutch, the desk's own
            Assert.Equal("Bijlage niet gevonden.", new AdrDesk.Features.CaseFile.AttachmentNotFound().Text());
        }
        finally
        {
            CultureInfo.CurrentUICulture = was;
        }
    }

    private static IEnumerable<Type> ConcreteErrors() =>
        App.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(DomainError))).OrderBy(t => t.FullName);

    private static IReadOnlyDictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Catalogue.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
                  ?? throw new InvalidOperationException($"No error catalogue ships for '{culture.Name}'");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static IReadOnlyCollection<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text.Replace("{{", "").Replace("}}", "")).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    [GeneratedRegex(@"\{(\d+)(?:,[^}]*)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>An instance of the error built from sample values of its constructor's parameters.</summary>
    private static DomainError Sample(Type type)
    {
        var constructor = type.GetConstructors().Where(c => !c.GetParameters().Any(p => p.ParameterType == type))
                              .OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                          ?? throw new InvalidOperationException($"{type.Name} has no public constructor");
        var arguments = constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : SampleOf(p.ParameterType, type)).ToArray();
        return (DomainError)constructor.Invoke(arguments);
    }

    private static object SampleOf(Type type, Type error)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(string) => "x",
            _ when t == typeof(int) => 3,
            _ when t == typeof(long) => 10L * 1024 * 1024,
            _ when t == typeof(decimal) => 12.345m,
            _ when t == typeof(Guid) => Guid.Parse("6f1c2b9e-0000-4000-8000-000000000001"),
            _ when t == typeof(DateOnly) => new DateOnly(2026, 3, 29),
            _ when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero),
            _ when t == typeof(Money) => Money.Euros(24.99m),
            _ when t == typeof(CountryCode) => CountryCode.Of("BE"),
            _ when t.IsEnum => Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1)!,
            _ when t.IsAssignableFrom(typeof(List<EligibilityGround>)) => new List<EligibilityGround> { new RespondentNotInRegister() },
            _ => throw new InvalidOperationException($"Add a sample {t.Name} for {error.Name}'s constructor to {nameof(ErrorCatalogueTests)}."),
        };
    }
}
