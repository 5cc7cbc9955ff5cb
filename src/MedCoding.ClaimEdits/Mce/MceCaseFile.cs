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
/// (<c>20260230</c> is March 2, 2026); a year after 9990 is kept as no date too. <c>age</c>, <c>discharge_status</c> and <c>los</c> are whole numbers; <c>sex</c> is
/// <c>M</c>, <c>F</c>, <c>U</c> or the MCE's number; <c>sdx</c> is <c>CODE:POA,...</c> (the POA indicator is not read: the MCE
/// never edits it) and <c>procedures</c> is <c>CODE,...</c>.
/// </para>
/// <para>
/// Values the MCE itself judges are kept as given, so that it can flag them as CMS's software does: an age outside 0 to 124
/// (<c>INVALID_AGE</c>), a sex number other than 0, 1 and 2 (<c>INVALID_SEX</c>), a discharge status not in CMS's table
/// (<c>INVALID_DISCHARGE_STATUS</c>), a code not in the release (<c>INVALID_CODE</c>); CMS's own cases carry all of these.
/// Values no claim can carry are refused: a discharge status that is not two digits (0 to 99), a code that is not letters
/// and digits (a dot, a blank, a path).
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
    public const int MaximumLineLength = InputLimits.LineChars;

    // UB-04 form locator 17: the patient discharge status is two digits.
    private const int MaximumDischargeStatus = 99;

    private static readonly System.Buffers.SearchValues<char> s_codeCharacters = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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
        var lines = new LineReader(reader, sourceName);
        if (!lines.MoveNext())
        {
            throw new DataFileException(sourceName, null, "the case file is empty; a header row was expected.");
        }

        var names = lines.Current.ToString().Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (var required in s_required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new DataFileException(sourceName, lines.Number, $"the header has no {MessageText.Quote(required)} column; expected the columns {string.Join(' ', s_required)}.");
            }
        }

        var layout = new Layout(columns);
        return ReadRows(lines, layout, sourceName);
    }

    private static IEnumerable<MceCaseRecord> ReadRows(LineReader lines, Layout layout, string source)
    {
        // The cells' bounds of the current line, reused from line to line: [start, end) of column i at 2i, 2i + 1.
        var bounds = new int[2 * (layout.LastColumn + 1)];
        while (lines.MoveNext())
        {
            var number = lines.Number;
            var text = lines.Current;
            if (text.Span.IsWhiteSpace())
            {
                continue;
            }

            FindCells(text.Span, bounds);
            var id = CellText(text.Span, bounds, layout.Id);
            var expected = layout.HasExpected ? Expected(text.Span, bounds, layout) : null;
            MceClaim? claim = null;
            DataFileException? error = null;
            try
            {
                claim = ToClaim(text.Span, bounds, layout, source, number);
            }
            catch (DataFileException e)
            {
                error = e;
            }

            yield return new MceCaseRecord(number, id, claim, expected, error);
        }
    }

    private static MceClaim ToClaim(ReadOnlySpan<char> line, int[] bounds, Layout layout, string source, int number)
    {
        var sexText = Cell(line, bounds, layout.Sex);
        var sex = sexText switch
        {
            "M" => MceClaim.Male,
            "F" => MceClaim.Female,
            "U" => MceClaim.UnknownSex,
            _ when int.TryParse(sexText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) => code,
            _ => throw new DataFileException(source, number, "the 'sex' column is not M, F, U or a number."),
        };

        var age = Int(line, bounds, layout.Age, "age", source, number);
        var status = Int(line, bounds, layout.DischargeStatus, "discharge_status", source, number);
        if (status is < 0 or > MaximumDischargeStatus)
        {
            throw new DataFileException(source, number, "the 'discharge_status' column is not a patient discharge status code: two digits, 00 to 99.");
        }

        var stay = Int(line, bounds, layout.LengthOfStay, "los", source, number);
        var admitting = Cell(line, bounds, layout.AdmittingDiagnosis);
        var principal = Cell(line, bounds, layout.PrincipalDiagnosis);
        CheckCode(admitting, "admit_dx", source, number);
        CheckCode(principal, "pdx", source, number);
        var secondaries = Split(Cell(line, bounds, layout.SecondaryDiagnoses), keepBeforeColon: true);
        var procedures = Split(Cell(line, bounds, layout.Procedures), keepBeforeColon: false);
        foreach (var code in secondaries)
        {
            CheckCode(code, "sdx", source, number);
        }

        foreach (var code in procedures)
        {
            CheckCode(code, "procedures", source, number);
        }

        return new MceClaim
        {
            DischargeDate = DischargeDate(Cell(line, bounds, layout.DischargeDate)),
            Age = age,
            Sex = sex,
            DischargeStatus = status,
            LengthOfStay = stay,
            AdmittingDiagnosis = admitting.IsEmpty ? null : admitting.ToString(),
            PrincipalDiagnosis = principal.ToString(),
            SecondaryDiagnoses = secondaries,
            Procedures = procedures,
        };
    }

    /// <summary>
    /// Refuses a code that is not letters and digits: a code the MCE does not know is its to flag (<c>INVALID_CODE</c>), but a
    /// dot, a blank, a slash or a control character is no code at all. The code is not quoted: the message names the column.
    /// </summary>
    private static void CheckCode(ReadOnlySpan<char> code, string column, string source, int number)
    {
        if (code.ContainsAnyExcept(s_codeCharacters))
        {
            throw new DataFileException(source, number, $"the {MessageText.Quote(column)} column holds a code that is not letters and digits (codes are written without dots).");
        }
    }

    private static int Int(ReadOnlySpan<char> line, int[] bounds, int column, string name, string source, int number) =>
        int.TryParse(Cell(line, bounds, column), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(source, number, $"the {MessageText.Quote(name)} column is not a whole number.");

    /// <summary>
    /// Returns the date of 8 digits <c>YYYYMMDD</c>, an impossible day carried forward as CMS's software does; anything else is
    /// no date, and so is a year after 9990, which no MCE release edits and whose carried-forward month or day could pass the
    /// last date .NET represents.
    /// </summary>
    private static DateOnly? DischargeDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 8 || text.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(text.Slice(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.Slice(6, 2), CultureInfo.InvariantCulture);
        if (year is < 2 or > 9990)
        {
            return null;
        }

        return new DateOnly(year, 1, 1).AddMonths(month - 1).AddDays(day - 1);
    }

    /// <summary>Returns the items of a list cell (<c>CODE:POA,...</c> or <c>CODE,...</c>), each trimmed (and cut at its colon), one string each.</summary>
    private static string[] Split(ReadOnlySpan<char> cell, bool keepBeforeColon)
    {
        if (cell.IsEmpty)
        {
            return [];
        }

        var items = new string[cell.Count(',') + 1];
        for (var i = 0; i < items.Length; i++)
        {
            var comma = cell.IndexOf(',');
            var item = comma < 0 ? cell : cell[..comma];
            cell = comma < 0 ? [] : cell[(comma + 1)..];
            var colon = keepBeforeColon ? item.IndexOf(':') : -1;
            items[i] = (colon < 0 ? item : item[..colon]).Trim().ToString();
        }

        return items;
    }

    /// <summary>Records where each cell of a line starts and ends, up to the last column read; cells past the line's end are empty.</summary>
    private static void FindCells(ReadOnlySpan<char> line, int[] bounds)
    {
        var start = 0;
        for (var i = 0; i < bounds.Length; i += 2)
        {
            if (start > line.Length)
            {
                bounds[i] = bounds[i + 1] = line.Length;
                continue;
            }

            var tab = line[start..].IndexOf('\t');
            var end = tab < 0 ? line.Length : start + tab;
            bounds[i] = start;
            bounds[i + 1] = end;
            start = tab < 0 ? line.Length + 1 : end + 1;
        }
    }

    /// <summary>Returns a cell, trimmed; empty when the line has no such cell.</summary>
    private static ReadOnlySpan<char> Cell(ReadOnlySpan<char> line, int[] bounds, int column) =>
        line[bounds[2 * column]..bounds[(2 * column) + 1]].Trim();

    private static string CellText(ReadOnlySpan<char> line, int[] bounds, int column)
    {
        var cell = Cell(line, bounds, column);
        return cell.IsEmpty ? string.Empty : cell.ToString();
    }

    /// <summary>Returns the expected columns, each trimmed, tab-separated (<see cref="MceCaseRecord.Expected"/>).</summary>
    private static string Expected(ReadOnlySpan<char> line, int[] bounds, Layout layout)
    {
        var type = Cell(line, bounds, layout.ExpectedEditType);
        var claimEdits = Cell(line, bounds, layout.ExpectedClaimEdits);
        var codeEdits = Cell(line, bounds, layout.ExpectedCodeEdits);
        var length = type.Length + claimEdits.Length + codeEdits.Length + 2;
        var text = length <= 1024 ? stackalloc char[length] : new char[length];
        type.CopyTo(text);
        text[type.Length] = '\t';
        claimEdits.CopyTo(text[(type.Length + 1)..]);
        text[type.Length + 1 + claimEdits.Length] = '\t';
        codeEdits.CopyTo(text[(length - codeEdits.Length)..]);
        return new string(text);
    }

    /// <summary>Where each column the reader reads stands on a line.</summary>
    private sealed class Layout
    {
        public Layout(Dictionary<string, int> columns)
        {
            Id = columns["id"];
            DischargeDate = columns["discharge_date"];
            Age = columns["age"];
            Sex = columns["sex"];
            DischargeStatus = columns["discharge_status"];
            LengthOfStay = columns["los"];
            AdmittingDiagnosis = columns["admit_dx"];
            PrincipalDiagnosis = columns["pdx"];
            SecondaryDiagnoses = columns["sdx"];
            Procedures = columns["procedures"];
            HasExpected = s_expected.All(columns.ContainsKey);
            if (HasExpected)
            {
                ExpectedEditType = columns[s_expected[0]];
                ExpectedClaimEdits = columns[s_expected[1]];
                ExpectedCodeEdits = columns[s_expected[2]];
            }

            LastColumn = new[] { Id, DischargeDate, Age, Sex, DischargeStatus, LengthOfStay, AdmittingDiagnosis, PrincipalDiagnosis, SecondaryDiagnoses, Procedures, ExpectedEditType, ExpectedClaimEdits, ExpectedCodeEdits }.Max();
        }

        public int Id { get; }

        public int DischargeDate { get; }

        public int Age { get; }

        public int Sex { get; }

        public int DischargeStatus { get; }

        public int LengthOfStay { get; }

        public int AdmittingDiagnosis { get; }

        public int PrincipalDiagnosis { get; }

        public int SecondaryDiagnoses { get; }

        public int Procedures { get; }

        public bool HasExpected { get; }

        public int ExpectedEditType { get; }

        public int ExpectedClaimEdits { get; }

        public int ExpectedCodeEdits { get; }

        /// <summary>Gets the last column read: cells after it are not looked at.</summary>
        public int LastColumn { get; }
    }

    /// <summary>
    /// Reads the lines of a reader with their 1-based numbers, without the line end (LF, or CRLF), into one buffer reused from
    /// line to line (no string per line); a line longer than <see cref="MaximumLineLength"/> throws.
    /// </summary>
    private sealed class LineReader(TextReader reader, string source)
    {
        private char[] _buffer = new char[1 << 14];
        private int _start;
        private int _end;
        private bool _done;

        /// <summary>Gets the current line, valid until the next <see cref="MoveNext"/>.</summary>
        public ReadOnlyMemory<char> Current { get; private set; }

        /// <summary>Gets the current line's 1-based number.</summary>
        public int Number { get; private set; }

        public bool MoveNext()
        {
            var scanned = 0;
            while (true)
            {
                var newLine = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf('\n');
                if (newLine >= 0)
                {
                    var length = scanned + newLine;
                    ThrowIfTooLong(length);
                    Complete(length, _start + length + 1);
                    return true;
                }

                scanned = _end - _start;
                ThrowIfTooLong(scanned);
                if (_done || !Fill())
                {
                    _done = true;
                    if (_end == _start)
                    {
                        Current = ReadOnlyMemory<char>.Empty;
                        return false;
                    }

                    Complete(_end - _start, _end);
                    return true;
                }
            }
        }

        /// <summary>Makes the current line the <paramref name="length"/> characters from the start, less a final CR; the next line starts at <paramref name="next"/>.</summary>
        private void Complete(int length, int next)
        {
            var line = _buffer.AsMemory(_start, length);
            Current = line.Span.EndsWith('\r') ? line[..^1] : line;
            Number++;
            _start = next;
        }

        /// <summary>Reads more text after what is buffered, moving the unread part to the front (or growing the buffer); false at the end.</summary>
        private bool Fill()
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = reader.Read(_buffer, _end, _buffer.Length - _end);
            _end += read;
            return read > 0;
        }

        private void ThrowIfTooLong(int length)
        {
            if (length > MaximumLineLength)
            {
                throw new DataFileException(source, Number + 1, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaximumLineLength:N0} characters; a case is one line of at most that length."));
            }
        }
    }
}
