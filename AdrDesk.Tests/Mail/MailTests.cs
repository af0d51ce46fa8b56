using System.Text;
using AdrDesk.Infrastructure.Data;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdrDesk.Tests.Mail;

public sealed class MailTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SystemNetMailer_writes_a_parseable_RFC5322_eml_with_UTF8_headers_language_and_attachment()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var mailer = new SystemNetMailer(Options.Create(new MailOptions
            {
                OutboxFolder = folder, FromAddress = "noreply@adrdesk.example", FromName = "Geschillendesk Één",
            }));
            var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 test \x01\x02");
            var message = OutboxMessage.Create("jan@example.nl", "Jan Jansen-Žižek", "Geschil €", "Beste Jan,\nHet bedrag is € 12,50. Groet, Zoë", "nl", T0, "ADR-2026-0001")
                .Attach("uitspraak.pdf", "application/pdf", pdf);

            var name = await mailer.SendAsync(message, CancellationToken.None);

            Assert.NotNull(name);
            Assert.EndsWith(".eml", name);
            Assert.Equal([Path.Combine(folder, name)], Directory.GetFiles(folder));
            Assert.False(Directory.Exists(Path.Combine(folder, ".staging", message.Id.ToString("N"))), "the staging folder is cleaned up");
            var raw = await File.ReadAllBytesAsync(Path.Combine(folder, name));
            Assert.All(raw, b => Assert.True(b < 128, "an RFC 5322 message is 7-bit: non-ASCII only through MIME encodings"));

            var eml = Eml.Load(Path.Combine(folder, name));

            Assert.Equal("Geschil €", eml["Subject"]);
            Assert.Contains("=?utf-8?", eml.RawHeaders, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("noreply@adrdesk.example", eml["From"]);
            Assert.Contains("Geschillendesk Één", eml["From"]);
            Assert.Contains("<jan@example.nl>", eml["To"]);
            Assert.Contains("Jan Jansen-Žižek", eml["To"]);
            Assert.True(DateTimeOffset.TryParse(eml["Date"].Split(" (")[0], out _), $"Date header parses: {eml["Date"]}");
            Assert.Equal("1.0", eml["MIME-Version"]);
            Assert.Equal("nl", eml["Content-Language"]);
            Assert.Equal(message.Id.ToString(), eml["X-AdrDesk-Message-Id"]);
            Assert.Equal("ADR-2026-0001", eml["X-AdrDesk-Case"]);
            Assert.StartsWith("multipart/mixed", eml["Content-Type"]);
            Assert.Contains("Het bedrag is € 12,50. Groet, Zoë", eml.Text);
            var attachment = Assert.Single(eml.AllParts, p => p.Headers.GetValueOrDefault("Content-Disposition", "").StartsWith("attachment"));
            Assert.Contains("uitspraak.pdf", attachment["Content-Disposition"]);
            Assert.StartsWith("application/pdf", attachment["Content-Type"]);
            Assert.Equal(pdf, attachment.Content);
        }
        finally
        {
            AppHost.TryDelete(folder);
        }
    }

    [Fact]
    public async Task Failed_delivery_stays_pending_with_back_off_and_a_later_round_delivers_it()
    {
        var clock = new ManualClock(T0);
        var mailer = new FlakyMailer { Failing = true };
        await using var host = await ServiceHost.StartAsync(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IMailer>(mailer);
        });
        var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var id = await AddMessageAsync(factory);

        Assert.Equal(1, await dispatcher.DeliverDueAsync(CancellationToken.None));

        var failed = await LoadAsync(factory, id);
        Assert.Null(failed.SentAt);
        Assert.False(failed.GaveUp);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("SMTP server weg", failed.LastError);
        Assert.Equal(T0 + TimeSpan.FromSeconds(30), failed.NextAttemptAt);

        // Not due yet: the next round leaves it alone.
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(1, mailer.Calls);

        // Due again and still failing: the wait doubles.
        clock.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(1, await dispatcher.DeliverDueAsync(CancellationToken.None));
        var twice = await LoadAsync(factory, id);
        Assert.Equal(2, twice.Attempts);
        Assert.Equal(clock.Now + TimeSpan.FromSeconds(60), twice.NextAttemptAt);

        // The server is back: the next due round delivers it, once.
        mailer.Failing = false;
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await dispatcher.DeliverDueAsync(CancellationToken.None));
        var sent = await LoadAsync(factory, id);
        Assert.Equal(clock.Now, sent.SentAt);
        Assert.Equal("sent.eml", sent.FileName);
        Assert.Equal(3, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal(0, await dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(3, mailer.Calls);
    }

    [Fact]
    public async Task Dispatcher_with_the_default_mailer_writes_the_eml_to_the_configured_outbox_folder()
    {
        await using var host = await ServiceHost.StartAsync();
        var factory = host.Services.GetRequiredService<IDbContextFactory<AdrDbContext>>();
        var id = await AddMessageAsync(factory);

        await host.Services.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);

        var sent = await LoadAsync(factory, id);
        Assert.NotNull(sent.SentAt);
        Assert.True(File.Exists(Path.Combine(host.OutboxFolder, sent.FileName!)));
        Assert.Equal(1, await factory.CreateDbContext().Outbox.Where(m => m.Id == id).SelectMany(m => m.Attachments).CountAsync());
    }

    [Fact]
    public void MarkFailed_backs_off_up_to_an_hour_and_gives_up_after_MaxAttempts()
    {
        var message = OutboxMessage.Create("a@b.nl", "A", "S", "T", "nl", T0);
        var delays = new List<TimeSpan>();
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            Assert.False(message.GaveUp);
            message.MarkFailed(T0, "fout");
            delays.Add(message.NextAttemptAt - T0);
        }

        Assert.True(message.GaveUp);
        Assert.Equal(TimeSpan.FromSeconds(30), delays[0]);
        Assert.Equal(TimeSpan.FromMinutes(1), delays[1]);
        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
        Assert.Equal(delays.Order(), delays);
    }

    private static async Task<Guid> AddMessageAsync(IDbContextFactory<AdrDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var message = OutboxMessage.Create("jan@example.nl", "Jan", "Geschil €", "Tekst", "nl", T0)
            .Attach("a.txt", "text/plain", "bijlage"u8.ToArray());
        db.Outbox.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    private static async Task<OutboxMessage> LoadAsync(IDbContextFactory<AdrDbContext> factory, Guid id)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private sealed class FlakyMailer : IMailer
    {
        public bool Failing { get; set; }
        public int Calls { get; private set; }

        public Task<string?> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Calls++;
            return Failing
                ? throw new System.Net.Mail.SmtpException("SMTP server weg")
                : Task.FromResult<string?>("sent.eml");
        }
    }
}
