using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Reads inpatient claims in the tab-separated layout of CMS's MCE cases (<c>msdrg/v43/mce/cases/cases-mce-431.tsv</c>):
/// a header row naming at least the columns <c>id discharge_date age sex discharge_status los admit_dx pdx sdx procedures</c>
/// (in any order; other columns, such as <c>pdx_poa</c>, are ignored, and the <c>expected_*</c> columns are kept as
/// <see cref="MceCaseRecord.Expected"/>), then one claim per line.
/// </summary>
/// <remarks>
/// <para>
/// <c>discharge_date</c> is <c>YYYYMMDD</c>; a date that is not 8 digits (or empty) is kept as no date, so that the MCE answers
/// <c>INVALID_DISCHARGE_DATE</c> as CMS's software does; an impossible day is carried forward as CMS's software does
/// (<c>20260230</c> is March 2, 2026). <c>age</c>, <c>discharge_status</c> and <c>los</c> are whole numbers; <c>sex</c> is
/// <c>M</c>, <c>F</c>, <c>U</c> or the MCE's number; <c>sdx</c> is <c>CODE:POA,...</c> (the POA indicator is not read: the MCE
/// never edits it) and <c>procedures</c> is <c>CODE,...</c>.
/// </para>
/// <para>
/// A row that does not fit the layout becomes a record with an <see cref="MceCaseRecord.Error"/> naming the line and the
/// column, and reading goes on; a missing header or column throws. Lines are read one at a time, each at most
/// <see cref="MaximumLineLength"/> characters.
/// </para>
/// </remarks>
public static class MceCaseFile
{
    /// <summary>The longest line accepted, in characters: far more than 25 diagnoses and 25 procedures need.</summary>
    public const int MaximumLineLength = 64 * 1024;

    private static readonly string[] s_required = ["id", "discharge_date", "age", "sex", "discharge_status", "los", "admit_dx", "pdx", "sdx", "procedures"];

    private static readonly string[] s_expected = ["expected_edit_type", "expected_claim_edits", "expected_code_edits"];

    /// <summary>Returns the rows of a reader, one at a time, in order.</summary>
    /// <param name="reader">The text; read as the rows are enumerated, not closed.</param>
    /// <param name="sourceName">The name to give in error messages (the file's path, or <c>stdin</c>).</param>
    /// <returns>The rows.</returns>
    /// <exception cref="DataFileException">The header is missing or lacks a required column, or a line is longer than <see cref="MaximumLineLength"/>.</exception>
    public static IEnumerable<MceCaseRecord> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lines = Lines(reader, sourceName).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new DataFileException(sourceName, null, "the case file is empty; a header row was expected.");
        }

        var names = lines.Current.Text.Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (var required in s_required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new DataFileException(sourceName, lines.Current.Number, $"the header has no '{required}' column; expected the columns {string.Join(' ', s_required)}.");
            }
        }

        var hasExpected = s_expected.All(columns.ContainsKey);
        return ReadRows(lines, columns, hasExpected, sourceName);
    }

    private static IEnumerable<MceCaseRecord> ReadRows(IEnumerator<(int Number, string Text)> lines, Dictionary<string, int> columns, bool hasExpected, string source)
    {
        using (lines)
        {
            while (lines.MoveNext())
            {
                var (number, text) = lines.Current;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var cells = text.Split('\t');
                var id = Cell(cells, columns, "id");
                string? expected = hasExpected ? string.Join('\t', s_expected.Select(c => Cell(cells, columns, c))) : null;
                MceClaim? claim = null;
                DataFileException? error = null;
                try
                {
                    claim = ToClaim(cells, columns, source, number);
                }
                catch (DataFileException e)
                {
                    error = e;
                }

                yield return new MceCaseRecord(number, id, claim, expected, error);
            }
        }
    }

    private static MceClaim ToClaim(string[] cells, Dictionary<string, int> columns, string source, int line)
    {
        int Int(string name)
        {
            var text = Cell(cells, columns, name);
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DataFileException(source, line, $"the '{name}' column is not a whole number.");
        }

        var sexText = Cell(cells, columns, "sex");
        var sex = sexText switch
        {
            "M" => MceClaim.Male,
            "F" => MceClaim.Female,
            "U" => MceClaim.UnknownSex,
            _ when int.TryParse(sexText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) => code,
            _ => throw new DataFileException(source, line, "the 'sex' column is not M, F, U or a number."),
        };

        var admitting = Cell(cells, columns, "admit_dx");
        return new MceClaim
        {
            DischargeDate = DischargeDate(Cell(cells, columns, "discharge_date")),
            Age = Int("age"),
            Sex = sex,
            DischargeStatus = Int("discharge_status"),
            LengthOfStay = Int("los"),
            AdmittingDiagnosis = admitting.Length == 0 ? null : admitting,
            PrincipalDiagnosis = Cell(cells, columns, "pdx"),
            SecondaryDiagnoses = Split(Cell(cells, columns, "sdx"), keepBeforeColon: true),
            Procedures = Split(Cell(cells, columns, "procedures"), keepBeforeColon: false),
        };
    }

    /// <summary>Returns the date of 8 digits <c>YYYYMMDD</c>, an impossible day carried forward as CMS's software does; anything else is no date.</summary>
    private static DateOnly? DischargeDate(string text)
    {
        if (text.Length != 8 || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (year is < 2 or > 9998)
        {
            return null;
        }

        return new DateOnly(year, 1, 1).AddMonths(month - 1).AddDays(day - 1);
    }

    private static string[] Split(string cell, bool keepBeforeColon)
    {
        if (cell.Length == 0)
        {
            return [];
        }

        var items = cell.Split(',');
        for (var i = 0; i < items.Length; i++)
        {
            var colon = keepBeforeColon ? items[i].IndexOf(':', StringComparison.Ordinal) : -1;
            items[i] = (colon < 0 ? items[i] : items[i][..colon]).Trim();
        }

        return items;
    }

    /// <summary>Returns the lines of a reader with their 1-based numbers, without the line end (LF, or CRLF); a line longer than <see cref="MaximumLineLength"/> throws.</summary>
    private static IEnumerable<(int Number, string Text)> Lines(TextReader reader, string source)
    {
        var line = new System.Text.StringBuilder();
        var buffer = new char[4096];
        var number = 0;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    line.Append(buffer, start, i - start);
                    start = i + 1;
                    ThrowIfTooLong(line, number + 1, source);
                    yield return (++number, Complete(line));
                }
            }

            line.Append(buffer, start, read - start);
            ThrowIfTooLong(line, number + 1, source);
        }

        if (line.Length > 0)
        {
            yield return (++number, Complete(line));
        }

        static void ThrowIfTooLong(System.Text.StringBuilder line, int number, string source)
        {
            if (line.Length > MaximumLineLength)
            {
                throw new DataFileException(source, number, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaximumLineLength:N0} characters; a case is one line of at most that length."));
            }
        }

        static string Complete(System.Text.StringBuilder line)
        {
            var length = line.Length > 0 && line[^1] == '\r' ? line.Length - 1 : line.Length;
            var text = line.ToString(0, length);
            line.Clear();
            return text;
        }
    }

    private static string Cell(string[] cells, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var index) && index < cells.Length ? cells[index].Trim() : string.Empty;
}
