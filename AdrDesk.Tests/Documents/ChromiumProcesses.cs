namespace AdrDesk.Tests.Documents;

/// <summary>
/// The Chromium processes this process started (through the Playwright driver), read from /proc:
/// other engineers' and other tests' browsers on the same machine are not counted, nor touched.
/// Shared with the benchmark (.perf/AdrDesk.Benchmarks links this file).
/// </summary>
public static class ChromiumProcesses
{
    public sealed record Process(int Id, int ParentId, string Name, long ResidentKb);

    public static IReadOnlyList<Process> Mine() =>
        Descendants(Environment.ProcessId).Where(p => p.Name.StartsWith("chrom", StringComparison.Ordinal)).ToList();

    /// <summary>The browser's main process: the Chromium whose parent is not itself Chromium.</summary>
    public static Process? Browser()
    {
        var mine = Mine();
        return mine.FirstOrDefault(p => mine.All(other => other.Id != p.ParentId));
    }

    public static long ResidentKb() => Mine().Sum(p => p.ResidentKb);

    private static IEnumerable<Process> Descendants(int root)
    {
        var all = Directory.EnumerateDirectories("/proc").Select(d => Read(Path.GetFileName(d))).OfType<Process>().ToList();
        var found = new HashSet<int> { root };
        bool grew;
        do
        {
            grew = false;
            foreach (var p in all.Where(p => found.Contains(p.ParentId) && found.Add(p.Id)))
                grew = true;
        } while (grew);
        return all.Where(p => p.Id != root && found.Contains(p.Id));
    }

    private static Process? Read(string pid)
    {
        if (!int.TryParse(pid, out var id))
            return null;
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var close = stat.LastIndexOf(')'); // the name may contain spaces
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            var rssPages = long.Parse(fields[21]);
            return new Process(id, int.Parse(fields[1]), name, rssPages * Environment.SystemPageSize / 1024);
        }
        catch (IOException)
        {
            return null; // exited while we looked
        }
    }
}
