using System.Globalization;
using MedCoding.ClaimEdits.Mce.IO;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns one release of the Medicare Code Editor's (MCE) tables, a release of <see cref="CodeSystem.MedicareCodeEditor"/>:
/// every ICD-10-CM and ICD-10-PCS code with the dates each row applies to and its flags (<c>mce_i10dx.tsv</c>,
/// <c>mce_i10sg.tsv</c>), the age groups by date, the discharge status codes, the edit catalogue, the flag attributes and
/// the release information (<c>mce_info.tsv</c>), as CMS's MCE software loads them (<c>../shared/data/msdrg/v43/mce</c>).
/// </summary>
/// <remarks>
/// <para>
/// <b>The dates a release is in force</b> follow one rule, <see cref="ReleaseForVersion"/>: MCE version <i>V.m</i> is
/// released with MS-DRG version <i>V</i> for federal fiscal year 1983 + <i>V</i> and is in force for that whole fiscal
/// year, October 1 to September 30 (MCE 43.1: FY2026, 2025-10-01 to 2026-09-30; the v37 lists: FY2020). A release's
/// <c>terminationDate</c> in <c>mce_info.tsv</c> must be the last day of that fiscal year. Within the year, each code's
/// own rows say which flags apply on the date (codes added on April 1 are not valid before; flags change with the date).
/// </para>
/// <para>
/// <see cref="WriteTo"/> writes the release in the compiled data format (<c>docs/compiled-format.md</c>) and
/// <see cref="FromStream"/> reads it back, identical row by row.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class MceRelease
{
    /// <summary>The fiscal year of MCE version 0: version <i>V</i> is for fiscal year 1983 + <i>V</i> (v37: FY2020, v43: FY2026).</summary>
    private const int FiscalYearOfVersionZero = 1983;

    private readonly MceCodeTable _diagnoses;
    private readonly MceCodeTable _procedures;
    private MceEditPlan? _plan;

    internal MceRelease(
        Release release,
        IReadOnlyList<KeyValuePair<string, string>> info,
        IReadOnlyList<MceFlagAttribute> flagAttributes,
        IReadOnlyList<MceAgeGroup> ageGroups,
        IReadOnlyList<MceDischargeStatus> dischargeStatuses,
        IReadOnlyList<MceEditDefinition> edits,
        MceCodeTable diagnoses,
        MceCodeTable procedures,
        bool listsEveryValidCode)
    {
        if (release.System != CodeSystem.MedicareCodeEditor)
        {
            throw new ArgumentException($"{release.Name} is not a Medicare Code Editor release.", nameof(release));
        }

        Release = release;
        Info = info;
        FlagAttributes = flagAttributes;
        AgeGroups = ageGroups;
        DischargeStatuses = dischargeStatuses;
        Edits = edits;
        _diagnoses = diagnoses;
        _procedures = procedures;
        ListsEveryValidCode = listsEveryValidCode;
    }

    /// <summary>Gets the release, e.g. <c>MCE v43.1 (2025-10-01 to 2026-09-30)</c>.</summary>
    public Release Release { get; }

    /// <summary>Gets the compiled format version the release was read from, or <see langword="null"/> when it was read from the official files.</summary>
    public int? CompiledFormatVersion { get; internal init; }

    /// <summary>Gets the data version and where it came from, e.g. <c>MCE v43.1 (format 1)</c> or <c>MCE v43.1 (official files)</c>.</summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>
    /// Gets a value indicating whether the tables hold every valid code with its dates (the MCE 43.1 tables), so that a code
    /// without a row on a date is not a valid code then; <see langword="false"/> for the v37 lists
    /// (<see cref="MceCodeLists.ToRelease"/>), which hold only the codes of each edit.
    /// </summary>
    public bool ListsEveryValidCode { get; }

    /// <summary>Gets the release information of <c>mce_info.tsv</c> (<c>version</c>, <c>dateFormat</c>, <c>terminationDate</c>), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Info { get; }

    /// <summary>Gets the flags the code tables may carry (<c>mce_flag_attributes.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceFlagAttribute> FlagAttributes { get; }

    /// <summary>Gets the age groups with their dates (<c>mce_age_ranges.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceAgeGroup> AgeGroups { get; }

    /// <summary>Gets the discharge status codes with their dates (<c>mce_discharge_status.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceDischargeStatus> DischargeStatuses { get; }

    /// <summary>Gets the edit catalogue (<c>mce_edits.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceEditDefinition> Edits { get; }

    /// <summary>Gets every diagnosis row (<c>mce_i10dx.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceCode> Diagnoses => _diagnoses;

    /// <summary>Gets every procedure row (<c>mce_i10sg.tsv</c>), in file order.</summary>
    public IReadOnlyList<MceCode> Procedures => _procedures;

    /// <summary>Gets the last discharge date the MCE software accepts (<c>terminationDate</c> of <c>mce_info.tsv</c>), if given.</summary>
    public DateOnly? TerminationDate =>
        InfoValue("terminationDate") is { } text && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    internal MceCodeTable DiagnosisTable => _diagnoses;

    internal MceCodeTable ProcedureTable => _procedures;

    /// <summary>Gets what the Medicare Code Editor's rules read besides the code tables, prepared on first use.</summary>
    internal MceEditPlan Plan => _plan ??= new MceEditPlan(this);

    /// <summary>Returns a diagnosis's row in force on a date: its flags then; <see langword="null"/> when it has none (not valid then, or, for the v37 lists, on no list).</summary>
    /// <param name="code">The ICD-10-CM code.</param>
    /// <param name="date">The date of discharge or service.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public MceCode? FindDiagnosis(Icd10CmCode code, DateOnly date) => code.IsEmpty ? null : _diagnoses.Find(code.Value, date);

    /// <summary>Returns an ICD-10-PCS procedure's row in force on a date, or <see langword="null"/>.</summary>
    /// <param name="code">The procedure code as written; it is trimmed and upper-cased (as CMS's software does for its lookup).</param>
    /// <param name="date">The date of discharge or service.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public MceCode? FindProcedure(string code, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _procedures.Find(code.Trim().ToUpperInvariant(), date);
    }

    /// <summary>Returns the age groups in force on a date, in file order.</summary>
    /// <param name="date">The date of discharge or service.</param>
    /// <returns>The groups.</returns>
    public IEnumerable<MceAgeGroup> AgeGroupsOn(DateOnly date) => AgeGroups.Where(g => g.IsInForceOn(date));

    /// <summary>Returns the value of a key of <see cref="Info"/>, or <see langword="null"/>.</summary>
    /// <param name="key">The key, e.g. <c>version</c>.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? InfoValue(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var (k, v) in Info)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the release of an MCE version by the one rule of the SDK: version <i>V.m</i> is in force for federal fiscal
    /// year 1983 + <i>V</i>, October 1 of the year before through September 30 (the MS-DRG and MCE version of a fiscal year
    /// is its number minus 1983: v37 is FY2020, v43 FY2026). A minor version (43.1) replaces the one before it for the whole
    /// fiscal year: its tables carry each code's own dates.
    /// </summary>
    /// <param name="version">The version as CMS's software writes it (<c>431</c>: the last digit is the minor version) or dotted (<c>43.1</c>), or a major version alone (<c>37</c>).</param>
    /// <returns>The release, versioned <c>43.1</c> (or <c>37</c>) and named <c>MCE v43.1</c>.</returns>
    /// <exception cref="FormatException">The version is not of that form.</exception>
    public static Release ReleaseForVersion(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = version.Trim();
        string major;
        string? minor;
        if (text.Split('.') is [var m, var n] && m.Length is 1 or 2 && n.Length == 1)
        {
            (major, minor) = (m, n);
        }
        else if (text.Length == 3 && !text.Contains('.', StringComparison.Ordinal))
        {
            (major, minor) = (text[..2], text[2..]);
        }
        else
        {
            (major, minor) = (text, null);
        }

        if (major.Length is < 1 or > 2 || !major.All(char.IsAsciiDigit) || (minor is not null && !minor.All(char.IsAsciiDigit)))
        {
            throw new FormatException($"{MessageText.Quote(version)} is not an MCE version: expected 431, 43.1 or 37.");
        }

        var fiscalYear = FiscalYearOfVersionZero + int.Parse(major, CultureInfo.InvariantCulture);
        var dotted = minor is null ? major : $"{major}.{minor}";
        return new Release(CodeSystem.MedicareCodeEditor, dotted, new DateOnly(fiscalYear - 1, 10, 1), new DateOnly(fiscalYear, 9, 30), $"MCE v{dotted}");
    }

    /// <summary>Writes the release in the compiled data format. <see cref="FromStream"/> reads it back identical, row by row; the same release always gives the same bytes.</summary>
    /// <param name="output">The stream to write to; left open.</param>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        MceReleaseFormat.Write(this, output);
    }

    /// <summary>Returns the release read from a compiled data file written by <see cref="WriteTo"/> or <c>medcoding data compile --system mce</c>.</summary>
    /// <param name="input">The stream, positioned at the start of the file; left open.</param>
    /// <returns>The release.</returns>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, not a compiled data file, not an MCE release, or in a format version this library does not read.</exception>
    public static MceRelease FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MceReleaseFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the release read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>mce-43.1.mcd</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled MCE release, or in a format version this library does not read.</exception>
    public static MceRelease FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return MceReleaseFormat.Read(stream, $"The compiled data file '{path}'");
    }

    /// <summary>Returns the release and its counts, e.g. <c>MCE v43.1 (2025-10-01 to 2026-09-30): 84,932 diagnosis rows, 86,809 procedure rows</c>.</summary>
    /// <returns>A readable summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Release}: {_diagnoses.Count:N0} diagnosis rows, {_procedures.Count:N0} procedure rows");
}
