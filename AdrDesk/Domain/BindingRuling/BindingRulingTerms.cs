using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>The terms of the binding-ruling procedure, all calendar periods in Europe/Amsterdam (Decided).</summary>
public static class BindingRulingTerms
{
    /// <summary>Directive art. 5(4): a reasoned refusal within 3 weeks of receiving the complaint file.</summary>
    public static readonly CalendarPeriod Refusal = CalendarPeriod.OfWeeks(3);

    /// <summary>D9: the consumer has 5 weeks to consent to a webshop's filing.</summary>
    public static readonly CalendarPeriod Consent = CalendarPeriod.OfWeeks(5);

    /// <summary>D12: the other party responds within 14 days.</summary>
    public static readonly CalendarPeriod Response = CalendarPeriod.OfDays(14);

    /// <summary>D15: the ruling within 90 days of the dossier being complete...</summary>
    public static readonly CalendarPeriod Ruling = CalendarPeriod.OfDays(90);

    /// <summary>D15: ...extendable once by at most 90 days.</summary>
    public static readonly CalendarPeriod MaxRulingExtension = CalendarPeriod.OfDays(90);

    /// <summary>D19: a party may go to court within 2 months after the ruling was sent.</summary>
    public static readonly CalendarPeriod Court = CalendarPeriod.OfMonths(2);

    /// <summary>D24: data is kept at most 2 years after the ruling or the end of the procedure.</summary>
    public static readonly CalendarPeriod Retention = CalendarPeriod.OfYears(2);

    /// <summary>
    /// D18 names one reminder but no term for it; AdrDesk gives the same 14 days as a response (D12)
    /// before staff may declare non-compliance. See docs/procedure.md, "Assumptions".
    /// </summary>
    public static readonly CalendarPeriod Reminder = CalendarPeriod.OfDays(14);

    /// <summary>D13: the longest term the assessor may give for an information request.</summary>
    public const int MaxInformationTermDays = 90;
}
