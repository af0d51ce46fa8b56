using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Steps;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 21: the wizard's text and amount fields are plain inputs in MudTextField's outlined markup (OutlinedField). They
/// send the server one change, not a message per keystroke, input and blur; they still carry their label, hint, message
/// and error state, and cut a value over the limit.
/// </summary>
[Trait("Issue", "21")]
public sealed class PlainFieldComponentTests
{
    [Fact]
    public async Task A_text_field_sends_only_its_change_and_cuts_it_at_the_limit()
    {
        await using var ctx = ComponentHost.Create();
        var values = new List<string?>();
        var field = ctx.Render<TextField>(p => p
            .Add(f => f.Id, "ConsumerName").Add(f => f.Label, "Uw naam").Add(f => f.Max, 10)
            .Add(f => f.ValueChanged, EventCallback.Factory.Create<string?>(new object(), v => values.Add(v))));
        var input = field.Find("input#ConsumerName");

        await Assert.ThrowsAsync<MissingEventHandlerException>(() => input.InputAsync(new ChangeEventArgs { Value = "S" }));
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => input.KeyDownAsync(new KeyboardEventArgs { Key = "S" }));
        await Assert.ThrowsAsync<MissingEventHandlerException>(() => input.BlurAsync(new FocusEventArgs()));
        await input.ChangeAsync(new ChangeEventArgs { Value = "Sanne de Vries" });

        Assert.Equal(["Sanne de V"], values);
        Assert.Equal("10", input.GetAttribute("maxlength"));
        Assert.Equal("Uw naam", field.Find("label[for=ConsumerName]").TextContent);
        Assert.Equal("ConsumerName", input.GetAttribute("name"));
    }

    [Fact]
    public async Task A_text_field_with_an_error_shows_it_in_MudBlazors_error_classes_and_describes_the_input_by_hint_and_message()
    {
        await using var ctx = ComponentHost.Create();
        var field = ctx.Render<TextField>(p => p
            .Add(f => f.Id, "Email").Add(f => f.Label, "E-mailadres").Add(f => f.Hint, "Hier krijgt u bericht.").Add(f => f.Required, true)
            .Add(f => f.Issues, [new FieldIssue("Email", "Validation.Required")]));
        var input = field.Find("input#Email");

        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("true", input.GetAttribute("aria-required"));
        Assert.Equal("hint-Email msg-Email", input.GetAttribute("aria-describedby"));
        Assert.Equal("Hier krijgt u bericht.", field.Find("#hint-Email").TextContent);
        Assert.Equal("Vul dit in.", field.Find("#msg-Email").TextContent.Trim());
        Assert.Contains("mud-input-error", field.Find(".mud-input-control").ClassList);
        Assert.Contains("mud-input-error", field.Find("label[for=Email]").ClassList);
    }

    [Fact]
    public async Task A_long_question_is_written_above_a_text_area()
    {
        await using var ctx = ComponentHost.Create();
        var question = "Wat is er volgens u misgegaan met de levering van uw bestelling?";
        var field = ctx.Render<TextField>(p => p.Add(f => f.Id, "Complaint").Add(f => f.Label, question).Add(f => f.Multiline, true).Add(f => f.Max, 4000));

        Assert.Equal("5", field.Find("textarea#Complaint").GetAttribute("rows"));
        Assert.Equal(question, field.Find("label.adr-long-label[for=Complaint]").TextContent);
        Assert.Single(field.FindAll("label[for=Complaint]"));
    }

    [Fact]
    public async Task An_amount_field_sends_the_parsed_amount_once_changed()
    {
        await using var ctx = ComponentHost.Create();
        var amounts = new List<decimal?>();
        var field = ctx.Render<AmountField>(p => p
            .Add(f => f.Id, "AmountClaimed").Add(f => f.Label, "Bedrag")
            .Add(f => f.ValueChanged, EventCallback.Factory.Create<decimal?>(new object(), v => amounts.Add(v))));
        var input = field.Find("input#AmountClaimed");

        await Assert.ThrowsAsync<MissingEventHandlerException>(() => input.InputAsync(new ChangeEventArgs { Value = "1" }));
        await input.ChangeAsync(new ChangeEventArgs { Value = "1.250,50" });

        Assert.Equal([1250.50m], amounts);
        Assert.Equal("decimal", input.GetAttribute("inputmode"));
        Assert.Equal("€", field.Find(".mud-input-adornment-start").TextContent.Trim());
    }
}
