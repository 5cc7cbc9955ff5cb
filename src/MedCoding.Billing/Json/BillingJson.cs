using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Json;

/// <summary>
/// Reads and writes the JSON form of every billing domain type (System.Text.Json, source-generated).
/// </summary>
/// <remarks>
/// <para>
/// Names are camel case, enums are written as camel-case names (sex as <c>F</c>, <c>M</c>, <c>U</c>, as in the claim model), dates as <c>YYYY-MM-DD</c>, times as
/// ISO 8601 with offset, NPIs as strings. The coded content of a <see cref="BillingClaim"/> is written in
/// the claim model's own form (<see cref="Claims.Json.ClaimJson"/>). Computed properties (totals, deadlines,
/// the current status of a lifecycle) are not written: they are derived again on reading.
/// </para>
/// <para>
/// Reading is strict: unknown fields, fields given twice in one object, documents larger than
/// <see cref="InputLimits.ClaimJsonBytes"/>, missing required fields, numbers for enums and values the domain
/// types reject (a bad NPI check digit, an illegal lifecycle history) throw a
/// <see cref="ClaimFormatException"/> naming the field, never the value.
/// </para>
/// </remarks>
public static class BillingJson
{
    /// <summary>Gets the serializer options that know every billing type, for composing with other contexts.</summary>
    public static JsonSerializerOptions Options => BillingJsonContext.Default.Options;

    /// <summary>Returns the JSON form of a billing domain value.</summary>
    /// <typeparam name="T">A billing domain type (<see cref="BillingClaim"/>, <see cref="Lifecycle.ClaimLifecycle"/>, <see cref="X12.Remittance"/>...).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text, on one line.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a billing domain type.</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Returns the billing domain value read from JSON text.</summary>
    /// <typeparam name="T">A billing domain type.</typeparam>
    /// <param name="json">The JSON.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ClaimFormatException">The JSON is malformed, has a field of the wrong shape, or a value the type rejects.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a billing domain type.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Length > InputLimits.ClaimJsonBytes ? throw TooLarge() : Deserialize<T>(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Returns the billing domain value read from a stream of UTF-8 JSON, reading no more than <see cref="InputLimits.ClaimJsonBytes"/> and one byte.</summary>
    /// <typeparam name="T">A billing domain type.</typeparam>
    /// <param name="stream">The stream; not closed.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ClaimFormatException">The JSON is larger than <see cref="InputLimits.ClaimJsonBytes"/>, malformed, has a field of the wrong shape, or a value the type rejects.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a billing domain type.</exception>
    public static T Deserialize<T>(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputLimits.TryReadAll(stream, InputLimits.ClaimJsonBytes, out var content) ? Deserialize<T>(content) : throw TooLarge();
    }

    /// <summary>Returns the billing domain value read from UTF-8 JSON.</summary>
    /// <typeparam name="T">A billing domain type.</typeparam>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ClaimFormatException">The JSON is malformed, has a field of the wrong shape, or a value the type rejects.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not a billing domain type.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
    {
        var info = TypeInfo<T>();
        if (utf8Json.Length > InputLimits.ClaimJsonBytes)
        {
            throw TooLarge();
        }

        utf8Json = utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;
        try
        {
            return JsonSerializer.Deserialize(utf8Json, info) ?? throw new ClaimFormatException(string.Empty, "The document is null; expected an object.");
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }
        catch (ClaimFormatException)
        {
            throw;
        }
        catch (ArgumentException e)
        {
            // A domain type's constructor rejected the values: its message names parameters, never values. The parameter
            // is told as the field, without .NET's " (Parameter 'name')".
            throw new ClaimFormatException(string.Empty, MessageText.WithoutParameter(e), e);
        }
    }

    private static ClaimFormatException TooLarge() =>
        new(string.Empty, $"the JSON is larger than {InputLimits.Describe(InputLimits.ClaimJsonBytes)}; no claim form holds that much.");

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        BillingJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new ArgumentException($"{typeof(T).Name} is not a billing domain type.", nameof(T));

    private static ClaimFormatException Translate(JsonException e)
    {
        var field = e.Path is null or "$" ? string.Empty : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path.TrimStart('$');
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        var message = e.Message;
        var problem =
            message.StartsWith("Duplicate", StringComparison.Ordinal) ? $"the field appears twice in one object{where}; give it once."
            : message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown field."
            : message.Contains("missing required properties", StringComparison.Ordinal) ? $"a required field is missing{where}."
            : message.Contains("could not be converted", StringComparison.Ordinal) ? $"a value of the wrong shape{where}."
            : message.Contains("NPI", StringComparison.Ordinal) || message.StartsWith("Expected \"F\"", StringComparison.Ordinal) ? message
            : $"malformed JSON{where}.";
        return new ClaimFormatException(field, problem, e);
    }
}
