using Microsoft.Extensions.Time.Testing;
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
    public async Task MailKitMailer_writes_a_7bit_CRLF_RFC5322_eml_with_UTF8_headers_language_and_attachment()
    {
        var folder = TempFolder();
        try
        {
            var mailer = Mailer(new MailOptions
            {
                OutboxFolder = folder, FromAddress = "noreply@adrdesk.example", FromName = "Geschillendesk Één",
            }, now: T0.AddMinutes(5));
            var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 test \x01\x02");
            var message = OutboxMessage.Create("jan@example.nl", "Jan Jansen-Žižek", "Geschil €", "Beste Jan,\nHet bedrag is € 12,50. Groet, Zoë", "nl", T0, "ADR-2026-0001")
                .Attach("uitspraak.pdf", "application/pdf", pdf);

            var name = await mailer.SendAsync(message, CancellationToken.None) ?? throw new Xunit.Sdk.XunitException("no file name");

            // The name the outbox page shows and the row records: sorts by time, traces back to the row.
            Assert.Equal($"20261121-090000-{message.Id:N}.eml", name);
            Assert.Equal([Path.Combine(folder, name)], Directory.GetFileSystemEntries(folder));
            var raw = await File.ReadAllBytesAsync(Path.Combine(folder, name));
            Assert.All(raw, b => Assert.True(b < 128, "an RFC 5322 message is 7-bit: non-ASCII only through MIME encodings"));
            var lines = Encoding.ASCII.GetString(raw).Split("\r\n");
            Assert.DoesNotContain(lines, l => l.Contains('\n') || l.Contains('\r'));
            Assert.All(lines, l => Assert.True(l.Length <= 998, "RFC 5322 2.1.1: at most 998 characters a line"));

            var eml = Eml.Load(Path.Combine(folder, name));

            Assert.Equal("Geschil €", eml["Subject"]);
            Assert.Contains("=?utf-8?", eml.RawHeaders, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("noreply@adrdesk.example", eml["From"]);
            Assert.Contains("Geschillendesk Één", eml["From"]);
            Assert.Contains("<jan@example.nl>", eml["To"]);
            Assert.Contains("Jan Jansen-Žižek", eml["To"]);
            Assert.Equal(T0.AddMinutes(5), eml.Message.Date);
            Assert.Equal($"{message.Id:N}@adrdesk.example", eml.Message.MessageId);
            Assert.Equal("1.0", eml["MIME-Version"]);
            Assert.Equal("nl", eml["Content-Language"]);
            Assert.Equal(message.Id.ToString(), eml["X-AdrDesk-Message-Id"]);
            Assert.Equal("ADR-2026-0001", eml["X-AdrDesk-Case"]);
            Assert.StartsWith("multipart/mixed", eml["Content-Type"]);
            Assert.Equal("Beste Jan,\nHet bedrag is € 12,50. Groet, Zoë", eml.Text.ReplaceLineEndings("\n"));
            var attachment = Assert.Single(eml.Attachments);
            Assert.Equal("uitspraak.pdf", attachment.FileName);
            Assert.Equal("application/pdf", attachment.ContentType);
            Assert.Equal(pdf, attachment.Content);
        }
        finally
        {
            AppHost.TryDelete(folder);
        }
    }

    [Fact]
    public async Task An_eml_with_a_non_ASCII_subject_and_attachment_names_round_trips()
    {
        var folder = TempFolder();
        try
        {
            const string subject = "Uitspraak in uw geschil — Zoë Müller, € 12,50 · 調停";
            const string shortName = "Überweisung für Zoë – 2026 €.pdf";
            // Longer than a header line: RFC 2231 splits it into numbered continuations.
            const string longName = "Toelichting bij de uitspraak van de geschillencommissie voor Zoë Žižek – definitieve versie (ondertekend).txt";
            var pdf = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
            var note = Encoding.UTF8.GetBytes("regel één\r\nregel twee\nzonder einde");
            var message = OutboxMessage.Create("zoe@example.de", "Zoë Müller", subject, "Sehr geehrte Frau Müller,\nanbei die Unterlagen.", "de", T0)
                .Attach(shortName, "application/pdf", pdf)
                .Attach(longName, "text/plain; charset=utf-8", note);

            var name = await Mailer(new MailOptions { OutboxFolder = folder }).SendAsync(message, CancellationToken.None);
            var eml = Eml.Load(Path.Combine(folder, name!));

            Assert.Equal(subject, eml.Message.Subject);
            Assert.Equal("Zoë Müller", Assert.Single(eml.Message.To.Mailboxes).Name);
            Assert.Equal("Sehr geehrte Frau Müller,\nanbei die Unterlagen.", eml.Text.ReplaceLineEndings("\n"));
            Assert.Collection(eml.Attachments,
                a =>
                {
                    Assert.Equal((shortName, "application/pdf"), (a.FileName, a.ContentType));
                    Assert.Equal(pdf, a.Content);
                },
                a =>
                {
                    Assert.Equal((longName, "text/plain"), (a.FileName, a.ContentType));
                    Assert.Equal(note, a.Content);
                });
            // On the wire: RFC 2231 parameters (filename*=utf-8''…, or continued: filename*0*=…), not raw UTF-8.
            Assert.Matches(@"filename\*(0\*)?=utf-8''%C3%9Cberweisung", eml.Raw);
            Assert.Matches(@"filename\*0\*=utf-8''Toelichting", eml.Raw);
            Assert.DoesNotContain(eml.Raw, c => c > 127);
        }
        finally
        {
            AppHost.TryDelete(folder);
        }
    }

    [Fact]
    public async Task Failed_delivery_stays_pending_with_back_off_and_a_later_round_delivers_it()
    {
        var clock = new FakeTimeProvider(T0);
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
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(60), twice.NextAttemptAt);

        // The server is back: the next due round delivers it, once.
        mailer.Failing = false;
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await dispatcher.DeliverDueAsync(CancellationToken.None));
        var sent = await LoadAsync(factory, id);
        Assert.Equal(clock.GetUtcNow(), sent.SentAt);
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
        var eml = Eml.Load(Path.Combine(host.OutboxFolder, sent.FileName!));
        Assert.Equal("Geschil €", eml["Subject"]);
        var attachment = Assert.Single(eml.Attachments);
        Assert.Equal("a.txt", attachment.FileName);
        Assert.Equal("bijlage"u8.ToArray(), attachment.Content);
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

    internal static MailKitMailer Mailer(MailOptions options, DateTimeOffset? now = null) =>
        new(Options.Create(options), Options.Create(new AdrDesk.Infrastructure.Desk.DeskOptions()), new FakeTimeProvider(now ?? T0));

    internal static string TempFolder() => Path.Combine(Path.GetTempPath(), "adrdesk-tests", Guid.NewGuid().ToString("N")[..12]);

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
                ? throw new MailKit.Net.Smtp.SmtpProtocolException("SMTP server weg")
                : Task.FromResult<string?>("sent.eml");
        }
    }
}
