using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdrDesk.Domain.Common;
using AdrDesk.Features.Documents.Models;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 8: consumers and webshops never read a rule code ("(D4)", "D25i", "M9"); codes stay on staff
/// screens (desk, workbench, mediator, admin) and in docs/. The party-facing texts are listed here explicitly:
/// a new catalogue or template that parties read is added to the list, and a code cannot come back.
/// </summary>
public sealed partial class PartyTextTests
{
    [GeneratedRegex(@"\b[DMB]\d{1,2}[a-z]?\b")]
    private static partial Regex RuleCode();

    /// <summary>
    /// Each catalogue parties read (path under AdrDesk/, without language) and the key prefixes in it that only staff
    /// see (null: none); <see cref="PartyKeysOfStaffCatalogues"/> names the few party keys of a staff catalogue.
    /// </summary>
    private static readonly (string Catalogue, string[] StaffOnly)[] PartyCatalogues =
    [
        ("Resources/ErrorResource", []),                       // errors reach everyone; staff add the rule with StaffText
        ("Resources/SharedResource", ["OrgRegister."]),         // the register is the desk's
        ("Features/CaseFile/CaseFileResource", ["Print."]),     // the print queue is the desk's
        ("Features/Intake/IntakeResource", ["Desk."]),             // the wizard, its review and receipt, the consent page (State.*) are the filers'; Desk.* is the desk's paper entry
        ("Features/Mediation/MediationResource", ["Agenda.", "Availability.", "Bem.Do.", "Bem.Intro", "Intro.Text", "Outcome.", "Post."]), // parties press Bem.DoParty.*; Post.: the desk's and mediator's post panels (D21)
        ("Features/Cases/Complaint/ComplaintResource", []),
        ("Features/Cases/Invitations/InvitationResource", []),
        ("Features/Invitations/InvitationsResource", []),
    ];

    private static readonly (string Catalogue, string[] Keys)[] PartyKeysOfStaffCatalogues =
    [
        // The compliance report on the party's case page (D18); the bodies of the letters' mails and the ruling's
        // clause (D27). The subjects are item 9's (mails): Mail.Removal.Subject still says "(D18)".
        ("Features/Workbench/WorkbenchResource", ["Report.", "Mail.Letter.Body", "Mail.Refusal.Body", "Mail.Removal.Body", "Mail.Ruling.Body", "Mail.Signature", "Ruling.D27.Clause"]),
    ];

    public static TheoryData<string> Catalogues() => [.. PartyCatalogues.Select(c => c.Catalogue).Concat(PartyKeysOfStaffCatalogues.Select(c => c.Catalogue))];

    [Theory, Trait("Rule", "D8")]
    [MemberData(nameof(Catalogues))]
    public void A_catalogue_parties_read_carries_no_rule_code_in_any_language(string catalogue)
    {
        var staffOnly = PartyCatalogues.Where(c => c.Catalogue == catalogue).SelectMany(c => c.StaffOnly).ToArray();
        var partyKeys = PartyKeysOfStaffCatalogues.Where(c => c.Catalogue == catalogue).SelectMany(c => c.Keys).ToArray();
        bool ForParties(string key) => partyKeys.Length > 0
            ? partyKeys.Any(p => key.StartsWith(p, StringComparison.Ordinal))
            : !staffOnly.Any(p => key.StartsWith(p, StringComparison.Ordinal));

        var found = new List<string>();
        var read = 0;
        foreach (var suffix in new[] { "", ".en", ".de" })
        {
            var path = Path.Combine(AppHost.AppProjectFolder(), catalogue + suffix + ".resx");
            foreach (var (key, value) in Values(path).Where(e => ForParties(e.Key)))
            {
                read++;
                if (RuleCode().IsMatch(value)) found.Add($"{catalogue}{suffix} {key}: {value}");
            }
        }
        Assert.True(read > 0, $"{catalogue}: no party texts read");
        Assert.True(found.Count == 0, "Rule codes in text parties read:\n" + string.Join("\n", found));
    }

    [Fact, Trait("Rule", "D8")]
    public void Document_templates_carry_no_rule_code_in_any_language()
    {
        var texts = typeof(DocumentLanguage).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("AdrDesk.Features.Documents", StringComparison.Ordinal) == true
                        && t.Name.EndsWith("Texts", StringComparison.Ordinal))
            .ToList();
        Assert.True(texts.Count >= 12, "the templates' texts were not found: " + texts.Count);

        var found = new List<string>();
        var strings = 0;
        foreach (var type in texts)
        {
            var forLanguage = type.GetMethod("For", BindingFlags.Public | BindingFlags.Static, [typeof(DocumentLanguage)]);
            Assert.True(forLanguage is not null, $"{type.Name} has no For(DocumentLanguage)");
            foreach (var language in Enum.GetValues<DocumentLanguage>())
            {
                object? instance;
                try { instance = forLanguage.Invoke(null, [language]); }
                catch (TargetInvocationException e) when (e.InnerException is ArgumentOutOfRangeException) { continue; } // NL/EN-only documents (D8)
                foreach (var (where, text) in StringsOf(instance, type.Name + "." + language))
                {
                    strings++;
                    if (RuleCode().IsMatch(text)) found.Add($"{where}: {text}");
                }
            }
        }
        Assert.True(strings > 200, "too few template strings read: " + strings);
        Assert.True(found.Count == 0, "Rule codes in documents parties receive:\n" + string.Join("\n", found));
    }

    [Fact, Trait("Rule", "D9")]
    public void The_intake_mails_carry_no_rule_code_in_any_language()
    {
        var mails = typeof(DocumentLanguage).Assembly.GetType("AdrDesk.Features.Intake.Submission.IntakeMailTexts", throwOnError: true)!;
        var found = new List<string>();
        var read = 0;
        foreach (var method in mails.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof((string, string))))
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                var args = method.GetParameters().Select(p => p.ParameterType switch
                {
                    var t when t == typeof(Language) => (object)language,
                    var t when t == typeof(string) => "X",
                    var t when t == typeof(DateOnly) => new DateOnly(2026, 12, 24),
                    var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero),
                    var t => t.IsValueType ? Activator.CreateInstance(t) : null,
                }).ToArray();
                var (subject, body) = ((string, string))method.Invoke(null, args)!;
                read++;
                foreach (var text in new[] { subject, body }.Where(t => RuleCode().IsMatch(t)))
                    found.Add($"{method.Name} {language}: {text}");
            }
        }
        Assert.True(read >= 6, "too few intake mails read: " + read);
        Assert.True(found.Count == 0, "Rule codes in mails to parties:\n" + string.Join("\n", found));
    }

    [Fact, Trait("Rule", "D25")]
    public void Staff_see_the_rule_beside_the_same_words()
    {
        var error = new AdrDesk.Domain.Eligibility.NoPriorComplaintToWebshop();
        Assert.DoesNotMatch(RuleCode(), AdrDesk.Resources.ErrorText.Message(error, Language.Nl));
        Assert.Matches(@"\(D25a\)$", AdrDesk.Resources.UiLanguage.StaffText(error));
    }

    private static IEnumerable<(string Where, string Text)> StringsOf(object? value, string where)
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return (where, s);
                yield break;
            case IDictionary dictionary:
                foreach (DictionaryEntry e in dictionary)
                    foreach (var x in StringsOf(e.Value, $"{where}[{e.Key}]")) yield return x;
                yield break;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                    foreach (var x in StringsOf(item, $"{where}[{i++}]")) yield return x;
                yield break;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("AdrDesk", StringComparison.Ordinal) != true) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            foreach (var x in StringsOf(property.GetValue(value), $"{where}.{property.Name}")) yield return x;
    }

    /// <summary>
    /// Every action the audit trail records (the schemes' triggers and what features append themselves), each a line of
    /// the timeline parties read: its words exist in nl, en and de, so no raw name ("AcceptSlot") is ever shown.
    /// </summary>
    private static IReadOnlyList<string> AuditActions()
    {
        var domain = typeof(DocumentLanguage).Assembly;
        var actions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var trigger in domain.GetTypes().Where(t => t.IsEnum && t.Namespace?.StartsWith("AdrDesk.Domain", StringComparison.Ordinal) == true
                                                              && t.Name.EndsWith("Trigger", StringComparison.Ordinal)))
            actions.UnionWith(Enum.GetNames(trigger));
        // Actions features append themselves, read from the sources: a new one cannot slip past without words.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppHost.AppProjectFolder(), "Features"), "*.cs", SearchOption.AllDirectories))
        {
            var code = File.ReadAllText(file);
            foreach (Match m in AppendedAction().Matches(code))
                foreach (var g in new[] { m.Groups["a"], m.Groups["b"] }.Where(g => g.Success)) actions.Add(g.Value);
        }
        actions.UnionWith([AdrDesk.Features.Cases.Invitations.PartyInvitations.Sent, AdrDesk.Features.Cases.Invitations.PartyInvitations.Accepted,
            AdrDesk.Features.Cases.Invitations.PartyInvitations.Revoked, "ComplianceReported"]);
        return [.. actions];
    }

    [GeneratedRegex(@"(?:AppendAuditAsync|new AuditEntry)\([^;]*?""(?<a>[A-Z][A-Za-z]+)""(?: : ""(?<b>[A-Z][A-Za-z]+)"")?")]
    private static partial Regex AppendedAction();

    [Fact, Trait("Rule", "M7"), Trait("Rule", "M9"), Trait("Rule", "D8")]
    public void Every_audited_action_has_timeline_words_in_every_language_and_none_carries_a_rule_code()
    {
        var actions = AuditActions();
        Assert.Contains("AcceptSlot", actions);
        Assert.Contains("ProposeSession", actions);
        Assert.Contains("Sign", actions);
        var missing = new List<string>();
        foreach (var suffix in new[] { "", ".en", ".de" })
        {
            var words = Values(Path.Combine(AppHost.AppProjectFolder(), "Features/CaseFile/CaseFileResource" + suffix + ".resx")).ToDictionary(e => e.Key, e => e.Value);
            foreach (var action in actions.Append("Other"))
            {
                if (!words.TryGetValue("Event." + action, out var text) || string.IsNullOrWhiteSpace(text)) missing.Add($"CaseFileResource{suffix}: Event.{action}");
                else if (RuleCode().IsMatch(text)) missing.Add($"CaseFileResource{suffix}: Event.{action} carries a code: {text}");
            }
        }
        Assert.True(missing.Count == 0, "Timeline events without words:\n" + string.Join("\n", missing));
    }

    [Fact, Trait("Rule", "M7"), Trait("Rule", "M9")]
    public async Task M7_The_mediation_timeline_shows_parties_words_only_and_staff_the_rule_beside_them()
    {
        await using var kit = await AdrDesk.Tests.Mediation.MediationKit.StartAsync();
        var number = await AdrDesk.Tests.Mediation.AgreementServiceTests.InSessionsAsync(kit);
        var caseFile = kit.Services.GetRequiredService<AdrDesk.Features.CaseFile.CaseFileService>();
        var words = Values(Path.Combine(AppHost.AppProjectFolder(), "Features/CaseFile/CaseFileResource.resx")).Select(e => e.Key).ToHashSet();

        var party = AdrDesk.Tests.Mediation.MediationKit.Ok(await caseFile.OpenAsync(kit.Client.User, number)).Timeline;
        Assert.Contains(party, t => t.TitleKey == "Event.ProposeSession");
        Assert.Contains(party, t => t.TitleKey == "Event.AcceptSlot");
        Assert.Contains(party, t => t.TitleKey == "Event.ScheduleSession");
        Assert.All(party, t => Assert.Null(t.Rule));
        Assert.All(party, t => Assert.Contains(t.TitleKey, words));
        Assert.All(party.Where(t => t.Text is not null), t => Assert.DoesNotMatch(RuleCode(), t.Text!));

        var staff = AdrDesk.Tests.Mediation.MediationKit.Ok(await caseFile.OpenAsync(kit.Staff.User, number)).Timeline;
        Assert.Contains(staff, t => t.TitleKey == "Event.AcceptSlot" && t.Rule == "M7");
        Assert.Contains(staff, t => t.TitleKey == "Event.ScheduleSession" && t.Rule == "M7");
    }

    private static IEnumerable<(string Key, string Value)> Values(string path) =>
        XDocument.Load(path).Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""));
}
