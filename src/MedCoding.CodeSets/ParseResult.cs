using System.Diagnostics.CodeAnalysis;

namespace MedCoding.CodeSets;

/// <summary>
/// Returns the outcome of parsing user input: either a value or the reason the input was rejected.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>
/// A failed parse is an expected outcome, not an exception; call <see cref="GetValueOrThrow"/> where
/// a failure is a bug.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(T value, string? error, string input)
    {
        _value = value;
        Error = error;
        Input = input;
    }

    /// <summary>Gets a value indicating whether the input parsed.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets the reason the input was rejected, or <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Gets the input as the caller passed it.</summary>
    public string Input { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">The input did not parse.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Returns a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="input">The input that was parsed.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForValue(T value, string input) => new(value, null, input);

    /// <summary>Returns a failed result.</summary>
    /// <param name="error">Why the input was rejected.</param>
    /// <param name="input">The input that was rejected.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForError(string error, string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new(default!, error, input);
    }

    /// <summary>Returns the parsed value, or throws if the input was rejected.</summary>
    /// <returns>The parsed value.</returns>
    /// <exception cref="FormatException">The input did not parse; the message gives the reason.</exception>
    public T GetValueOrThrow() => Success ? _value : throw new FormatException(Error);

    /// <summary>Gets the parsed value if there is one.</summary>
    /// <param name="value">The parsed value, or the default on failure.</param>
    /// <returns><see langword="true"/> if the input parsed.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }
}
