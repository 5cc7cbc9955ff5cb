using System.Collections.Frozen;

namespace MedCoding.Billing.Denials;

/// <summary>
/// Returns the routing of claim adjustment reason codes (CARC) to a cause and a job: a built-in table of common codes, extendable from a CSV file.
/// </summary>
/// <remarks>
/// <para>
/// The built-in table (<see cref="Default"/>) covers the CARCs billing offices see most, with short
/// labels of our own: the full list and its official wording belong to X12 (Washington Publishing
/// Company). A code not in the table routes to the biller as <see cref="DenialCause.Unclassified"/>.
/// </para>
/// <para>The CSV form read by <see cref="WithCsv(TextReader, string)"/>:</para>
/// <code>
/// # Lines starting with # are comments.
/// carc,job,cause,label
/// 97,coder,bundling,Bundled into another service
/// 242,biller,authorization,"Services not provided by network/primary care providers"
/// </code>
/// <para>
/// <c>job</c> is <c>coder</c>, <c>biller</c> or <c>none</c>; <c>cause</c> is a <see cref="DenialCause"/>
/// name in any case; the label may be quoted (with <c>""</c> for a quote) to hold commas. A row for a
/// code already in the table replaces it.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CarcTable
{
    private const string Header = "carc,job,cause,label";

    private readonly FrozenDictionary<string, CarcRoute> _routes;

    private CarcTable(IEnumerable<CarcRoute> routes)
    {
        var map = new Dictionary<string, CarcRoute>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            map[route.ReasonCode] = route;
        }

        _routes = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in table of common CARCs.</summary>
    public static CarcTable Default { get; } = new(BuiltIn());

    /// <summary>Gets the routes, ordered by reason code.</summary>
    public IReadOnlyList<CarcRoute> Routes => _routes.Values.OrderBy(r => r.ReasonCode.Length).ThenBy(r => r.ReasonCode, StringComparer.Ordinal).ToArray();

    /// <summary>Returns the route of a reason code, or <see langword="null"/> when the table does not have it.</summary>
    /// <param name="reasonCode">The CARC.</param>
    /// <returns>The route, or <see langword="null"/>.</returns>
    public CarcRoute? GetOrNull(string reasonCode)
    {
        ArgumentNullException.ThrowIfNull(reasonCode);
        return _routes.GetValueOrDefault(reasonCode.Trim());
    }

    /// <summary>Returns the route of a reason code; a code not in the table goes to the biller, unclassified.</summary>
    /// <param name="reasonCode">The CARC.</param>
    /// <returns>The route.</returns>
    public CarcRoute Route(string reasonCode) =>
        GetOrNull(reasonCode) ?? new CarcRoute(reasonCode.Trim(), DenialCause.Unclassified, Job.Biller, "Reason code not in the routing table");

    /// <summary>Returns this table with routes added or replaced.</summary>
    /// <param name="routes">The routes; a route for a code already present replaces it.</param>
    /// <returns>The new table.</returns>
    public CarcTable With(IEnumerable<CarcRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return new CarcTable(_routes.Values.Concat(routes));
    }

    /// <summary>Returns this table with the routes of a user CSV file added or replaced.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="fileName">The file name, for error messages.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="CarcTableFormatException">The CSV is malformed; the message names the file and line.</exception>
    public CarcTable WithCsv(TextReader csv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fileName);
        return With(ReadCsv(csv, fileName));
    }

    /// <summary>Returns this table with the routes of a user CSV file added or replaced.</summary>
    /// <param name="path">The path of the CSV file (UTF-8).</param>
    /// <returns>The new table.</returns>
    /// <exception cref="CarcTableFormatException">The CSV is malformed; the message names the file and line.</exception>
    public CarcTable WithCsvFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = File.OpenText(path);
        return WithCsv(reader, Path.GetFileName(path));
    }

    private static List<CarcRoute> ReadCsv(TextReader csv, string fileName)
    {
        var routes = new List<CarcRoute>();
        var number = 0;
        var sawHeader = false;
        while (csv.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (!sawHeader)
            {
                if (!string.Equals(text.Replace(" ", string.Empty, StringComparison.Ordinal), Header, StringComparison.OrdinalIgnoreCase))
                {
                    throw new CarcTableFormatException(fileName, number, $"expected the header \"{Header}\".");
                }

                sawHeader = true;
                continue;
            }

            routes.Add(ReadRow(text, fileName, number));
        }

        return sawHeader ? routes : throw new CarcTableFormatException(fileName, Math.Max(number, 1), $"expected the header \"{Header}\"; the file is empty.");
    }

    private static CarcRoute ReadRow(string text, string fileName, int number)
    {
        var parts = text.Split(',', 4);
        if (parts.Length < 4)
        {
            throw new CarcTableFormatException(fileName, number, "expected four fields: carc,job,cause,label.");
        }

        var code = parts[0].Trim();
        if (code.Length is 0 or > 5 || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new CarcTableFormatException(fileName, number, "carc: expected a reason code of 1 to 5 letters or digits.");
        }

        var job = parts[1].Trim().ToLowerInvariant() switch
        {
            "coder" => Job.Coder,
            "biller" => Job.Biller,
            "none" => Job.None,
            _ => throw new CarcTableFormatException(fileName, number, "job: expected coder, biller or none."),
        };
        if (!TryParseCause(parts[2].Trim(), out var cause))
        {
            throw new CarcTableFormatException(fileName, number, $"cause: expected one of {string.Join(", ", Enum.GetNames<DenialCause>().Select(CamelCase))}.");
        }

        var label = parts[3].Trim();
        if (label.StartsWith('"'))
        {
            if (label.Length < 2 || !label.EndsWith('"'))
            {
                throw new CarcTableFormatException(fileName, number, "label: a quoted label ends with a quote.");
            }

            label = label[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        return label.Length == 0
            ? throw new CarcTableFormatException(fileName, number, "label: required.")
            : new CarcRoute(code, cause, job, label);
    }

    private static bool TryParseCause(string text, out DenialCause cause) =>
        Enum.TryParse(text, ignoreCase: true, out cause) && Enum.IsDefined(cause) && !text.Any(char.IsAsciiDigit);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static IEnumerable<CarcRoute> BuiltIn()
    {
        // Coding causes: the coder reviews codes, modifiers and documentation.
        yield return new("4", DenialCause.MissingOrInvalidModifier, Job.Coder, "Modifier missing or inconsistent with the procedure");
        yield return new("5", DenialCause.InvalidCode, Job.Coder, "Procedure or bill type inconsistent with the place of service");
        yield return new("6", DenialCause.InvalidCode, Job.Coder, "Procedure inconsistent with the patient's age");
        yield return new("7", DenialCause.InvalidCode, Job.Coder, "Procedure inconsistent with the patient's sex");
        yield return new("9", DenialCause.InvalidCode, Job.Coder, "Diagnosis inconsistent with the patient's age");
        yield return new("10", DenialCause.InvalidCode, Job.Coder, "Diagnosis inconsistent with the patient's sex");
        yield return new("11", DenialCause.DiagnosisInconsistentWithProcedure, Job.Coder, "Diagnosis does not support the procedure");
        yield return new("50", DenialCause.MedicalNecessity, Job.Coder, "Not medically necessary as billed");
        yield return new("97", DenialCause.Bundling, Job.Coder, "Included in another service paid (bundled)");
        yield return new("146", DenialCause.InvalidCode, Job.Coder, "Diagnosis not valid on the date of service");
        yield return new("151", DenialCause.MedicalNecessity, Job.Coder, "Units or frequency not supported by the information");
        yield return new("167", DenialCause.MedicalNecessity, Job.Coder, "Diagnosis not covered");
        yield return new("181", DenialCause.InvalidCode, Job.Coder, "Procedure code not valid on the date of service");
        yield return new("182", DenialCause.MissingOrInvalidModifier, Job.Coder, "Modifier not valid on the date of service");
        yield return new("231", DenialCause.Bundling, Job.Coder, "Mutually exclusive with another procedure");
        yield return new("234", DenialCause.Bundling, Job.Coder, "Procedure not paid separately");
        yield return new("236", DenialCause.Bundling, Job.Coder, "Procedure or modifier pair not allowed together (NCCI)");

        // Billing causes: the biller fixes coverage, filing and claim data.
        yield return new("15", DenialCause.Authorization, Job.Biller, "Authorization number missing or invalid");
        yield return new("16", DenialCause.MissingInformation, Job.Biller, "Claim lacks information or has billing errors");
        yield return new("18", DenialCause.Duplicate, Job.Biller, "Duplicate claim or service");
        yield return new("22", DenialCause.CoordinationOfBenefits, Job.Biller, "Another payer may be primary (coordination of benefits)");
        yield return new("23", DenialCause.CoordinationOfBenefits, Job.Biller, "Prior payer's adjudication applied");
        yield return new("24", DenialCause.Eligibility, Job.Biller, "Covered by a managed care plan or capitation");
        yield return new("26", DenialCause.Eligibility, Job.Biller, "Service before coverage began");
        yield return new("27", DenialCause.Eligibility, Job.Biller, "Service after coverage ended");
        yield return new("29", DenialCause.TimelyFiling, Job.Biller, "Filed after the timely-filing limit");
        yield return new("31", DenialCause.Eligibility, Job.Biller, "Patient not identified as the payer's member");
        yield return new("96", DenialCause.NotCovered, Job.Biller, "Charge not covered");
        yield return new("109", DenialCause.Eligibility, Job.Biller, "Not covered by this payer; bill the right one");
        yield return new("119", DenialCause.NotCovered, Job.Biller, "Benefit maximum reached");
        yield return new("197", DenialCause.Authorization, Job.Biller, "Precertification or authorization missing");
        yield return new("200", DenialCause.Eligibility, Job.Biller, "Service during a lapse in coverage");
        yield return new("204", DenialCause.NotCovered, Job.Biller, "Not covered by the patient's current plan");

        // Expected adjustments: posted, not worked.
        yield return new("1", DenialCause.PatientShare, Job.None, "Deductible");
        yield return new("2", DenialCause.PatientShare, Job.None, "Coinsurance");
        yield return new("3", DenialCause.PatientShare, Job.None, "Copay");
        yield return new("45", DenialCause.Contractual, Job.None, "Charge above the contracted fee schedule");
        yield return new("253", DenialCause.Contractual, Job.None, "Sequestration reduction");
    }
}
