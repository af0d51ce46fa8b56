using AdrDesk.Features.Documents.Models;

namespace AdrDesk.Tests.Documents;

/// <summary>
/// What each document must say, read back from the PDF with pdftotext: case number, parties,
/// amounts with € and deadlines, in the document's language and format.
/// </summary>
[Collection(DocumentsCollection.Name)]
public class DocumentRuleTests(DocumentsFixture fixture)
{
    private Task<(byte[] Pdf, string Text)> Render(DocumentKind kind, DocumentLanguage language) => PdfDocuments.RenderAsync(fixture, kind, language);

    [Theory]
    [Trait("Rule", "D26")]
    [InlineData(DocumentLanguage.Nl, "Weigeringsgrond e", "Weigeringsgrond d")]
    [InlineData(DocumentLanguage.En, "Ground for refusal e", "Ground for refusal d")]
    [InlineData(DocumentLanguage.De, "Ablehnungsgrund e", "Ablehnungsgrund d")]
    public async Task The_refusal_letter_gives_each_ground_with_the_desks_reason(DocumentLanguage language, string ground1, string ground2)
    {
        var (_, text) = await Render(DocumentKind.RefusalLetter, language);

        Assert.Contains(Samples.CaseNumber, text);
        Assert.Contains(Samples.Consumer.Name, text);
        Assert.Contains(Samples.Webshop.Name, text);
        Assert.Contains(ground1, text);
        Assert.Contains(ground2, text);
        Assert.Contains("397", text); // the written reason
    }

    [Theory]
    [Trait("Rule", "D12")]
    [InlineData(DocumentLanguage.Nl, "5 december 2026", "€ 1.459,95")]
    [InlineData(DocumentLanguage.En, "5 December 2026", "€1,459.95")]
    public async Task The_respondent_notice_states_the_14_day_deadline_and_the_claim(DocumentLanguage language, string deadline, string claim)
    {
        var (_, text) = await Render(DocumentKind.RespondentNotice, language);

        Assert.Contains(deadline, text);
        Assert.Contains(claim, text);
        Assert.Contains("14", text);
        Assert.Contains(Samples.Consumer.Name, text);
    }

    [Theory]
    [Trait("Rule", "D15")]
    [InlineData(DocumentLanguage.Nl, "18 februari 2027", "90 dagen")]
    [InlineData(DocumentLanguage.En, "18 February 2027", "90 days")]
    public async Task The_dossier_complete_notice_states_the_ruling_due_date(DocumentLanguage language, string dueBy, string term)
    {
        var (_, text) = await Render(DocumentKind.DossierCompleteNotice, language);

        Assert.Contains(dueBy, text);
        Assert.Contains(term, text);
    }

    [Theory]
    [Trait("Rule", "D15")]
    [InlineData(DocumentLanguage.Nl, "19 mei 2027", "18 februari 2027")]
    [InlineData(DocumentLanguage.En, "19 May 2027", "18 February 2027")]
    public async Task The_extension_notice_states_the_old_and_the_new_term(DocumentLanguage language, string newDue, string oldDue)
    {
        var (_, text) = await Render(DocumentKind.ExtensionNotice, language);

        Assert.Contains(newDue, text);
        Assert.Contains(oldDue, text);
    }

    [Theory]
    [Trait("Rule", "D17")]
    [InlineData(DocumentLanguage.Nl, "€ 1.234,56", "€ 24,95", "5 december 2026", "bindend voor beide partijen")]
    [InlineData(DocumentLanguage.En, "€1,234.56", "€24.95", "5 December 2026", "binding on both parties")]
    public async Task The_ruling_states_what_each_party_must_do_how_and_by_when(DocumentLanguage language, string refund, string costs, string by, string binding)
    {
        var (_, text) = await Render(DocumentKind.BindingRuling, language);

        Assert.Contains(Samples.CaseNumber, text);
        Assert.Contains(Samples.Consumer.Name, text);
        Assert.Contains(Samples.Webshop.Name, text);
        Assert.Contains(refund, text);
        Assert.Contains(costs, text);
        Assert.Contains(by, text);
        Assert.Contains(binding, text);
    }

    [Theory]
    [Trait("Rule", "D19")]
    [InlineData(DocumentLanguage.Nl, "twee maanden", "21 januari 2027")]
    [InlineData(DocumentLanguage.En, "two months", "21 January 2027")]
    public async Task The_ruling_states_the_two_month_court_term(DocumentLanguage language, string term, string lastDay)
    {
        var (_, text) = await Render(DocumentKind.BindingRuling, language);

        Assert.Contains(term, text);
        Assert.Contains(lastDay, text);
    }

    [Theory]
    [Trait("Rule", "D27")]
    [InlineData(DocumentLanguage.Nl, "redelijkheid en billijkheid")]
    [InlineData(DocumentLanguage.En, "reasonableness and fairness")]
    public async Task The_ruling_carries_the_applicable_law_text_blocks(DocumentLanguage language, string fairness)
    {
        var (_, text) = await Render(DocumentKind.BindingRuling, language);

        Assert.Contains("593/2008", text);
        Assert.Contains("1980", text); // the Rome Convention
        Assert.Contains("7:902", text);
        Assert.Contains(fairness, text);
    }

    [Theory]
    [Trait("Rule", "D18")]
    [InlineData(DocumentLanguage.Nl, "5 december 2026", "€ 1.234,56", "register")]
    [InlineData(DocumentLanguage.En, "5 December 2026", "€1,234.56", "register")]
    public async Task The_formal_reminder_gives_a_final_deadline_and_the_consequence(DocumentLanguage language, string deadline, string amount, string consequence)
    {
        var (_, text) = await Render(DocumentKind.FormalReminder, language);

        Assert.Contains(deadline, text);
        Assert.Contains(amount, text);
        Assert.Contains(consequence, text);
    }

    [Theory]
    [Trait("Rule", "M5")]
    [InlineData(DocumentLanguage.Nl, "10 december 2026", "14:00 uur")]
    [InlineData(DocumentLanguage.En, "10 December 2026", "14:00")]
    [InlineData(DocumentLanguage.De, "10. Dezember 2026", "14:00 Uhr")]
    public async Task The_mediation_invitation_gives_date_time_and_the_mediators_office(DocumentLanguage language, string date, string time)
    {
        var (_, text) = await Render(DocumentKind.MediationInvitation, language);

        Assert.Contains(date, text);
        Assert.Contains(time, text);
        Assert.Contains("Lange Voorhout 44", text);
        Assert.Contains("2514 EG Den Haag", text);
    }

    [Theory]
    [Trait("Rule", "M9")]
    [InlineData(DocumentLanguage.Nl, "€ 1.234,56", "31 december 2026", "vertrouwelijkheid")]
    [InlineData(DocumentLanguage.En, "€1,234.56", "31 December 2026", "Confidentiality ends")]
    [InlineData(DocumentLanguage.De, "1.234,56 €", "31. Dezember 2026", "endet die Vertraulichkeit")]
    public async Task The_settlement_agreement_names_both_parties_what_is_agreed_and_has_three_signature_blocks(
        DocumentLanguage language, string amount, string due, string confidentiality)
    {
        var (_, text) = await Render(DocumentKind.SettlementAgreement, language);

        Assert.Contains("7:900", text);
        Assert.Contains(Samples.Webshop.Name, text);
        Assert.Contains(Samples.Client.Name, text);
        Assert.Contains("87654321", text); // a party's details: its KvK number
        Assert.Contains(amount, text);
        Assert.Contains(due, text);
        Assert.Contains(confidentiality, text);
        Assert.Contains(Samples.Client.Signatory!, text);
        Assert.Contains("mr. E. Mulder", text);
        Assert.Contains("Den Haag", text);
    }

    [Theory]
    [Trait("Rule", "D6")]
    [Trait("Rule", "D21")]
    [InlineData(DocumentLanguage.Nl, "365 dagen", "€ 25,00", "per post")]
    [InlineData(DocumentLanguage.En, "365 days", "€25.00", "by post")]
    [InlineData(DocumentLanguage.De, "365 Tage", "25,00 €", "per Post")]
    public async Task The_paper_intake_form_asks_the_eligibility_questions_and_says_where_to_send_it(
        DocumentLanguage language, string lateness, string minimum, string byPost)
    {
        var (pdf, text) = await Render(DocumentKind.BlankIntakeForm, language);

        Assert.Contains(lateness, text);
        Assert.Contains(minimum, text);
        Assert.Contains(byPost, text);
        Assert.Contains("Postbus 1234", text);
        Assert.Contains("2500 AA Den Haag", text);
        Assert.Contains("Tagged:          yes", await Poppler.InfoAsync(pdf));
    }

    [Theory]
    [InlineData(DocumentLanguage.Nl, "3 november 2026, 14:45 uur", "€ 1.234,56")]
    [InlineData(DocumentLanguage.En, "3 November 2026, 14:45", "€1,234.56")]
    [InlineData(DocumentLanguage.De, "3. November 2026, 14:45 Uhr", "1.234,56 €")]
    public async Task The_filing_receipt_repeats_the_form_with_the_moment_of_filing(DocumentLanguage language, string filedAt, string value)
    {
        var (_, text) = await Render(DocumentKind.FilingReceipt, language);

        Assert.Contains(filedAt, text);
        Assert.Contains(value, text);
        Assert.Contains(Samples.CaseNumber, text);
    }
}
