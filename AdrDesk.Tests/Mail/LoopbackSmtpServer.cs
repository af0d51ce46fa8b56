using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AdrDesk.Tests.Mail;

/// <summary>
/// The smallest SMTP server a client can deliver to (RFC 5321's EHLO, AUTH PLAIN, MAIL, RCPT,
/// DATA, RSET, QUIT, without TLS), on a loopback port, for one connection. It records every
/// command and the message data, and refuses recipients when told to.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
    private readonly Task _serving;
    private readonly string _rcptReply;

    public LoopbackSmtpServer(string rcptReply = "250 2.1.5 OK")
    {
        _rcptReply = rcptReply;
        _listener.Start();
        _serving = ServeOneAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public List<string> Commands { get; } = [];
    /// <summary>What the client sent after DATA, dot-unstuffed, without the terminating dot.</summary>
    public byte[]? Data { get; private set; }

    /// <summary>Waits until the client has hung up, so that every command is recorded.</summary>
    public Task Finished => _serving;

    private async Task ServeOneAsync()
    {
        using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
        await using var stream = client.GetStream();
        // Latin-1 maps bytes to chars one to one, so the data arrives exactly as sent.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };

        await writer.WriteLineAsync("220 localhost ESMTP test");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            Commands.Add(line);
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-localhost\r\n250 AUTH PLAIN\r\n");
                    break;
                case "AUTH":
                    if (line.Split(' ').Length == 2)
                    {
                        // No initial response: ask for it, and record it with the command.
                        await writer.WriteLineAsync("334 ");
                        Commands[^1] += " " + await reader.ReadLineAsync(_stop.Token);
                    }
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync("250 2.1.0 OK");
                    break;
                case "RCPT":
                    await writer.WriteLineAsync(_rcptReply);
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    Data = await ReadDataAsync(reader);
                    await writer.WriteLineAsync("250 2.0.0 Queued");
                    break;
                case "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 5.5.1 Not implemented");
                    break;
            }
        }
    }

    private async Task<byte[]> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }
        return Encoding.Latin1.GetBytes(data.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _stop.CancelAsync();
        try { await _serving; } catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException) { /* stopped */ }
        _stop.Dispose();
    }
}
