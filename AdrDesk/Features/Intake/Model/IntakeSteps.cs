using AdrDesk.Domain.Schemes;

namespace AdrDesk.Features.Intake.Model;

/// <summary>The wizard's steps, one topic each (item 2). The shorter intakes (item 9) use a subset.</summary>
public enum IntakeStep
{
    Who,
    Webshop,
    Purchase,
    Complaint,
    Claim,
    Documents,
    Language,
    Review,
    Submit,
}

public static class IntakeSteps
{
    public static IReadOnlyList<IntakeStep> For(Scheme scheme) => scheme switch
    {
        Scheme.BindingRuling => Enum.GetValues<IntakeStep>(),
        // B1–B3 and M1/M10: who, the other party, the problem, documents, review, submit.
        _ => [IntakeStep.Who, IntakeStep.Webshop, IntakeStep.Complaint, IntakeStep.Documents, IntakeStep.Review, IntakeStep.Submit],
    };
}
