using AdrDesk.Infrastructure.Desk;
using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AdrDesk.Infrastructure.Mail;

/// <summary>
/// Both transports through MimeKit/MailKit: with <c>Mail:Smtp:Host</c> set it sends by SMTP;
/// otherwise it writes each message as an RFC 5322 .eml file to the outbox folder, named
/// <c>yyyyMMdd-HHmmss-{id}.eml</c> so that the files sort by time and trace back to their row.
/// </summary>
public sealed class MailKitMailer(IOptions<MailOptions> options, IOptions<DeskOptions> desk, TimeProvider clock) : IMailer
{
    // CRLF as RFC 5322 requires, whatever the platform; MimeKit's default is the platform's.
    private static readonly FormatOptions EmlFormat = CreateEmlFormat();

    public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var mime = Build(message, o, o.FromName ?? desk.Value.Name, clock.GetUtcNow());
        if (o.Smtp is { Host.Length: > 0 } smtp)
        {
            await SendBySmtpAsync(mime, smtp, cancellationToken);
            return null;
        }
        return await WriteEmlAsync(mime, message, o.OutboxFolder, cancellationToken);
    }

    private static MimeMessage Build(OutboxMessage message, MailOptions o, string fromName, DateTimeOffset now)
    {
        var from = new MailboxAddress(fromName, o.FromAddress);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            // The row's id: a retry after a lost acknowledgement carries the same Message-ID,
            // so a receiving system can recognise the duplicate.
            MessageId = $"{message.Id:N}@{from.Domain}",
        };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Headers.Add("Content-Language", message.Language);
        mime.Headers.Add("X-AdrDesk-Message-Id", message.Id.ToString());
        if (message.CaseNumber is not null)
        {
            mime.Headers.Add("X-AdrDesk-Case", message.CaseNumber);
        }

        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var a in message.Attachments)
        {
            // A content type the browser made up must not keep the mail from going out.
            var type = ContentType.TryParse(a.ContentType, out var parsed) ? parsed : new ContentType("application", "octet-stream");
            body.Attachments.Add(new MimePart(type)
            {
                Content = new MimeContent(new MemoryStream(a.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                // base64 for every attachment, text too: the bytes arrive exactly as stored.
                ContentTransferEncoding = ContentEncoding.Base64,
                // Sets Content-Disposition's filename and Content-Type's name; non-ASCII per RFC 2231.
                FileName = a.FileName,
            });
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static async Task SendBySmtpAsync(MimeMessage mime, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketsFor(smtp), cancellationToken);
        if (smtp.UserName is { Length: > 0 })
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>
    /// EnableSsl: TLS from the first byte on port 465 (implicit TLS), otherwise STARTTLS, required:
    /// a server that does not offer it fails the delivery rather than getting the mail in clear text.
    /// </summary>
    internal static SecureSocketOptions SecureSocketsFor(SmtpOptions smtp) => smtp switch
    {
        { EnableSsl: false } => SecureSocketOptions.None,
        { Port: 465 } => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>
    /// Writes to a hidden temporary file in the outbox folder and renames it, atomic on one file
    /// system, so whoever lists the folder never sees half a message. A retry of the same row
    /// overwrites both, so a crash between writing and recording leaves no duplicate.
    /// </summary>
    private static async Task<string> WriteEmlAsync(MimeMessage mime, OutboxMessage message, string outboxFolder, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(outboxFolder).FullName;
        var name = string.Create(CultureInfo.InvariantCulture, $"{message.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{message.Id:N}.eml");
        var temp = Path.Combine(folder, $".{name}.tmp");
        // 7-bit: non-ASCII only through MIME encodings, so any mail program reads the file.
        mime.Prepare(EncodingConstraint.SevenBit);
        try
        {
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
            {
                await mime.WriteToAsync(EmlFormat, file, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, Path.Combine(folder, name), overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { /* the retry overwrites it */ }
            throw;
        }
        return name;
    }

    private static FormatOptions CreateEmlFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
