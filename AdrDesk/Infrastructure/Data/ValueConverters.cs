using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AdrDesk.Infrastructure.Data;

/// <summary>Stores an instant as UTC ticks (INTEGER): sortable and indexable in SQLite.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>
/// Stores euro amounts as whole cents (INTEGER). SQLite has no decimal type; TEXT would sort
/// wrongly and REAL would round. Amounts in AdrDesk have two decimals (Domain's Money checks that).
/// </summary>
public sealed class DecimalToCentsConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 100m, 0, MidpointRounding.AwayFromZero),
    v => v / 100m);
