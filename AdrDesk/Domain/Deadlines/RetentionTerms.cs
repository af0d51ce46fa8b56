using AdrDesk.Domain.BindingRuling;
using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.Deadlines;

/// <summary>
/// How long an ended case's data is kept before it is erased, per scheme (issue 19 item 7; docs/security.md "Retention"
/// says why). Counted from the case's first end state, as a calendar period in Europe/Amsterdam time.
/// </summary>
public static class RetentionTerms
{
    /// <summary>D24: at most 2 years after the ruling or after the procedure stopped.</summary>
    public static readonly CalendarPeriod BindingRuling = BindingRulingTerms.Retention;

    /// <summary>
    /// B: the catalogue names no term. Consumer bemiddeling is the same desk's consumer ADR (the Wet ADR and its besluit
    /// name none either), so D24's 2 years after closing: long enough to answer a complaint about the handling or a
    /// binding-ruling filing on the same dispute, and GDPR art. 5(1)(e) allows no more without a reason.
    /// </summary>
    public static readonly CalendarPeriod Bemiddeling = CalendarPeriod.OfYears(2);

    /// <summary>
    /// M: the catalogue names no term and the ADR law does not apply (B2B). 2 years after the end (closed, withdrawn,
    /// ineligible), as D24: the vaststellingsovereenkomst binds the parties, who each hold the signed copy (art. 7:900 BW);
    /// the desk is not a party, M3 makes the talks confidential, so nothing justifies keeping more for longer.
    /// </summary>
    public static readonly CalendarPeriod Mediation = CalendarPeriod.OfYears(2);
}
