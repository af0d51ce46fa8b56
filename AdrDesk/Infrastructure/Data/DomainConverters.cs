using System.Text.Json;
using AdrDesk.Domain.Common;
using AdrDesk.Domain.Schemes;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AdrDesk.Infrastructure.Data;

/// <summary>"DD-2026-000123": the readable number is the stored form; zero-padded, so it sorts within a scheme and year.</summary>
public sealed class CaseNumberConverter() : ValueConverter<CaseNumber, string>(
    v => v.ToString(),
    v => CaseNumber.Parse(v).Value);

/// <summary>Money as whole cents (INTEGER), like every euro amount in AdrDesk.</summary>
public sealed class MoneyToCentsConverter() : ValueConverter<Money, long>(
    v => (long)decimal.Round(v.Amount * 100m, 0, MidpointRounding.AwayFromZero),
    v => Money.Euros(v / 100m));

/// <summary>
/// A small immutable value record (e.g. a representative) kept as one JSON column: it is replaced
/// whole, never queried by its parts, so a column per field would only add table-splitting rules.
/// </summary>
public sealed class JsonValueConverter<T>() : ValueConverter<T, string>(
    v => JsonSerializer.Serialize(v, JsonOptions),
    v => JsonSerializer.Deserialize<T>(v, JsonOptions)!)
    where T : class
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);
}
