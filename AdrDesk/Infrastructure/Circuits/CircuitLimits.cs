namespace AdrDesk.Infrastructure.Circuits;

/// <summary>
/// What one message from the browser to a Blazor circuit may hold (issue 19 item 5). Set deliberately on the
/// circuit's hub (AppSetup): a bigger message drops the connection, and with it whatever the person typed. Every free
/// text field's limit must fit in it in the worst case, which <see cref="Fits"/> says.
/// </summary>
public static class CircuitLimits
{
    /// <summary>The circuit hub's MaximumReceiveMessageSize: 128 KB.</summary>
    public const int MaxReceiveMessageBytes = 128 * 1024;

    /// <summary>
    /// Room for the envelope of the event (component and handler ids, event name, JSON syntax) around the text.
    /// </summary>
    private const int Envelope = 2 * 1024;

    /// <summary>
    /// The most bytes a text of <paramref name="characters"/> UTF-16 characters can take in the JSON of an event: a
    /// control character is escaped as \uXXXX (6 bytes); "€" takes 3 bytes, a surrogate pair 4 for 2 characters.
    /// </summary>
    public static long WorstCaseBytes(int characters) => 6L * characters + Envelope;

    public static bool Fits(int characters) => WorstCaseBytes(characters) <= MaxReceiveMessageBytes;
}
