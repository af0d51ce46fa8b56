namespace AdrDesk.Domain.BindingRuling;

/// <summary>D6: filing is through the online questionnaire; on request the same form is available on paper.</summary>
public enum FilingChannel
{
    Online,
    Paper,
}
