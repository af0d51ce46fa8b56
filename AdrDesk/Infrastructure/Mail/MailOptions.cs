namespace AdrDesk.Infrastructure.Mail;

/// <summary>Configuration section "Mail". Without an SMTP host, mail is written as .eml files to <see cref="OutboxFolder"/>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "noreply@adrdesk.example";
    /// <summary>The sender's name; unset, the desk's one name (setting Desk:Name).</summary>
    public string? FromName { get; set; }
    public string OutboxFolder { get; set; } = "data/outbox";
    /// <summary>Base address for links in mails, e.g. https://adrdesk.example.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
    public SmtpOptions? Smtp { get; set; }
    /// <summary>The wait after a failed delivery round before the next.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>
    /// Issue 21: the longest the dispatcher sleeps with nothing due. A committed mail wakes it (OutboxWake) and a retry
    /// wakes it when due; this only bounds the wait for a mail written outside AdrDesk's contexts (another process).
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromMinutes(1);
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>TLS: implicit on port 465, otherwise STARTTLS, which the server must then offer. False: plain text.</summary>
    public bool EnableSsl { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
