using AdrDesk.Features.PublishedRulings;

namespace AdrDesk.Tests.PublishedRulings;

/// <summary>Issue 20 item 2: the anonymisation suggestion, kind by kind; what must stay stays.</summary>
public sealed class RulingAnonymiserTests
{
    private static readonly AnonymisationInput Case = new(
        ConsumerNames: ["Sanne de Vries"],
        RepresentativeNames: ["Jan Raadsman"],
        OtherCaseData: ["ORD-2026-4711"],
        Kept: ["Fietsenwinkel BV", "https://www.fietsenwinkel.nl"]);

    private static string Suggest(string text) => RulingAnonymiser.Suggest(text, Case).Text;

    [Fact]
    public void The_consumers_full_name_surname_with_particle_and_each_part_are_replaced_in_any_case()
    {
        var text = Suggest("Sanne de Vries kocht een fiets. Volgens DE VRIES was hij kapot; sanne stuurde foto's. Mevrouw Vries belde.");

        Assert.Equal("[consument] kocht een fiets. Volgens [consument] was hij kapot; [consument] stuurde foto's. Mevrouw [consument] belde.", text);
    }

    [Fact]
    public void A_name_inside_another_word_is_not_mangled()
    {
        var text = Suggest("De fiets kwam uit Vriesland en de Sanneweg-editie; Vriesche kaas en vriesvak blijven.");

        Assert.Equal("De fiets kwam uit Vriesland en de Sanneweg-editie; Vriesche kaas en vriesvak blijven.", text);
    }

    [Fact]
    public void The_representatives_name_is_replaced_wherever_it_occurs()
    {
        var text = Suggest("De gemachtigde, jan raadsman, schreef namens de consument. Raadsman vroeg uitstel.");

        Assert.Equal("De gemachtigde, [gemachtigde], schreef namens de consument. [gemachtigde] vroeg uitstel.", text);
    }

    [Fact]
    public void Particles_alone_are_ordinary_words()
    {
        var text = Suggest("De webshop stuurde de fiets van de fabriek.");

        Assert.Equal("De webshop stuurde de fiets van de fabriek.", text);
    }

    [Fact]
    public void An_email_address_is_replaced_also_when_it_holds_the_name()
    {
        var suggestion = RulingAnonymiser.Suggest("Zij mailde vanaf sanne.devries@example.com en klantenservice@fietsenwinkel.nl.", Case);

        Assert.Equal("Zij mailde vanaf [e-mailadres] en [e-mailadres].", suggestion.Text);
        Assert.Equal(2, suggestion.Replaced[IdentifyingKind.Email]);
    }

    [Fact]
    public void The_consumers_urls_go_and_the_webshops_own_web_address_stays()
    {
        var text = Suggest("Zie https://www.fietsenwinkel.nl en de foto's op https://photos.example.org/sanne/album?id=3 of www.mijnblog.nl.");

        Assert.Equal("Zie https://www.fietsenwinkel.nl en de foto's op [webadres] of [webadres].", text);
    }

    [Fact]
    public void An_iban_is_replaced_with_or_without_spaces()
    {
        var text = Suggest("Betaal op NL91 ABNA 0417 1643 00 of DE89370400440532013000 voor 1 april.");

        Assert.Equal("Betaal op [rekeningnummer] of [rekeningnummer] voor 1 april.", text);
    }

    [Fact]
    public void Phone_numbers_are_replaced_but_dates_and_amounts_stay()
    {
        var text = Suggest("Bel 06-12345678, 020 123 4567 of +31 6 12345678. Op 01-03-2026 betaalde zij € 1.299,00 en 480,00 euro.");

        Assert.Equal("Bel [telefoonnummer], [telefoonnummer] of [telefoonnummer]. Op 01-03-2026 betaalde zij € 1.299,00 en 480,00 euro.", text);
    }

    [Fact]
    public void A_street_address_and_postal_code_are_replaced_but_a_year_followed_by_a_word_is_not()
    {
        var text = Suggest("Geleverd aan Kerkstraat 12a, 1234 AB Utrecht en later Van Goghstraat 3. In 2026 en 2027 niet onderweg 3 dagen.");

        Assert.Equal("Geleverd aan [adres], [postcode] Utrecht en later [adres]. In 2026 en 2027 niet onderweg 3 dagen.", text);
    }

    [Fact]
    public void Order_numbers_are_replaced_by_label_and_from_the_case_data_and_the_label_stays()
    {
        var text = Suggest("Bestelnummer: 2026-88812 en order #A-1234; in de mail stond ord-2026-4711. De bestelling van 12 maart kwam niet.");

        Assert.Equal("Bestelnummer: [bestelnummer] en order #[bestelnummer]; in de mail stond [verwijderd]. De bestelling van 12 maart kwam niet.", text);
    }

    [Fact]
    public void The_webshops_name_stays_even_where_a_name_part_would_match()
    {
        var shared = new AnonymisationInput(["Peter Fietsenwinkel"], [], [], ["Fietsenwinkel BV"]);

        var text = RulingAnonymiser.Suggest("Fietsenwinkel BV weigerde. Peter Fietsenwinkel klaagde; fietsenwinkel (de consument) ook.", shared).Text;

        Assert.Equal("Fietsenwinkel BV weigerde. [consument] klaagde; [consument] (de consument) ook.", text);
    }

    [Fact]
    public void English_rulings_get_english_placeholders()
    {
        var text = RulingAnonymiser.Suggest("Sanne de Vries wrote from sanne@example.com.", Case, AnonymisationPlaceholders.English).Text;

        Assert.Equal("[consumer] wrote from [e-mail address].", text);
    }

    [Fact]
    public void Remaining_names_what_blocks_an_approval_and_a_clean_text_blocks_nothing()
    {
        Assert.Equal([IdentifyingKind.ConsumerName], RulingAnonymiser.Remaining("De klacht van Sanne is gegrond.", Case));
        Assert.Equal([IdentifyingKind.Email], RulingAnonymiser.Remaining("Mail naar x@y.nl.", Case));
        Assert.Empty(RulingAnonymiser.Remaining("De klacht van [consument] is gegrond. Fietsenwinkel BV betaalt € 480,00.", Case));
    }

    [Fact]
    public void Counts_say_how_many_of_each_kind_were_replaced()
    {
        var suggestion = RulingAnonymiser.Suggest("Sanne de Vries (sanne@x.nl, 0612345678) en Sanne.", Case);

        Assert.Equal(2, suggestion.Replaced[IdentifyingKind.ConsumerName]);
        Assert.Equal(1, suggestion.Replaced[IdentifyingKind.Email]);
        Assert.Equal(1, suggestion.Replaced[IdentifyingKind.Phone]);
        Assert.Equal(4, suggestion.Total);
    }
}
