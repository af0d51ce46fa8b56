using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AdrDesk.Infrastructure.Data;

/// <summary>
/// Functions AdrDesk adds to SQLite on every connection (see <see cref="SqlitePragmas"/>) and maps
/// into LINQ (AdrDbContext). SQLite's own LIKE, lower() and NOCASE fold ASCII only, so "Ö" would
/// not find "ö"; searches compare <see cref="Fold"/>ed texts instead.
/// </summary>
public static class SqlFunctions
{
    public const string FoldName = "adr_fold";

    /// <summary>
    /// Lower case without diacritics ("Öztürk Mode" → "ozturk mode"): what a search compares, in
    /// SQL as adr_fold(column) and in C# on the query text, so both sides fold alike.
    /// </summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    internal static void Register(SqliteConnection connection) =>
        connection.CreateFunction<string?, string?>(FoldName, v => v is null ? null : Fold(v), isDeterministic: true);
}
