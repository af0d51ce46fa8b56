namespace AdrDesk.Infrastructure.Mail;

/// <summary>Delivers one outbox message. Returns the .eml file name when the transport writes files.</summary>
public interface IMailer
{
    Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
