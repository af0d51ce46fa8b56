// Test-only types that break the Domain rule on purpose, each in one way, so the architecture
// test can show its scanner would notice. They live in the test assembly, never in the app.
namespace AdrDesk.Tests.Architecture.Samples;

internal static class TypeofInBody
{
    public static string Name() => typeof(Microsoft.EntityFrameworkCore.DbContext).Name;
}

internal static class GenericInBody
{
    public static int Count() => new List<Radzen.DialogService>().Count;
}

internal static class StaticCallInBody
{
    public static string Encode(string s) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(s));
}

internal sealed class InSignature
{
    private readonly AdrDesk.Infrastructure.Mail.OutboxMessage? _message = null;
    public override string ToString() => _message?.Subject ?? "";
}

internal static class Clean
{
    public static int Add(int a, int b) => a + b;
}
