using System.Text;
using MimeKit;

namespace AdrDesk.Tests.Support;

/// <summary>
/// An outbox .eml file read by MimeKit, with what the tests assert on: decoded headers, the text
/// body, the attachments, and the raw text for checks of the wire format itself.
/// </summary>
public sealed class Eml
{
    private Eml(MimeMessage message, string raw)
    {
        Message = message;
        Raw = raw;
        var end = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        RawHeaders = end >= 0 ? raw[..end] : raw;
        Attachments = [.. message.Attachments.OfType<MimePart>().Select(p => new EmlAttachment(p.FileName ?? "", p.ContentType.MimeType, Decode(p)))];
    }

    public MimeMessage Message { get; }
    /// <summary>The file as written, byte for byte (Latin-1, so an 8-bit byte stays one character).</summary>
    public string Raw { get; }
    /// <summary>The message's headers as written (encoded words undecoded).</summary>
    public string RawHeaders { get; }
    public IReadOnlyList<EmlAttachment> Attachments { get; }

    /// <summary>
    /// A header's decoded value (RFC 2047 words decoded, folding undone). MimeKit files the
    /// top-level Content-* headers under the body, so they are looked up there too.
    /// </summary>
    public string this[string header] =>
        Message.Headers[header] ?? Message.Body?.Headers[header] ?? throw new KeyNotFoundException($"No {header} header.");

    /// <summary>The text/plain body, decoded from its transfer encoding and charset.</summary>
    public string Text => Message.TextBody ?? "";

    public static Eml Load(string path) => Parse(File.ReadAllBytes(path));

    public static Eml Parse(byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        return new Eml(MimeMessage.Load(stream), Encoding.Latin1.GetString(raw));
    }

    private static byte[] Decode(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        return bytes.ToArray();
    }
}

/// <summary>An attachment: its decoded file name (RFC 2231 or 2047), MIME type and decoded bytes.</summary>
public sealed record EmlAttachment(string FileName, string ContentType, byte[] Content);
