using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.ClaimEdits.Sources;

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

    private PoaExemptLists((Release, FrozenSet<string>)[] lists) => _lists = lists;

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
        var release = Icd10CmReleaseSourceExtensions.FindInForceOn(_lists.Select(l => l.Release), date);
        return release is null ? null : Array.Find(_lists, l => l.Release.Equals(release)).Codes.Contains(code.Value);
    }

    private static FrozenSet<string> Read(string path, int fiscalYear)
    {
        var content = DataFileLines.ReadAllBytes(path, "POA-exempt list");
        var lines = new DataFileLines(DataFileLines.WithoutByteOrderMark(content), path);
        Span<Range> f = stackalloc Range[4];

        // The order column is named for the year: Order26 (FY2026), OrdFY25 (FY2025).
        var year = $"{fiscalYear % 100:D2}";
        if (!lines.MoveNext() || !IsHeader(lines.Current, year))
        {
            throw new DataFileException(path, 1, $"The first line must be the header Order{year} (or OrdFY{year}), POAexemptCode, Description (tab-separated).");
        }

        var codes = new HashSet<string>(content.Length / 64, StringComparer.Ordinal);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (line.IsEmpty)
            {
                continue;
            }

            var count = DelimitedFields.Split(line, (byte)'\t', f);
            if (count != 3)
            {
                throw lines.Error($"Expected 3 tab-separated fields (order number, code, description); found {count}.");
            }

            var order = line[f[0]];
            if (order.IsEmpty || order.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
            {
                throw lines.Error("The order number must be digits.");
            }

            var text = Encoding.UTF8.GetString(line[f[1]]);
            if (!Icd10CmCode.TryParse(text, out var code, out var error))
            {
                throw lines.Error($"'{text}' is not an ICD-10-CM code: {error}");
            }

            if (!codes.Add(code.Value))
            {
                throw lines.Error($"{code} is listed twice.");
            }
        }

        return codes.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool IsHeader(ReadOnlySpan<byte> line, string year)
    {
        Span<Range> f = stackalloc Range[4];
        if (DelimitedFields.Split(line, (byte)'\t', f) != 3 || !line[f[1]].SequenceEqual("POAexemptCode"u8) || !line[f[2]].SequenceEqual("Description"u8))
        {
            return false;
        }

        var first = Encoding.UTF8.GetString(line[f[0]]);
        return first.StartsWith("Ord", StringComparison.Ordinal) && first.EndsWith(year, StringComparison.Ordinal) && first.Length <= 7;
    }

    [GeneratedRegex(@"^POAexemptCodesFY(?<yy>\d{2})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
