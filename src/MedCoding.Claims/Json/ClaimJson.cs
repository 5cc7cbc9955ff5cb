using System.Text;
using System.Text.Json;
using MedCoding.CodeSets;

namespace MedCoding.Claims.Json;

/// <summary>
/// Reads and writes the JSON form of a <see cref="Claim"/> (System.Text.Json, source-generated).
/// </summary>
/// <remarks>
/// <para>The form:</para>
/// <code>
/// {"type":"professional","dateOfService":"2025-11-03",
///  "patient":{"birthDate":"1950-02-01","sex":"F"},
///  "diagnoses":[{"code":"E11.65","poa":"Y"},{"code":"I10"}],
///  "procedures":[{"code":"0DTJ4ZZ","date":"2025-11-03"}],
///  "lines":[{"code":"99214","modifiers":["25"],"units":1,"diagnosisPointers":[1,2],
///            "dateOfService":"2025-11-03","placeOfService":"11","charge":150.00}]}
/// </code>
/// <para>An institutional claim for an inpatient stay adds the stay (<see cref="InpatientStay"/>):</para>
/// <code>
/// "stay":{"admissionDate":"2025-11-01","dischargeDate":"2025-11-05","dischargeStatus":"01",
///         "admittingDiagnosis":"R10.31","lengthOfStay":4}
/// </code>
/// <para>
/// Reading is strict: malformed JSON, a field of the wrong shape, a missing required field, an
/// unknown field, a field given twice in one object, a document larger than <see cref="InputLimits.ClaimJsonBytes"/> or more
/// diagnoses, procedures or lines than the claim's form holds (<see cref="ClaimLimits"/>) throws a
/// <see cref="ClaimFormatException"/> naming the field, never the value. A UTF-8 byte order mark is accepted.
/// A diagnosis's <c>poa</c> is one of <c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c> (case and blanks around it are
/// ignored), or absent when none is reported; the patient's <c>sex</c> is <c>F</c>, <c>M</c> or <c>U</c>.
/// </para>
/// <para>
/// <c>stay</c> is optional and only an institutional claim may carry one. Its <c>dischargeStatus</c> is the UB-04's
/// two-digit code written as a string (<c>"01"</c> home, <c>"20"</c> expired, <c>"30"</c> still a patient); a JSON
/// number is refused, as the code is not a quantity and its leading zero belongs to it. <c>admittingDiagnosis</c> and
/// <c>lengthOfStay</c> may be left out: the length of stay is then the days from admission to discharge, and it is
/// written only when it was given. A stay the model refuses (a discharge before the admission, a length of stay
/// longer than the stay) is a <see cref="ClaimFormatException"/> naming the field, e.g. <c>stay.dischargeDate</c>.
/// </para>
/// </remarks>
public static class ClaimJson
{
    /// <summary>Returns the claim read from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ClaimFormatException">The JSON is malformed, a field has the wrong shape, or the stay is refused.</exception>
    public static Claim Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > InputLimits.ClaimJsonBytes)
        {
            throw TooLarge();
        }

        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Returns the claim read from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ClaimFormatException">The JSON is malformed, a field has the wrong shape, or the stay is refused.</exception>
    public static Claim Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > InputLimits.ClaimJsonBytes)
        {
            throw TooLarge();
        }

        utf8Json = utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8Json[3..] : utf8Json;
        ClaimDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, ClaimJsonContext.Default.ClaimDto);
        }
        catch (JsonException e)
        {
            throw Translate(e);
        }

        return dto is null ? throw new ClaimFormatException(string.Empty, "The document is null; expected a claim object.") : ClaimMapper.ToClaim(dto);
    }

    /// <summary>Returns the claim read from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream; read to the end and not closed.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ClaimFormatException">The JSON is malformed, a field has the wrong shape, or the stay is refused.</exception>
    public static Claim Parse(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputLimits.TryReadAll(stream, InputLimits.ClaimJsonBytes, out var content) ? Parse(content) : throw TooLarge();
    }

    /// <summary>Returns the claim read from a text reader.</summary>
    /// <param name="reader">The reader; read to the end (or to one character past the limit) and not closed.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="ClaimFormatException">The JSON is larger than <see cref="InputLimits.ClaimJsonBytes"/>, malformed, a field has the wrong shape, or the stay is refused.</exception>
    public static Claim Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return InputLimits.TryReadToEnd(reader, InputLimits.ClaimJsonBytes, out var text) ? Parse(text) : throw TooLarge();
    }

    private static ClaimFormatException TooLarge() =>
        new(string.Empty, $"the claim JSON is larger than {InputLimits.Describe(InputLimits.ClaimJsonBytes)}; no claim form holds that much.");

    /// <summary>Returns the JSON form of a claim.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The JSON text, on one line.</returns>
    /// <exception cref="ArgumentException">A diagnosis carries a <see cref="CodeSets.PresentOnAdmission"/> value that is not defined (a cast integer).</exception>
    public static string Serialize(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return JsonSerializer.Serialize(ClaimMapper.ToDto(claim), ClaimJsonContext.Default.ClaimDto);
    }

    private static ClaimFormatException Translate(JsonException e)
    {
        var field = FieldPath.FromJsonPath(e.Path);
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        if (e.Message.StartsWith("Duplicate", StringComparison.Ordinal))
        {
            return new ClaimFormatException(field, $"the field appears twice in one object{where}; give it once.", e);
        }

        if (e.InnerException is null && e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return new ClaimFormatException(field, $"expected {FieldPath.Expectation(field)}{where}.", e);
        }

        return e.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("expected", StringComparison.OrdinalIgnoreCase)
            ? new ClaimFormatException(field, $"malformed JSON{where}.", e)
            : new ClaimFormatException(field, $"expected {FieldPath.Expectation(field)}{where}.", e);
    }
}
