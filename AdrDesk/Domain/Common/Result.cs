namespace AdrDesk.Domain.Common;

/// <summary>
/// Outcome of a domain operation: success, or one named <see cref="DomainError"/>.
/// Expected failures are never thrown and never silently ignored (style.md, lesson 4).
/// </summary>
public sealed class Result
{
    private Result(DomainError? error) => Error = error;

    public DomainError? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    public static Result Success { get; } = new(null);

    public static implicit operator Result(DomainError error) => new(error);
}

/// <summary>Outcome carrying a value on success.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, DomainError? error)
    {
        _value = value;
        Error = error;
    }

    public DomainError? Error { get; }
    public bool IsSuccess => Error is null;
    public bool IsFailure => Error is not null;

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}");

    public static Result<T> Success(T value) => new(value, null);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(DomainError error) => new(default, error);

    public Result AsResult() => IsSuccess ? Result.Success : Error!;
}
