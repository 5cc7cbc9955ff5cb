using System.Collections.Frozen;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the Medicare Code Editor's "simple" code lists: age (newborn, pediatric, maternity, adult),
/// sex (female-only and male-only diagnoses and procedures), manifestation and unacceptable principal
/// diagnoses, non-covered procedures.
/// </summary>
/// <remarks>
/// <para>
/// The layout is the tab-separated one of <c>mce/v37/MCE_Simple_Code_Edits_v37.txt</c>: a header row
/// <c>MCE_Version ICD_Version MCE_Section MCE_Subsection MCE_Edit_Type ICD_Code_Type ICD_Code ICD_Desc</c>,
/// then one code per line; <c>ICD_Code_Type</c> is D (ICD-10-CM diagnosis) or P (ICD-10-PCS procedure),
/// codes are undotted. Every edit type is kept (<see cref="GetCodes"/>), including ones the claim edits
/// do not use.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MceCodeLists
{
    /// <summary>The edit type of diagnoses for newborns only (age 0).</summary>
    public const string NewbornOnly = "Newborn_Only";

    /// <summary>The edit type of diagnoses for children only.</summary>
    public const string PediatricOnly = "Pediatric_Only";

    /// <summary>The edit type of diagnoses for pregnant patients (maternity ages).</summary>
    public const string MaternityOnly = "Maternity_Only";

    /// <summary>The edit type of diagnoses for adults only.</summary>
    public const string AdultOnly = "Adult_Only";

    /// <summary>The edit type of codes for females only.</summary>
    public const string FemaleOnly = "Female_Only";

    /// <summary>The edit type of codes for males only.</summary>
    public const string MaleOnly = "Male_Only";

    /// <summary>The edit type of manifestation codes, not allowed as principal diagnosis.</summary>
    public const string PrincipalManifestation = "Principal_Manifestation";

    /// <summary>The edit type of codes unacceptable as principal diagnosis.</summary>
    public const string PrincipalUnacceptable = "Principal_Unacceptable";

    /// <summary>The edit type of diagnoses that are a questionable reason for an inpatient admission when principal.</summary>
    public const string PrincipalQuestionableAdmit = "Principal_Questionable_Admit";

    /// <summary>The edit type of ICD-10-PCS procedures Medicare never covers.</summary>
    public const string NoncoveredAlways = "Noncovered_Always";

    /// <summary>The edit type of ICD-10-PCS procedures Medicare does not cover for patients over 60 (lumbar artificial disc replacement).</summary>
    public const string NoncoveredOver60 = "Noncovered_Over60";

    /// <summary>The edit type of ICD-10-PCS procedures (transplants, heart assist implants) for which Medicare limits coverage.</summary>
    public const string LimitedCoverage = "Limited_Coverage";

    /// <summary>The MCE flag of each edit type of the simple lists, in the order a code's flags are written.</summary>
    private static readonly (string EditType, string Flag)[] s_flagOfEditTypeOrder =
    [
        (NewbornOnly, MceFlagNames.Newborn), (PediatricOnly, MceFlagNames.Pediatric), (MaternityOnly, MceFlagNames.Maternity), (AdultOnly, MceFlagNames.Adult),
        (FemaleOnly, MceFlagNames.Female), (MaleOnly, MceFlagNames.Male), (PrincipalManifestation, MceFlagNames.Manifestation),
        (PrincipalUnacceptable, MceFlagNames.Unacceptable), (PrincipalQuestionableAdmit, MceFlagNames.QuestionableAdmission), ("Wrong_Performed", "wrngproc"),
        (NoncoveredAlways, MceFlagNames.NonCovered), (NoncoveredOver60, MceFlagNames.NonCoveredOver60), ("Noncovered_LOS_96hr", "los"), (LimitedCoverage, MceFlagNames.LimitedCoverage),
    ];

    private static readonly FrozenDictionary<string, string> s_flagOfEditType = s_flagOfEditTypeOrder.ToFrozenDictionary(p => p.EditType, p => p.Flag, StringComparer.Ordinal);

    private static readonly string[] s_header = ["MCE_Version", "ICD_Version", "MCE_Section", "MCE_Subsection", "MCE_Edit_Type", "ICD_Code_Type", "ICD_Code", "ICD_Desc"];

    private readonly FrozenDictionary<(string EditType, char CodeType), FrozenSet<string>> _lists;

    private MceCodeLists(string version, FrozenDictionary<(string, char), FrozenSet<string>> lists)
    {
        Version = version;
        _lists = lists;
    }

    /// <summary>Gets the MCE version of the file, e.g. <c>37</c>.</summary>
    public string Version { get; }

    /// <summary>
    /// Gets the release of the lists by the MCE rule (<see cref="MceRelease.ReleaseForVersion"/>): the v37 lists are
    /// <c>MCE v37</c>, in force for FY2020 (2019-10-01 to 2020-09-30).
    /// </summary>
    /// <exception cref="FormatException">The file's MCE_Version is not an MCE version number.</exception>
    public Release Release => MceRelease.ReleaseForVersion(Version);

    /// <summary>Gets the edit types in the file with their code type (D or P).</summary>
    public IEnumerable<(string EditType, char CodeType)> EditTypes => _lists.Keys;

    /// <summary>Returns the codes of an edit type.</summary>
    /// <param name="editType">The edit type, e.g. <see cref="MaternityOnly"/>.</param>
    /// <param name="codeType"><c>D</c> for diagnoses, <c>P</c> for procedures.</param>
    /// <returns>The undotted codes, or an empty set.</returns>
    public IReadOnlySet<string> GetCodes(string editType, char codeType) =>
        _lists.TryGetValue((editType, codeType), out var codes) ? codes : FrozenSet<string>.Empty;

    /// <summary>Returns whether a diagnosis is on the list of an edit type.</summary>
    /// <param name="editType">The edit type.</param>
    /// <param name="code">The diagnosis.</param>
    /// <returns><see langword="true"/> if listed.</returns>
    public bool ListsDiagnosis(string editType, Icd10CmCode code) =>
        _lists.TryGetValue((editType, 'D'), out var codes) && codes.Contains(code.Value);

    /// <summary>Returns whether an ICD-10-PCS procedure is on the list of an edit type.</summary>
    /// <param name="editType">The edit type.</param>
    /// <param name="code">The undotted, upper-case procedure code.</param>
    /// <returns><see langword="true"/> if listed.</returns>
    public bool ListsProcedure(string editType, string code) =>
        _lists.TryGetValue((editType, 'P'), out var codes) && codes.Contains(code);

    /// <summary>
    /// Returns the lists as a release of the MCE tables, to be scheduled beside newer releases (the claim edits read
    /// <see cref="ClaimEditData.Mce"/> this way): every listed code is a row in force for the whole of <see cref="Release"/>,
    /// carrying the flag of each of its lists (<c>Maternity_Only</c>: <see cref="MceFlagNames.Maternity"/>,
    /// <c>Noncovered_Over60</c>: <see cref="MceFlagNames.NonCoveredOver60"/>...); the age groups are
    /// <paramref name="ageRanges"/>. The lists hold only the codes of each edit, so the release does not say which codes are valid
    /// (<see cref="MceRelease.ListsEveryValidCode"/> is <see langword="false"/>).
    /// </summary>
    /// <param name="ageRanges">The ages of the age edits; by default <see cref="MceAgeRanges.Default"/>, the v37 definitions.</param>
    /// <returns>The release.</returns>
    /// <exception cref="InvalidOperationException">The file holds an edit type that has no MCE flag (the error names it).</exception>
    public MceRelease ToRelease(MceAgeRanges? ageRanges = null)
    {
        var ranges = ageRanges ?? MceAgeRanges.Default;
        var release = Release;
        var unknown = _lists.Keys.Select(k => k.EditType).Where(t => !s_flagOfEditType.ContainsKey(t)).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"The MCE v{Version} lists hold edit types with no MCE flag: {string.Join(", ", unknown)}.");
        }

        var sets = new Dictionary<string, MceFlags>(StringComparer.Ordinal);
        MceCodeTable Table(char codeType)
        {
            var flagsOfCode = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (editType, flag) in s_flagOfEditTypeOrder)
            {
                foreach (var code in GetCodes(editType, codeType))
                {
                    if (!flagsOfCode.TryGetValue(code, out var flags))
                    {
                        flagsOfCode[code] = flags = [];
                    }

                    flags.Add(flag);
                }
            }

            var table = new MceCodeTable.Builder(flagsOfCode.Count, flagsOfCode.Count, checkConsecutive: false);
            foreach (var (code, flags) in flagsOfCode)
            {
                var key = string.Join(",", flags);
                if (!sets.TryGetValue(key, out var set))
                {
                    sets[key] = set = new MceFlags([.. flags]);
                }

                table.Add(code, release.EffectiveFrom, release.EffectiveThrough, set);
            }

            return table.Build();
        }

        MceAgeGroup Group(string name, AgeRange ages) => new(name, ages, release.EffectiveFrom, release.EffectiveThrough);
        return new MceRelease(
            release,
            [new("version", Version)],
            [],
            [Group("Adult", ranges.Adult), Group("Maternity", ranges.Maternity), Group("Newborn", ranges.Newborn), Group("Pediatric", ranges.Pediatric)],
            [],
            [],
            Table('D'),
            Table('P'),
            listsEveryValidCode: false);
    }

    /// <summary>Returns the lists read from an MCE file.</summary>
    /// <param name="path">The file, e.g. <c>mce/v37/MCE_Simple_Code_Edits_v37.txt</c>.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="DataFileException">The file is missing or a line is malformed; the exception names the line.</exception>
    public static MceCodeLists Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var lines = new DataFileLines(DataFileLines.WithoutByteOrderMark(DataFileLines.ReadAllBytes(path, "MCE file")), path);
        var fields = new string[s_header.Length];
        Span<Range> ranges = stackalloc Range[s_header.Length + 1];
        if (!lines.MoveNext() || Split(lines.Current, ranges, fields) != s_header.Length || !fields.SequenceEqual(s_header, StringComparer.Ordinal))
        {
            throw new DataFileException(path, 1, $"The first line must be the header {string.Join(" ", s_header)} (tab-separated).");
        }

        string? version = null;
        var lists = new Dictionary<(string, char), HashSet<string>>();
        while (lines.MoveNext())
        {
            if (lines.Current.IsEmpty)
            {
                continue;
            }

            var count = Split(lines.Current, ranges, fields);
            if (count != s_header.Length)
            {
                throw lines.Error($"Expected {s_header.Length} tab-separated fields ({string.Join(", ", s_header)}); found {count}.");
            }

            if (fields[1] != "10")
            {
                throw lines.Error("ICD_Version must be 10.");
            }

            version ??= fields[0];
            if (fields[0] != version)
            {
                throw lines.Error($"MCE_Version is {fields[0]}, but the file started with version {version}.");
            }

            var editType = fields[4];
            if (editType.Length == 0)
            {
                throw lines.Error("MCE_Edit_Type is empty.");
            }

            var code = fields[6];
            char codeType;
            switch (fields[5])
            {
                case "D":
                    codeType = 'D';
                    if (!Icd10CmCode.TryParse(code, out var dx, out var error) || dx.Value != code)
                    {
                        throw lines.Error(error is null ? $"ICD_Code {MessageText.Quote(code)} is not written undotted and in upper case (as {dx.Value})." : $"ICD_Code {MessageText.Quote(code)} is not an undotted ICD-10-CM code: {error}");
                    }

                    break;
                case "P":
                    codeType = 'P';
                    if (code.Length != 7 || !code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
                    {
                        throw lines.Error($"ICD_Code {MessageText.Quote(code)} is not an ICD-10-PCS code (7 letters or digits).");
                    }

                    break;
                default:
                    throw lines.Error("ICD_Code_Type must be D (diagnosis) or P (procedure).");
            }

            if (!lists.TryGetValue((editType, codeType), out var set))
            {
                lists[(editType, codeType)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(code);
        }

        if (version is null)
        {
            throw new DataFileException(path, null, "The file holds no codes.");
        }

        return new MceCodeLists(version, lists.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal)));
    }

    /// <summary>Splits a tab-separated line into <paramref name="fields"/> when it has as many as the header; returns how many it has.</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> ranges, string[] fields)
    {
        var count = DelimitedFields.Split(line, (byte)'\t', ranges);
        if (count == fields.Length)
        {
            for (var i = 0; i < count; i++)
            {
                fields[i] = Encoding.UTF8.GetString(line[ranges[i]]);
            }
        }

        return count;
    }
}
