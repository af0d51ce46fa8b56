using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace AdrDesk.Infrastructure.Mail;

/// <summary>
/// Both transports through System.Net.Mail (MailKit is not on the feed): with SMTP configured it
/// sends; otherwise SmtpClient's pickup-directory mode writes each message as an RFC 5322 .eml
/// file to the outbox folder, which the admin outbox page lists.
/// </summary>
public sealed class SystemNetMailer(IOptions<MailOptions> options) : IMailer
{
    public async Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var mail = new MailMessage
        {
            From = new MailAddress(o.FromAddress, o.FromName),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.ToAddress, message.ToName));
        mail.Headers.Add("Content-Language", message.Language);
        mail.Headers.Add("X-AdrDesk-Message-Id", message.Id.ToString());
        if (message.CaseNumber is not null)
        {
            mail.Headers.Add("X-AdrDesk-Case", message.CaseNumber);
        }
        foreach (var a in message.Attachments)
        {
            var attachment = new Attachment(new MemoryStream(a.Content), a.FileName, a.ContentType);
            attachment.ContentDisposition!.FileName = a.FileName;
            attachment.ContentDisposition.DispositionType = DispositionTypeNames.Attachment;
            mail.Attachments.Add(attachment);
        }

        using var client = new SmtpClient();
        if (o.Smtp is { Host.Length: > 0 } smtp)
        {
            client.Host = smtp.Host;
            client.Port = smtp.Port;
            client.EnableSsl = smtp.EnableSsl;
            if (smtp.UserName is not null)
            {
                client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
            }
            await client.SendMailAsync(mail, cancellationToken);
            return null;
        }

        // SmtpClient names the file itself (a GUID). Writing into a folder of its own per message
        // lets us rename it to sort by time and trace it back to its row, without racing others.
        var folder = Path.GetFullPath(o.OutboxFolder);
        var staging = Directory.CreateDirectory(Path.Combine(folder, ".staging", message.Id.ToString("N"))).FullName;
        client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
        client.PickupDirectoryLocation = staging;
        await client.SendMailAsync(mail, cancellationToken);
        var name = $"{message.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{message.Id:N}.eml";
        File.Move(Directory.GetFiles(staging, "*.eml").Single(), Path.Combine(folder, name), overwrite: true);
        Directory.Delete(staging, recursive: true);
        return name;
    }
}
