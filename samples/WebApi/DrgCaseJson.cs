using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Samples.WebApi;

/// <summary>One diagnosis of an inpatient case: its ICD-10-CM code (with or without the dot) and POA indicator (Y, N, U, W, 1 or empty).</summary>
internal sealed record DiagnosisBody(string? Code, string? Poa);

/// <summary>
/// One inpatient case as the web sample takes it:
/// <c>{"id":"W0001","age":70,"sex":"M","dischargeStatus":1,"dischargeDate":"2025-11-15","principalDiagnosis":{"code":"J18.9","poa":"Y"},
/// "secondaryDiagnoses":[{"code":"I50.9","poa":"Y"}],"procedures":["0DTJ4ZZ"]}</c>.
/// </summary>
internal sealed record DrgCaseBody(
    string? Id,
    int? Age,
    string? Sex,
    int? DischargeStatus,
    DateOnly? DischargeDate,
    DiagnosisBody? PrincipalDiagnosis,
    IReadOnlyList<DiagnosisBody?>? SecondaryDiagnoses,
    IReadOnlyList<string?>? Procedures);

/// <summary>One encounter of an audit: its id, the coder, and the coder's and the auditor's versions of the case.</summary>
internal sealed record AuditPairBody(string? Id, string? Coder, DrgCaseBody? Coded, DrgCaseBody? Audited);

/// <summary>A request the sample cannot take, naming the field at fault and never repeating its value.</summary>
internal sealed class RequestFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>Reads inpatient cases and audit pairs from JSON, strictly: every value checked, every error naming its field.</summary>
internal static partial class DrgCaseJson
{
    /// <summary>The most encounters one audit request may carry.</summary>
    public const int MaxPairs = 1000;

    /// <summary>Returns the value of a body, or throws <see cref="RequestFieldException"/> naming the field at fault.</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> body, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, JsonBody.Strict) ?? throw new RequestFieldException(what, $"The {what} is null.");
        }
        catch (JsonException e)
        {
            // .NET's own message names its types ("System.Nullable`1[...]"); ours names the field only.
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? what : e.Path.TrimStart('$', '.');
            throw new RequestFieldException(Truncate(field), $"The {what} is not valid JSON of the expected shape at '{Truncate(field)}' (a duplicate or unknown field, a wrong type or a syntax error).");
        }
    }

    /// <summary>Returns the audit pairs of a body: one pair (a JSON object) or a batch (a JSON array of them).</summary>
    public static (IReadOnlyList<AuditPairBody> Pairs, bool IsBatch) ReadPairs(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n"u8);
        if (trimmed.StartsWith("\uFEFF"u8))
        {
            trimmed = trimmed[3..].TrimStart(" \t\r\n"u8);
        }

        if (trimmed.Length > 0 && trimmed[0] == (byte)'[')
        {
            var pairs = Deserialize<List<AuditPairBody?>>(trimmed, "batch");
            if (pairs.Count == 0 || pairs.Count > MaxPairs)
            {
                throw new RequestFieldException("batch", $"A batch has 1 to {MaxPairs} encounters.");
            }

            return ([.. pairs.Select((p, i) => p ?? throw new RequestFieldException(Index("", i), "An encounter is null."))], true);
        }

        return ([Deserialize<AuditPairBody>(trimmed, "encounter")], false);
    }

    /// <summary>Returns the case of a body, each value checked.</summary>
    public static DrgCase ToCase(DrgCaseBody body, string prefix)
    {
        var age = body.Age ?? throw Missing(prefix, "age");
        if (!DrgCaseValues.IsPossibleAge(age))
        {
            throw new RequestFieldException(Name(prefix, "age"), $"The age is {DrgCaseValues.MinAge} to {DrgCaseValues.MaxAge} years.");
        }

        if (!DrgCaseValues.TryParseSex(body.Sex ?? throw Missing(prefix, "sex"), out var sex))
        {
            throw new RequestFieldException(Name(prefix, "sex"), "The sex is M, F or U.");
        }

        var status = body.DischargeStatus ?? throw Missing(prefix, "dischargeStatus");
        if (status is < 1 or > 99)
        {
            throw new RequestFieldException(Name(prefix, "dischargeStatus"), "The discharge status is a two-digit patient discharge status code (01 to 99).");
        }

        var secondaries = body.SecondaryDiagnoses ?? [];
        if (secondaries.Count > DrgCase.MaxSecondaryDiagnoses)
        {
            throw new RequestFieldException(Name(prefix, "secondaryDiagnoses"), $"A case has at most {DrgCase.MaxSecondaryDiagnoses} secondary diagnoses.");
        }

        var procedures = body.Procedures ?? [];
        if (procedures.Count > DrgCase.MaxProcedures)
        {
            throw new RequestFieldException(Name(prefix, "procedures"), $"A case has at most {DrgCase.MaxProcedures} procedures.");
        }

        return new DrgCase
        {
            PrincipalDiagnosis = Diagnosis(body.PrincipalDiagnosis ?? throw Missing(prefix, "principalDiagnosis"), Name(prefix, "principalDiagnosis")),
            SecondaryDiagnoses = [.. secondaries.Select((d, i) => Diagnosis(d ?? throw Missing(prefix, Index("secondaryDiagnoses", i)), Name(prefix, Index("secondaryDiagnoses", i))))],
            Procedures = [.. procedures.Select((p, i) => Procedure(p, Name(prefix, Index("procedures", i))))],
            Age = age,
            Sex = sex,
            DischargeStatus = status,
            DischargeDate = body.DischargeDate ?? throw Missing(prefix, "dischargeDate"),
        };
    }

    /// <summary>Returns an id as given, or a default; ids are the caller's labels and must be short printable text.</summary>
    public static string Id(string? id, string field, string fallback)
    {
        if (id is null)
        {
            return fallback;
        }

        return id.Length is > 0 and <= 64 && IdPattern().IsMatch(id) ? id : throw new RequestFieldException(field, "An id is 1 to 64 letters, digits, '-', '_' or '.'.");
    }

    private static DrgDiagnosis Diagnosis(DiagnosisBody body, string field)
    {
        var code = (body.Code ?? throw new RequestFieldException(Name(field, "code"), "The code is missing.")).Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!DiagnosisPattern().IsMatch(code))
        {
            throw new RequestFieldException(Name(field, "code"), "An ICD-10-CM code is a letter, a digit and 1 to 5 letters or digits (the dot optional).");
        }

        if (!PresentOnAdmissionExtensions.TryParse(body.Poa ?? "", out var poa))
        {
            throw new RequestFieldException(Name(field, "poa"), "The POA indicator is Y, N, U, W, 1 or empty.");
        }

        return new DrgDiagnosis(code, poa);
    }

    private static string Procedure(string? code, string field) =>
        code is not null && ProcedurePattern().IsMatch(code) ? code.ToUpperInvariant()
            : throw new RequestFieldException(field, "An ICD-10-PCS code is seven letters or digits (no I or O).");

    private static RequestFieldException Missing(string prefix, string name) => new(Name(prefix, name), "The field is missing.");

    private static string Name(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";

    private static string Index(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    private static string Truncate(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    [GeneratedRegex("^[A-Z][0-9][0-9A-Z]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex DiagnosisPattern();

    [GeneratedRegex("^[0-9A-HJ-NP-Za-hj-np-z]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcedurePattern();

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
