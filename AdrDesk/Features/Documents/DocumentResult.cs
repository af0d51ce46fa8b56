namespace AdrDesk.Features.Documents;

/// <summary>A value, or the named error that explains why there is none (style: expected failures are results).</summary>
public sealed record DocumentResult<T> where T : class
{
    private DocumentResult(T? value, DocumentError? error) => (Value, Error) = (value, error);

    public T? Value { get; }
    public DocumentError? Error { get; }
    public bool Succeeded => Error is null;

    public static implicit operator DocumentResult<T>(T value) => new(value, null);
    public static implicit operator DocumentResult<T>(DocumentError error) => new(null, error);
}
