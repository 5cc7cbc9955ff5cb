using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

public sealed partial class MceRelease
{
    /// <summary>The files of a release folder, as CMS's MCE software's tables are extracted (<c>../shared/data/msdrg/v43/mce</c>).</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        InfoFile, FlagAttributesFile, AgeRangesFile, DischargeStatusFile, EditsFile, DiagnosesFile, ProceduresFile,
    ];

    private const string InfoFile = "mce_info.tsv";
    private const string FlagAttributesFile = "mce_flag_attributes.tsv";
    private const string AgeRangesFile = "mce_age_ranges.tsv";
    private const string DischargeStatusFile = "mce_discharge_status.tsv";
    private const string EditsFile = "mce_edits.tsv";
    private const string DiagnosesFile = "mce_i10dx.tsv";
    private const string ProceduresFile = "mce_i10sg.tsv";
    private const string DateFormat = "yyyyMMdd";

    /// <summary>
    /// Returns the release read from a folder of the MCE's tables (<see cref="FileNames"/>): tab-separated, one header row,
    /// dates <c>yyyyMMdd</c>, an empty end date for a row still in force.
    /// </summary>
    /// <param name="folder">The folder, e.g. <c>../shared/data/msdrg/v43/mce</c>.</param>
    /// <returns>The release, in force for the fiscal year of its version (<see cref="ReleaseForVersion"/>).</returns>
    /// <exception cref="DataFileException">A file is missing or malformed (the exception names the file and line): a bad date,
    /// a flag not in <c>mce_flag_attributes.tsv</c> or not for that kind of code, a code whose rows overlap, a termination
    /// date that is not the end of the version's fiscal year.</exception>
    public static MceRelease LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder, null, $"The MCE folder does not exist; expected a folder holding {string.Join(", ", FileNames)}.");
        }

        var missing = FileNames.Where(f => !File.Exists(Path.Combine(folder, f))).ToArray();
        if (missing.Length > 0)
        {
            throw new DataFileException(folder, null, $"The MCE folder lacks {string.Join(", ", missing)}; expected {string.Join(", ", FileNames)}.");
        }

        var (info, release) = ReadInfo(Path.Combine(folder, InfoFile));
        var attributes = ReadKeyedRows(Path.Combine(folder, FlagAttributesFile), ["flag", "codeType"], (name, v) => new MceFlagAttribute(name, v[0], v[1]));
        var ageGroups = ReadAgeGroups(Path.Combine(folder, AgeRangesFile));
        var statuses = ReadDischargeStatuses(Path.Combine(folder, DischargeStatusFile));
        var edits = ReadKeyedRows(Path.Combine(folder, EditsFile), ["codeType", "editType", "editCounterApplicability"], (name, v) => new MceEditDefinition(name, v[0], v[1], v[2]));
        var byFlag = new Dictionary<string, MceFlagAttribute>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            byFlag.TryAdd(attribute.Flag, attribute);
        }

        var flagSets = new Dictionary<string, MceFlags>(StringComparer.Ordinal) { [string.Empty] = MceFlags.None };
        var diagnoses = ReadCodes(Path.Combine(folder, DiagnosesFile), "DIAGNOSIS", byFlag, flagSets, IsDiagnosisCode, "an undotted, upper-case ICD-10-CM code");
        var procedures = ReadCodes(Path.Combine(folder, ProceduresFile), "PROCEDURE", byFlag, flagSets, IsProcedureCode, "an ICD-10-PCS code (7 upper-case letters or digits)");
        return new MceRelease(release, info, attributes, ageGroups, statuses, edits, diagnoses, procedures, listsEveryValidCode: true);
    }

    private static bool IsDiagnosisCode(string code) => Icd10CmCode.TryParse(code, out var parsed) && string.Equals(parsed.Value, code, StringComparison.Ordinal);

    private static bool IsProcedureCode(string code) => code.Length == 7 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    private static (KeyValuePair<string, string>[] Info, Release Release) ReadInfo(string path)
    {
        var info = new List<KeyValuePair<string, string>>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(path, ["key", "value"]))
        {
            if (!lines.TryAdd(fields[0], line))
            {
                throw new DataFileException(path, line, $"The key {MessageText.Quote(fields[0])} is given twice.");
            }

            info.Add(new(fields[0], fields[1]));
        }

        string Value(string key) =>
            info.FirstOrDefault(p => p.Key == key).Value ?? throw new DataFileException(path, null, $"The key {MessageText.Quote(key)} is missing; expected version, dateFormat and terminationDate.");

        if (Value("dateFormat") != DateFormat)
        {
            throw new DataFileException(path, lines["dateFormat"], $"The date format is '{Value("dateFormat")}'; this reader reads {DateFormat}.");
        }

        Release release;
        try
        {
            release = ReleaseForVersion(Value("version"));
        }
        catch (FormatException e)
        {
            throw new DataFileException(path, lines["version"], e.Message, e);
        }

        var termination = ParseDate(Value("terminationDate"), path, lines["terminationDate"], "terminationDate");
        if (termination != release.EffectiveThrough)
        {
            throw new DataFileException(path, lines["terminationDate"],
                $"The termination date {termination:yyyy-MM-dd} is not the last day of the fiscal year of version {release.Version} ({release.EffectiveThrough:yyyy-MM-dd}): MCE version V is for fiscal year 1983 + V.");
        }

        return ([.. info], release);
    }

    private static T[] ReadKeyedRows<T>(string path, string[] keys, Func<string, string[], T> create)
    {
        var rows = new List<T>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, fields) in Rows(path, ["enum_name", "fields"]))
        {
            if (fields[0].Length == 0 || !names.Add(fields[0]))
            {
                throw new DataFileException(path, line, fields[0].Length == 0 ? "The name is empty." : $"{MessageText.Quote(fields[0])} is given twice.");
            }

            var values = new string[keys.Length];
            var parts = fields[1].Split("; ");
            if (parts.Length != keys.Length)
            {
                throw new DataFileException(path, line, $"Expected the fields {string.Join("; ", keys.Select(k => k + "=..."))}; found {MessageText.Quote(fields[1])}.");
            }

            for (var i = 0; i < keys.Length; i++)
            {
                var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
                if (equals < 0 || parts[i][..equals] != keys[i] || equals == parts[i].Length - 1)
                {
                    throw new DataFileException(path, line, $"Expected the fields {string.Join("; ", keys.Select(k => k + "=..."))}; found {MessageText.Quote(fields[1])}.");
                }

                values[i] = parts[i][(equals + 1)..];
            }

            rows.Add(create(fields[0], values));
        }

        return [.. rows];
    }

    private static MceAgeGroup[] ReadAgeGroups(string path)
    {
        var groups = new List<MceAgeGroup>();
        foreach (var (line, fields) in Rows(path, ["age_group", "start_age", "end_age", "start_date", "end_date"]))
        {
            if (fields[0].Length == 0 || !fields[0].All(char.IsAsciiLetter))
            {
                throw new DataFileException(path, line, $"The age group {MessageText.Quote(fields[0])} is not a name.");
            }

            var min = ParseAge(fields[1], path, line);
            var max = ParseAge(fields[2], path, line);
            if (max < min)
            {
                throw new DataFileException(path, line, $"The end age {max} is below the start age {min}.");
            }

            var (from, through) = ParseDates(fields[3], fields[4], path, line);
            var group = new MceAgeGroup(fields[0], new AgeRange(min, max), from, through);
            if (groups.Any(g => g.Name == group.Name && Overlap(g.EffectiveFrom, g.EffectiveThrough, from, through)))
            {
                throw new DataFileException(path, line, $"The {group.Name} group has two rows in force on the same dates.");
            }

            groups.Add(group);
        }

        return [.. groups];
    }

    private static MceDischargeStatus[] ReadDischargeStatuses(string path)
    {
        var statuses = new List<MceDischargeStatus>();
        foreach (var (line, fields) in Rows(path, ["code", "start_date", "end_date"]))
        {
            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new DataFileException(path, line, $"The discharge status {MessageText.Quote(fields[0])} is not a number.");
            }

            var (from, through) = ParseDates(fields[1], fields[2], path, line);
            if (statuses.Any(s => s.Code == code && Overlap(s.EffectiveFrom, s.EffectiveThrough, from, through)))
            {
                throw new DataFileException(path, line, $"The discharge status {code} has two rows in force on the same dates.");
            }

            statuses.Add(new MceDischargeStatus(code, from, through));
        }

        return [.. statuses];
    }

    private static MceCodeTable ReadCodes(
        string path, string codeType, Dictionary<string, MceFlagAttribute> attributes, Dictionary<string, MceFlags> flagSets, Func<string, bool> isCode, string expected)
    {
        var table = new MceCodeTable.Builder(90_000, 90_000, checkConsecutive: true);
        foreach (var (line, fields) in Rows(path, ["code", "start_date", "end_date", "flags"]))
        {
            var code = fields[0];
            if (!isCode(code))
            {
                throw new DataFileException(path, line, $"{MessageText.Quote(code)} is not {expected}.");
            }

            var (from, through) = ParseDates(fields[1], fields[2], path, line);
            if (!flagSets.TryGetValue(fields[3], out var flags))
            {
                var names = fields[3].Split(',');
                foreach (var name in names)
                {
                    if (!attributes.TryGetValue(name, out var attribute))
                    {
                        throw new DataFileException(path, line, $"The flag {MessageText.Quote(name)} is not in {FlagAttributesFile}.");
                    }

                    if (attribute.CodeType != "BOTH" && attribute.CodeType != codeType)
                    {
                        throw new DataFileException(path, line, $"The flag {MessageText.Quote(name)} is for {attribute.CodeType} codes, not {codeType} codes ({FlagAttributesFile}).");
                    }
                }

                if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
                {
                    throw new DataFileException(path, line, $"A flag is given twice in {MessageText.Quote(fields[3])}.");
                }

                flagSets.Add(fields[3], flags = new MceFlags(names));
            }

            if (table.Add(code, from, through, flags) is { } problem)
            {
                throw new DataFileException(path, line, problem);
            }
        }

        return table.Build();
    }

    /// <summary>Returns the data rows of a tab-separated table with its line numbers, after checking its header.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Rows(string path, string[] header)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The file could not be read: {MessageText.DescribeIOError(e)}", e);
        }

        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var text = raw.TrimEnd('\r');
            if (number == 1)
            {
                if (!text.Split('\t').SequenceEqual(header, StringComparer.Ordinal))
                {
                    throw new DataFileException(path, 1, $"The first line must be the header {string.Join(", ", header)} (tab-separated).");
                }

                continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split('\t');
            if (fields.Length != header.Length)
            {
                throw new DataFileException(path, number, $"Expected {header.Length} tab-separated fields ({string.Join(", ", header)}); found {fields.Length}.");
            }

            yield return (number, fields);
        }

        if (number == 0)
        {
            throw new DataFileException(path, null, "The file is empty; expected a header row.");
        }
    }

    private static int ParseAge(string text, string path, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 200
            ? age
            : throw new DataFileException(path, line, $"The age {MessageText.Quote(text)} is not a number of years.");

    private static (DateOnly From, DateOnly? Through) ParseDates(string from, string through, string path, int line)
    {
        var start = ParseDate(from, path, line, "start_date");
        DateOnly? end = through.Length == 0 ? null : ParseDate(through, path, line, "end_date");
        return end < start
            ? throw new DataFileException(path, line, $"The end date {end:yyyy-MM-dd} is before the start date {start:yyyy-MM-dd}.")
            : (start, end);
    }

    private static DateOnly ParseDate(string text, string path, int line, string field) =>
        text.Length == DateFormat.Length && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFileException(path, line, $"The {field} {MessageText.Quote(text)} is not a date written {DateFormat}.");

    private static bool Overlap(DateOnly aFrom, DateOnly? aThrough, DateOnly bFrom, DateOnly? bThrough) =>
        aFrom <= (bThrough ?? DateOnly.MaxValue) && bFrom <= (aThrough ?? DateOnly.MaxValue);
}
