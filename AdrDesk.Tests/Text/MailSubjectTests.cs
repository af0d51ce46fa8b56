using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AdrDesk.Domain.Common;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Intake.Submission;
using AdrDesk.Tests.Support;

namespace AdrDesk.Tests.Text;

/// <summary>
/// Issue 14 item 9: a mail's subject is a complete sentence in every language ("Er is uitspraak gedaan in uw zaak 2026-0012.",
/// not "Uitspraak 2026-0012"): it begins with a capital (or a name), ends with a full stop or question mark, has more than
/// a label's few words, and carries no rule code (subjects reach consumers and webshops).
/// </summary>
public sealed partial class MailSubjectTests
{
    private static readonly string[] Languages = ["nl", "en", "de"];

    /// <summary>Every mail subject in the resx catalogues: keys "….Subject" of a mail ("Mail.…", "Bem.Mail.…").</summary>
    public static TheoryData<string, string, string> ResxSubjects()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var path in Directory.EnumerateFiles(AppHost.AppProjectFolder(), "*.resx", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            foreach (var d in XDocument.Load(path).Root!.Elements("data"))
            {
                var key = (string)d.Attribute("name")!;
                if (key.EndsWith(".Subject", StringComparison.Ordinal) && key.Contains("Mail.", StringComparison.Ordinal))
                {
                    data.Add(name, key, (string?)d.Element("value") ?? "");
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ResxSubjects))]
    public void Every_mail_subject_in_the_catalogues_is_a_sentence(string file, string key, string subject) =>
        AssertSentence($"{file} {key}", subject);

    [Fact]
    public void The_check_sees_the_subjects_of_every_language() =>
        Assert.True(ResxSubjects().Count(row => (string)row[1] == "Mail.Ruling.Subject") == 3, "the ruling's subject in nl, en and de");

    /// <summary>The case file's notice puts the change into its subject sentence: every change it tells of, in every language.</summary>
    [Fact]
    public void Every_change_notice_subject_is_a_sentence()
    {
        var kinds = CaseChangeNotices.Notified.Concat(["RecordResponse", "AddSubmission", "MessagePosted", "Withdraw", "SettlementReported", "Settle", "SettlementDeclined", "SetRepresentative", "Other"]);
        foreach (var language in Languages)
        {
            foreach (var kind in kinds)
            {
                var subject = string.Format(CultureInfo.InvariantCulture, CaseNotifier.Get("Mail.Subject", language), "2026-0012", CaseNotifier.Get(CaseNotifier.ChangeKey(kind), language));
                AssertSentence($"{language} notice of {kind}", subject);
                Assert.True(CaseNotifier.IsNotifierSubject(subject, "2026-0012"), $"{language} {kind}: the notifier recognises its own subject");
                Assert.True(CaseNotifier.IsNotifierSubject(subject, "2026-0012", kind), $"{language} {kind}: and the kind of change in it");
            }
        }
    }

    /// <summary>The intake's mails, whose texts are still in code.</summary>
    [Fact]
    public void The_intake_mail_subjects_are_sentences()
    {
        var link = "https://adrdesk.example/cases/2026-0012";
        foreach (var l in new[] { Language.Nl, Language.En, Language.De })
        {
            AssertSentence($"{l} receipt", IntakeMailTexts.Receipt(l, "2026-0012", "Sanne", new DateOnly(2026, 12, 24), link, "AdrDesk").Subject);
            AssertSentence($"{l} registered", IntakeMailTexts.Registered(l, "2026-0012", "Sanne", link, "AdrDesk").Subject);
            AssertSentence($"{l} consent request", IntakeMailTexts.ConsentRequest(l, "2026-0012", "Sanne", "Stille Fietsen B.V.", new DateOnly(2026, 12, 24), link, "AdrDesk").Subject);
            AssertSentence($"{l} draft expiring", IntakeMailTexts.DraftExpiring(l, "Sanne", new DateOnly(2026, 12, 24), link, "AdrDesk").Subject);
        }
        AssertSentence("subscription invitation", IntakeMailTexts.SubscriptionInvitation("2026-0012", "Stille Fietsen B.V.", link, "AdrDesk").Subject);
    }

    private static void AssertSentence(string what, string subject)
    {
        var text = Placeholder().Replace(subject, "Naam").Trim();
        Assert.True(text.Length > 0 && char.IsUpper(text[0]), $"{what}: \"{subject}\" does not begin with a capital");
        Assert.True(text.EndsWith('.') || text.EndsWith('?'), $"{what}: \"{subject}\" does not end with a full stop or question mark");
        Assert.True(Word().Matches(text).Count >= 4, $"{what}: \"{subject}\" is a label, not a sentence");
        Assert.False(RuleCode().IsMatch(subject), $"{what}: \"{subject}\" names a rule code; subjects reach consumers and webshops");
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b[DMB]\d{1,2}[a-z]?\b")]
    private static partial Regex RuleCode();
}
