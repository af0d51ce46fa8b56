using Microsoft.Extensions.Time.Testing;
using System.Text;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdrDesk.Tests.Mail;

/// <summary>MailKitMailer's SMTP transport against <see cref="LoopbackSmtpServer"/>.</summary>
public sealed class SmtpTransportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null)]
    [InlineData("desk-user")]
    public async Task With_a_host_the_mail_goes_by_SMTP_and_authenticates_only_with_a_user_name(string? userName)
    {
        await using var server = new LoopbackSmtpServer();
        var outbox = MailTests.TempFolder();
        var mailer = MailTests.Mailer(new MailOptions
        {
            OutboxFolder = outbox,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, EnableSsl = false, UserName = userName, Password = "geheim-€" },
        });
        var pdf = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a, 0x2e };
        var message = OutboxMessage.Create("jan@example.nl", "Jan Jansen", "Geschil € — Zoë", "Beste Jan,\n.\nEen regel met alleen een punt.", "nl", T0, "ADR-2026-0002")
            .Attach("uitspraak één.pdf", "application/pdf", pdf);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var file = await mailer.SendAsync(message, timeout.Token);
        await server.Finished.WaitAsync(timeout.Token);

        Assert.Null(file);
        Assert.False(Directory.Exists(outbox), "SMTP configured: nothing is written to the outbox folder");
        var verbs = server.Commands.Select(c => c.Split(' ')[0]).ToList();
        Assert.Equal(userName is null ? ["EHLO", "MAIL", "RCPT", "DATA", "QUIT"] : ["EHLO", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"], verbs);
        Assert.Equal("MAIL FROM:<noreply@adrdesk.example>", server.Commands[verbs.IndexOf("MAIL")]);
        Assert.Equal("RCPT TO:<jan@example.nl>", server.Commands[verbs.IndexOf("RCPT")]);
        if (userName is not null)
        {
            var auth = server.Commands[verbs.IndexOf("AUTH")].Split(' ');
            Assert.Equal("PLAIN", auth[1]);
            Assert.Equal("\0desk-user\0geheim-€", Encoding.UTF8.GetString(Convert.FromBase64String(auth[2])));
        }

        var eml = Eml.Parse(server.Data!);
        Assert.Equal("Geschil € — Zoë", eml["Subject"]);
        Assert.Equal("ADR-2026-0002", eml["X-AdrDesk-Case"]);
        Assert.Equal("Beste Jan,\n.\nEen regel met alleen een punt.", eml.Text.ReplaceLineEndings("\n"));
        var attachment = Assert.Single(eml.Attachments);
        Assert.Equal("uitspraak één.pdf", attachment.FileName);
        Assert.Equal(pdf, attachment.Content);
    }

    [Fact]
    public async Task EnableSsl_requires_STARTTLS_so_a_server_without_it_gets_no_mail_in_clear_text()
    {
        await using var server = new LoopbackSmtpServer();
        var mailer = MailTests.Mailer(new MailOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = server.Port, EnableSsl = true },
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        await Assert.ThrowsAsync<NotSupportedException>(() =>
            mailer.SendAsync(OutboxMessage.Create("jan@example.nl", "Jan", "Geheim", "Tekst", "nl", T0), timeout.Token));
        await server.Finished.WaitAsync(timeout.Token);

        Assert.Equal("EHLO", server.Commands[0].Split(' ')[0]);
        Assert.DoesNotContain(server.Commands, c => c.StartsWith("MAIL", StringComparison.OrdinalIgnoreCase));
        Assert.Null(server.Data);
    }

    [Theory]
    [InlineData(false, 465, SecureSocketOptions.None)]
    [InlineData(true, 465, SecureSocketOptions.SslOnConnect)]
    [InlineData(true, 587, SecureSocketOptions.StartTls)]
    [InlineData(true, 25, SecureSocketOptions.StartTls)]
    public void EnableSsl_means_implicit_TLS_on_port_465_and_required_STARTTLS_elsewhere(bool enableSsl, int port, SecureSocketOptions expected) =>
        Assert.Equal(expected, MailKitMailer.SecureSocketsFor(new SmtpOptions { Host = "smtp.example", Port = port, EnableSsl = enableSsl }));

    [Fact]
    public async Task A_recipient_the_server_refuses_keeps_the_mail_pending_with_the_servers_reason_for_a_retry()
    {
        await using var server = new LoopbackSmtpServer(rcptReply: "550 5.1.1 Mailbox onbekend");
        await using var host = await ServiceHost.StartAsync(
            s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(T0)),
            new Dictionary<string, string?>
            {
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mail:Smtp:EnableSsl"] = "false",
            });
        var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Outbox.Add(OutboxMessage.Create("weg@example.nl", "Weg", "Geschil", "Tekst", "nl", T0));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await host.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None));

        await using var check = await factory.CreateDbContextAsync();
        var failed = await check.Outbox.AsNoTracking().SingleAsync();
        Assert.Null(failed.SentAt);
        Assert.Null(failed.FileName);
        Assert.Equal(1, failed.Attempts);
        Assert.False(failed.GaveUp);
        Assert.Contains("Mailbox onbekend", failed.LastError);
        Assert.Equal(T0 + TimeSpan.FromSeconds(30), failed.NextAttemptAt);
        Assert.Null(server.Data);
        Assert.False(Directory.Exists(host.OutboxFolder));
    }
}
