using System.Text.Encodings.Web;
using System.Text.Json;
using AdrDesk.Features.CaseFile;
using AdrDesk.Features.Workbench;
using AdrDesk.Infrastructure.Circuits;
using AdrDesk.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdrDesk.Tests.Text;

/// <summary>Issue 19 item 5: every free-text limit fits in one circuit message, which is set deliberately.</summary>
public class CircuitLimitsTests
{
    public static TheoryData<string, int> Limits => new()
    {
        { "messages, responses, statements, settlement terms (CaseFileLimits.MaxTextLength)", CaseFileLimits.MaxTextLength },
        { "each part of the ruling (RulingText.MaxPartLength)", RulingText.MaxPartLength },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Each_text_limit_fits_in_one_circuit_message_in_the_worst_case(string what, int limit)
    {
        Assert.True(CircuitLimits.Fits(limit), $"{what}: {CircuitLimits.WorstCaseBytes(limit)} bytes > {CircuitLimits.MaxReceiveMessageBytes}");
        // The browser sends the text as JSON in UTF-8: "€" is 3 bytes, a control character 6 (\u0001).
        var euros = JsonSerializer.SerializeToUtf8Bytes(new string('€', limit), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var controls = JsonSerializer.SerializeToUtf8Bytes(new string('\u0001', limit));
        Assert.True(euros.Length <= CircuitLimits.WorstCaseBytes(limit) && controls.Length <= CircuitLimits.WorstCaseBytes(limit));
    }

    [Fact]
    public void The_old_default_of_32_KB_is_what_lost_texts_of_15000_characters()
    {
        Assert.False(6L * 15_000 <= 32 * 1024);
        Assert.False(CircuitLimits.Fits(30_000));
    }

    [Fact]
    public async Task The_circuit_hub_accepts_128_KB_messages()
    {
        await using var host = await ServiceHost.StartAsync();
        var hub = typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub));
        var options = (HubOptions)optionsType.GetProperty("Value")!.GetValue(host.Services.GetRequiredService(optionsType))!;
        Assert.Equal(128 * 1024, options.MaximumReceiveMessageSize);
    }
}
