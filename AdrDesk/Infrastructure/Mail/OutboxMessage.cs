namespace AdrDesk.Infrastructure.Mail;

/// <summary>
/// A mail waiting to go out, or gone. A feature adds it to the same DbContext as the change that
/// causes it, so the notice is committed with the change or not at all; the
/// <see cref="OutboxDispatcher"/> delivers it afterwards and retries until it succeeds.
/// </summary>
public sealed class OutboxMessage
{
    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage() { }

    public Guid Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    /// <summary>nl, en or de: the language the text was written in.</summary>
    public string Language { get; private set; } = "nl";
    public string? CaseNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Set when delivered to the outbox folder: the .eml file's name.</summary>
    public string? FileName { get; private set; }
    public bool GaveUp { get; private set; }
    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    public static OutboxMessage Create(
        string toAddress, string toName, string subject, string textBody, string language,
        DateTimeOffset now, string? caseNumber = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            ToAddress = toAddress,
            ToName = toName,
            Subject = subject,
            TextBody = textBody,
            Language = language,
            CaseNumber = caseNumber,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    public OutboxMessage Attach(string fileName, string contentType, byte[] content)
    {
        _attachments.Add(new OutboxAttachment(Guid.NewGuid(), fileName, contentType, content));
        return this;
    }

    public void MarkSent(DateTimeOffset now, string? fileName)
    {
        SentAt = now;
        FileName = fileName;
        Attempts++;
        LastError = null;
    }

    /// <summary>Backs off 30 s, 1 min, 2 min … up to an hour; gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        GaveUp = Attempts >= MaxAttempts;
        var delay = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Attempts - 1)));
        NextAttemptAt = now + delay;
    }

    public const int MaxAttempts = 12;
}

public sealed record OutboxAttachment(Guid Id, string FileName, string ContentType, byte[] Content);
