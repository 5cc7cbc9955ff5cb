using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>
/// Returns the CDC/CMS lists of ICD-10-CM codes exempt from present-on-admission reporting, one per fiscal year.
/// </summary>
/// <remarks>
/// The layout is the tab-delimited <c>POAexemptCodesFY26.txt</c> described by <c>ReadMePOAexemptFY26.txt</c>:
/// a header row <c>Order26 POAexemptCode Description</c>, then the order number, the code (dotted) and its title.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed partial class PoaExemptLists : IPoaExemptSource
{
    private readonly (Release Release, FrozenSet<string> Codes)[] _lists;

    private readonly ReleaseSchedule<FrozenSet<string>> _schedule;

    private PoaExemptLists((Release Release, FrozenSet<string> Codes)[] lists)
    {
        _lists = lists;
        _schedule = ReleaseSchedule<FrozenSet<string>>.Of(CodeSystem.Icd10Cm, lists);
    }

    /// <summary>Gets the fiscal years covered.</summary>
    public IEnumerable<Release> Releases => _lists.Select(l => l.Release);

    /// <summary>Returns the number of exempt codes in a fiscal year's list.</summary>
    /// <param name="release">One of <see cref="Releases"/>.</param>
    /// <returns>The count.</returns>
    public int CountOf(Release release) => Array.Find(_lists, l => l.Release.Equals(release)).Codes?.Count ?? 0;

    /// <summary>Returns the lists read from files named like <c>POAexemptCodesFY26.txt</c> (the fiscal year is read from the name).</summary>
    /// <param name="paths">The files.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="DataFileException">A file is missing, is not named for a fiscal year, or a line is malformed.</exception>
    public static PoaExemptLists Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var lists = new List<(Release, FrozenSet<string>)>();
        foreach (var path in paths)
        {
            var match = FileName().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                throw new DataFileException(path, null, "Expected a POA-exempt list named like POAexemptCodesFY26.txt (the fiscal year is taken from the name).");
            }

            var year = 2000 + int.Parse(match.Groups["yy"].ValueSpan, CultureInfo.InvariantCulture);
            lists.Add((Release.ForFiscalYear(CodeSystem.Icd10Cm, year), Read(path, year)));
        }

        return new PoaExemptLists([.. lists]);
    }

    /// <summary>Returns the lists of every <c>POAexemptCodesFYnn.txt</c> in some folders (folders without one are passed over).</summary>
    /// <param name="directories">The folders, e.g. <c>../shared/data/icd10cm/2025</c> and <c>2026</c>.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="DataFileException">A file is malformed.</exception>
    public static PoaExemptLists LoadFolders(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        return Load(directories.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d).Where(f => FileName().IsMatch(Path.GetFileName(f)))).Order(StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public bool? IsExempt(Icd10CmCode code, DateOnly date)
    {
        return _schedule.TryGetInForceOn(date, out var codes, out _) ? codes.Contains(code.Value) : null;
    }

    private static FrozenSet<string> Read(string path, int fiscalYear)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The POA-exempt list could not be read: {e.Message}", e);
        }

        // The order column is named for the year: Order26 (FY2026), OrdFY25 (FY2025).
        var year = $"{fiscalYear % 100:D2}";
        if (lines.Length == 0 || lines[0].Split('\t') is not [var first, "POAexemptCode", "Description"]
            || !first.StartsWith("Ord", StringComparison.Ordinal) || !first.EndsWith(year, StringComparison.Ordinal) || first.Length > 7)
        {
            throw new DataFileException(path, 1, $"The first line must be the header Order{year} (or OrdFY{year}), POAexemptCode, Description (tab-separated).");
        }

        var codes = new HashSet<string>(lines.Length, StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 3)
            {
                throw new DataFileException(path, i + 1, $"Expected 3 tab-separated fields (order number, code, description); found {fields.Length}.");
            }

            if (fields[0].Length == 0 || !fields[0].All(char.IsAsciiDigit))
            {
                throw new DataFileException(path, i + 1, "The order number must be digits.");
            }

            if (!Icd10CmCode.TryParse(fields[1], out var code, out var error))
            {
                throw new DataFileException(path, i + 1, $"'{fields[1]}' is not an ICD-10-CM code: {error}");
            }

            if (!codes.Add(code.Value))
            {
                throw new DataFileException(path, i + 1, $"{code} is listed twice.");
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^POAexemptCodesFY(?<yy>\d{2})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
