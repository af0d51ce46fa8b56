using System.Text;
using System.Text.RegularExpressions;

namespace AdrDesk.Tests.Support;

/// <summary>
/// A small RFC 5322 / MIME reader for the outbox's .eml files (MimeKit is not on the feed):
/// unfolds headers, decodes RFC 2047 encoded words, splits multipart bodies and decodes
/// base64 / quoted-printable parts. Throws on a malformed message, which is the point.
/// </summary>
public sealed partial class Eml
{
    private Eml(Dictionary<string, string> headers, string rawHeaders, string body, List<Eml> parts, byte[] content)
    {
        Headers = headers;
        RawHeaders = rawHeaders;
        Body = body;
        Parts = parts;
        Content = content;
    }

    /// <summary>Decoded header values by name (case-insensitive); the last one wins.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }
    /// <summary>The headers as written (encoded words undecoded).</summary>
    public string RawHeaders { get; }
    /// <summary>The decoded text of this part (for multipart: empty).</summary>
    public string Body { get; }
    public IReadOnlyList<Eml> Parts { get; }
    public byte[] Content { get; }

    public string this[string header] => Headers[header];

    /// <summary>The first text/plain part's text, the message's own body when not multipart.</summary>
    public string Text => Parts.Count == 0 ? Body : Parts.Select(p => p.Text).FirstOrDefault(t => t.Length > 0) ?? "";

    public IEnumerable<Eml> AllParts => Parts.Count == 0 ? [this] : Parts.SelectMany(p => p.AllParts);

    public static Eml Load(string path) => Parse(File.ReadAllText(path, Encoding.ASCII));

    public static Eml Parse(string raw)
    {
        raw = raw.Replace("\r\n", "\n");
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new FormatException("No blank line between headers and body.");
        }
        var rawHeaders = raw[..split];
        var body = raw[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Regex.Replace(rawHeaders, "\n[ \t]+", " ").Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => c is ' ' or '\t' || c > 126))
            {
                throw new FormatException($"Malformed header line: {line}");
            }
            headers[line[..colon]] = DecodeWords(line[(colon + 1)..].Trim());
        }

        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain; charset=us-ascii");
        var boundary = Boundary().Match(contentType);
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var b = "--" + boundary.Groups["b"].Value;
            var parts = body.Split(b).Skip(1).TakeWhile(p => !p.StartsWith("--", StringComparison.Ordinal))
                .Select(p => Parse(p.TrimStart('\n'))).ToList();
            return new Eml(headers, rawHeaders, "", parts, []);
        }

        var bytes = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.ASCII.GetBytes(body),
        };
        var charset = Charset().Match(contentType) is { Success: true } m ? m.Groups["c"].Value : "us-ascii";
        var text = contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            ? Encoding.GetEncoding(charset).GetString(bytes)
            : "";
        return new Eml(headers, rawHeaders, text, [], bytes);
    }

    private static string DecodeWords(string value) =>
        EncodedWord().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), m =>
        {
            var encoding = Encoding.GetEncoding(m.Groups["charset"].Value);
            var text = m.Groups["text"].Value;
            var bytes = m.Groups["enc"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(text)
                : QuotedPrintable(text.Replace('_', ' '));
            return encoding.GetString(bytes);
        });

    private static byte[] QuotedPrintable(string text)
    {
        text = text.Replace("=\n", "");
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex("boundary=\"?(?<b>[^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("charset=\"?(?<c>[^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
