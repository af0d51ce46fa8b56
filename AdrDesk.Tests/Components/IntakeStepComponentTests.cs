using AdrDesk.Domain.Cases;
using AdrDesk.Features.Intake.Model;
using AdrDesk.Features.Intake.Steps;
using Bunit;

namespace AdrDesk.Tests.Components;

/// <summary>Wizard steps and fields with logic (issue 16 item 5), rendered alone with their parameters.</summary>
public sealed class IntakeStepComponentTests
{
    private const string FirstReported = "Wanneer meldde u het probleem voor het eerst aan de webshop?";

    [Fact]
    public async Task The_complaint_step_asks_when_only_after_yes_and_reports_each_answer()
    {
        await using var ctx = ComponentHost.Create();
        var form = new IntakeForm();
        var changes = 0;
        var step = ctx.Render<StepComplaint>(p => p
            .Add(s => s.Form, form)
            .Add(s => s.Changed, () => changes++));

        Assert.DoesNotContain(FirstReported, step.Markup);

        await step.Find($"#{nameof(IntakeForm.ComplainedToWebshop)}-yes").ClickAsync(new());

        Assert.True(form.ComplainedToWebshop);
        Assert.Equal(1, changes);
        step.Render(p => p.Add(s => s.Form, form));
        Assert.Contains(FirstReported, step.Markup);
        // The date is typed the Dutch way and reaches the form as a date.
        await step.Find($"input#{nameof(IntakeForm.FirstReported)}").ChangeAsync(new() { Value = "02-11-2026" });
        Assert.Equal(new DateOnly(2026, 11, 2), form.FirstReported);
        Assert.Equal(2, changes);
    }

    [Fact]
    public async Task The_complaint_step_shows_a_message_at_its_field()
    {
        await using var ctx = ComponentHost.Create();
        var step = ctx.Render<StepComplaint>(p => p
            .Add(s => s.Form, new IntakeForm())
            .Add(s => s.Issues, [new FieldIssue(nameof(IntakeForm.ComplainedToWebshop), "Validation.Choose")]));

        var message = step.Find($"#msg-{nameof(IntakeForm.ComplainedToWebshop)}");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(message.TextContent));
        Assert.Equal($"msg-{nameof(IntakeForm.ComplainedToWebshop)}", step.Find("fieldset").GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("899,50", 899.50)]
    [InlineData("€ 1.299,00", 1299)]
    public async Task The_amount_field_reads_Dutch_amounts(string typed, double expected)
    {
        await using var ctx = ComponentHost.Create();
        decimal? value = null;
        var field = ctx.Render<AmountField>(p => p
            .Add(f => f.Id, "amount")
            .Add(f => f.Label, "Waarde van het product")
            .Add(f => f.ValueChanged, (decimal? v) => value = v));

        await field.Find("input#amount").ChangeAsync(new() { Value = typed });

        Assert.Equal((decimal)expected, value);
    }

    [Fact]
    public async Task The_amount_field_marks_itself_invalid_with_an_error()
    {
        await using var ctx = ComponentHost.Create();
        var field = ctx.Render<AmountField>(p => p
            .Add(f => f.Id, "amount")
            .Add(f => f.Label, "Waarde van het product")
            .Add(f => f.Value, -5m)
            .Add(f => f.Issues, [new FieldIssue("amount", "Validation.Required")]));

        var input = field.Find("input#amount");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("msg-amount", input.GetAttribute("aria-describedby"));
    }
}
