namespace AdrDesk.Domain.Common;

/// <summary>
/// A period in calendar units. The period starts the day after the event and ends at the end of
/// its last day in Amsterdam (Decided), so 14 days from filing on 1 March end on 15 March 23:59:59.
/// </summary>
public readonly record struct CalendarPeriod(int Days, int Months, int Years)
{
    public static CalendarPeriod OfDays(int days) => new(days, 0, 0);
    public static CalendarPeriod OfWeeks(int weeks) => new(weeks * 7, 0, 0);
    public static CalendarPeriod OfMonths(int months) => new(0, months, 0);
    public static CalendarPeriod OfYears(int years) => new(0, 0, years);

    public DateOnly LastDayFrom(DateOnly start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);

    public DateTimeOffset DueAfter(DateTimeOffset start) =>
        AmsterdamCalendar.EndOfDay(LastDayFrom(AmsterdamCalendar.DateOf(start)));
}
