using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Grouping;

/// <summary>
/// Reads cases in the tab-separated layout of CMS's expected-results files: a header row naming the
/// columns <c>age sex discharge_status pdx pdx_poa sdx procedures</c>, optionally <c>version</c>
/// (an MS-DRG version as CMS writes it, <c>431</c>, or <c>43.1</c>) or <c>discharge_date</c> (yyyy-MM-dd), and optionally the expected columns
/// <c>expected_drg expected_mdc expected_return_code</c>. <c>sdx</c> is <c>CODE:POA,...</c> and
/// <c>procedures</c> is <c>CODE,...</c>.
/// </summary>
/// <remarks>
/// <para>
/// Values are checked as <see cref="DrgCaseValues"/> checks them: <c>age</c> 0 to 124, <c>sex</c> <c>F</c>, <c>M</c> or <c>U</c>,
/// <c>discharge_status</c> a code of one or two digits (and one of the valid codes, when they are given), every diagnosis
/// the shape of an ICD-10-CM code and every procedure the shape of an ICD-10-PCS code; a line with an impossible value
/// throws a <see cref="DataFileException"/> naming the file, the line and the column (a code is quoted, never the other values).
/// </para>
/// <para>
/// A line with a <c>version</c> gets that version's first day as its discharge date (unless it also has a
/// <c>discharge_date</c>): MS-DRG vNN.0 starts on October 1 of fiscal year NN + 1983 (v43.0: 2025-10-01), vNN.1 on
/// April 1 (v43.1: 2026-04-01). A line with neither keeps the default discharge date, which callers should treat as
/// "not given".
/// </para>
/// </remarks>
public static class DrgCaseFile
{
    private static readonly string[] s_required = ["age", "sex", "discharge_status", "pdx", "pdx_poa", "sdx", "procedures"];

    /// <summary>Returns every case of a file, in file order.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="dischargeStatuses">The valid patient discharge status codes (CMS's table), or <see langword="null"/> to accept any code of one or two digits.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="DataFileException">The file cannot be read, a line does not fit the layout, or it gives an impossible value.</exception>
    public static IReadOnlyList<DrgCaseRecord> Read(string path, IReadOnlySet<int>? dischargeStatuses = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path, dischargeStatuses);
        }
        catch (Exception e) when (e is IOException and not DataFileException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The case file could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    /// <summary>Returns every case read from a reader, in order.</summary>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <param name="sourceName">The name to give in error messages.</param>
    /// <param name="dischargeStatuses">The valid patient discharge status codes (CMS's table), or <see langword="null"/> to accept any code of one or two digits.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="DataFileException">A line does not fit the layout or gives an impossible value.</exception>
    public static IReadOnlyList<DrgCaseRecord> Read(TextReader reader, string sourceName, IReadOnlySet<int>? dischargeStatuses = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new TextFileLines(reader, sourceName);
        var header = lines.ReadLine() ?? throw new DataFileException(sourceName, null, "The case file is empty; a header row was expected.");
        var names = header.Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            columns[names[i].Trim()] = i;
        }

        foreach (var required in s_required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new DataFileException(sourceName, 1, $"The header has no {MessageText.Quote(required)} column; expected the columns {string.Join(' ', s_required)}.");
            }
        }

        var records = new List<DrgCaseRecord>();
        var lineNumber = 1;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            records.Add(ParseLine(line.Split('\t'), columns, sourceName, lineNumber, dischargeStatuses));
        }

        return records;
    }

    private static DrgCaseRecord ParseLine(string[] cells, Dictionary<string, int> columns, string source, int line, IReadOnlySet<int>? dischargeStatuses)
    {
        string Cell(string name) => columns.TryGetValue(name, out var index) && index < cells.Length ? cells[index].Trim() : "";

        int Int(string name)
        {
            var text = Cell(name);
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DataFileException(source, line, $"The '{name}' cell {MessageText.Quote(text)} is not a whole number.");
        }

        PresentOnAdmission Poa(string text)
        {
            return PresentOnAdmissionExtensions.TryParse(text, out var poa)
                ? poa
                : throw new DataFileException(source, line, $"{MessageText.Quote(text)} is not a POA indicator (Y, N, U, W, 1 or blank).");
        }

        Release? release = null;
        if (Cell("version") is { Length: > 0 } versionText && !MsDrgReleases.TryGetRelease(versionText, out release))
        {
            throw new DataFileException(source, line, $"The version {MessageText.Quote(versionText)} is not an MS-DRG version such as 431 or 43.1.");
        }

        var dischargeDate = release?.EffectiveFrom ?? default;
        if (Cell("discharge_date") is { Length: > 0 } dateText)
        {
            dischargeDate = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new DataFileException(source, line, $"The discharge date {MessageText.Quote(dateText)} is not yyyy-MM-dd.");
        }

        var age = Int("age");
        if (!DrgCaseValues.IsPossibleAge(age))
        {
            throw new DataFileException(source, line, $"The 'age' cell is out of range: a case gives {DrgCaseValues.MinAge} to {DrgCaseValues.MaxAge} years.");
        }

        if (!DrgCaseValues.TryParseSex(Cell("sex"), out var sex))
        {
            throw new DataFileException(source, line, "The 'sex' cell is not a sex as claims write it: F, M or U.");
        }

        if (!DrgCaseValues.TryParseDischargeStatus(Cell("discharge_status"), dischargeStatuses, out var dischargeStatus))
        {
            throw new DataFileException(source, line, dischargeStatuses is null
                ? "The 'discharge_status' cell is not a patient discharge status code: one or two digits, 01 to 99."
                : "The 'discharge_status' cell is not a patient discharge status code of CMS's table (01 home, 20 expired, 30 still a patient ...).");
        }

        DrgDiagnosis Diagnosis(string column, string code, PresentOnAdmission poa) =>
            DrgCaseValues.IsWellFormedDiagnosis(code, out var problem)
                ? new DrgDiagnosis(code, poa)
                : throw new DataFileException(source, line, $"The '{column}' code {MessageText.Quote(code)} is not an ICD-10-CM code: {problem}");

        var secondaries = new List<DrgDiagnosis>();
        foreach (var item in Cell("sdx").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            secondaries.Add(colon < 0 ? Diagnosis("sdx", item, PresentOnAdmission.NotReported) : Diagnosis("sdx", item[..colon], Poa(item[(colon + 1)..])));
        }

        var procedures = Cell("procedures").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var procedure in procedures)
        {
            if (!DrgCaseValues.IsWellFormedProcedure(procedure, out var problem))
            {
                throw new DataFileException(source, line, $"The 'procedures' code {MessageText.Quote(procedure)} is not an ICD-10-PCS code: {problem}");
            }
        }

        var drgCase = new DrgCase
        {
            PrincipalDiagnosis = Diagnosis("pdx", Cell("pdx"), Poa(Cell("pdx_poa"))),
            SecondaryDiagnoses = secondaries,
            Procedures = procedures,
            Age = age,
            Sex = sex,
            DischargeStatus = dischargeStatus,
            DischargeDate = dischargeDate,
        };

        ExpectedGrouping? expected = null;
        if (Cell("expected_drg").Length > 0)
        {
            var returnCodeText = Cell("expected_return_code");
            var returnCode = returnCodeText.Length == 0 ? GrouperReturnCode.Ok
                : GrouperReturnCodeExtensions.TryParseCmsName(returnCodeText, out var parsed) ? parsed
                : throw new DataFileException(source, line, $"The return code {MessageText.Quote(returnCodeText)} is not one the grouper knows.");
            expected = new ExpectedGrouping(Int("expected_drg"), Int("expected_mdc"), returnCode);
        }

        return new DrgCaseRecord(line, release?.Version, drgCase, expected);
    }
}
