using AdrDesk.Domain.Common;
using AdrDesk.Features.Admin.AuditCheck;
using AdrDesk.Resources;

namespace AdrDesk.AppSetup;

/// <summary>
/// Issue 19 item 9: <c>AdrDesk --verify-audit</c> checks every case's audit chain after the start-up migrations and seal,
/// prints per case OK or its first broken link (case, entry id, time on the desk's clock, reason), and stops with exit
/// code 0 when every chain verifies, 1 otherwise. The admin page <c>/admin/audit-check</c> runs the same check.
/// </summary>
public static class VerifyAuditCommand
{
    public const string Argument = "--verify-audit";

    public static async Task<bool> RunIfAskedAsync(IServiceProvider root, string[] args)
    {
        if (!args.Contains(Argument)) return false;
        var report = await root.GetRequiredService<AuditChainCheck>().VerifyAllAsync();
        foreach (var line in Lines(report)) Console.WriteLine(line);
        Environment.ExitCode = report.Ok ? 0 : 1;
        return true;
    }

    public static IEnumerable<string> Lines(AuditChainReport report)
    {
        foreach (var c in report.Cases)
        {
            yield return c.Break is not { } b
                ? $"OK      {c.CaseNumber} ({c.Entries} entries)"
                : $"BROKEN  {c.CaseNumber} at entry {b.EntryId} (#{b.Sequence}, {b.Action}, {DisplayFormat.Moment(b.At, Language.Nl)}): {b.Reason}";
        }
        var broken = report.Broken.Count();
        yield return broken == 0
            ? $"Audit trail verified: {report.Cases.Count} cases, {report.Entries} entries, every chain intact."
            : $"Audit trail NOT intact: {broken} of {report.Cases.Count} cases have a broken chain.";
    }
}
