using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Hcpcs.Cpt;

/// <summary>
/// Returns CPT codes and descriptors read from a licensed file the user supplies: one code per line, a tab, then
/// the descriptor, as the AMA distributes its data files.
/// </summary>
/// <remarks>
/// <para>
/// CPT is owned and licensed by the AMA. The SDK ships no CPT descriptors and never invents one: without a
/// licensed file, use <see cref="CptCode.TryParse"/> to recognise a code by its shape and report its descriptor
/// as not licensed (<see cref="DescriptorNotLicensed"/>).
/// </para>
/// <para>
/// Every line must be <c>CODE&lt;TAB&gt;DESCRIPTOR</c> with a CPT-shaped code met once; lines starting with
/// <c>#</c> are comments. Anything else throws a <see cref="DataFileException"/> naming the line.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class CptRelease : ICodeLookup
{
    /// <summary>The words used where a descriptor would be shown but no licensed CPT file is loaded.</summary>
    public const string DescriptorNotLicensed = "descriptor not licensed";

    private readonly CodeEntry[] _entries;
    private readonly Dictionary<string, int> _index;

    private CptRelease(Release release, string sourcePath, CodeEntry[] entries, CptCategory[] categories)
    {
        Release = release;
        SourcePath = sourcePath;
        _entries = entries;
        _index = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            _index.Add(entries[i].Name, i);
        }

        CategoryCounts = categories.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <inheritdoc />
    public Release Release { get; }

    /// <summary>Gets the licensed file the codes were read from.</summary>
    public string SourcePath { get; }

    /// <summary>Gets every code, in file order.</summary>
    public IReadOnlyList<CodeEntry> Entries => _entries;

    /// <summary>Gets the number of codes of each category.</summary>
    public IReadOnlyDictionary<CptCategory, int> CategoryCounts { get; }

    /// <summary>
    /// Returns the codes of a licensed CPT file.
    /// </summary>
    /// <param name="path">The tab-separated file.</param>
    /// <param name="year">The CPT year the file is, e.g. 2026.</param>
    /// <returns>The codes.</returns>
    /// <exception cref="DataFileException">The file is missing or a line is not <c>CODE&lt;TAB&gt;DESCRIPTOR</c>.</exception>
    public static CptRelease Load(string path, int year)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path, year);
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The CPT file could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    /// <summary>
    /// Returns the codes of a licensed CPT file read from a stream.
    /// </summary>
    /// <param name="stream">The content (UTF-8); it is read to the end and not closed.</param>
    /// <param name="sourceName">The name to give in error messages.</param>
    /// <param name="year">The CPT year the file is.</param>
    /// <returns>The codes.</returns>
    /// <exception cref="DataFileException">A line is not <c>CODE&lt;TAB&gt;DESCRIPTOR</c>, or a code repeats.</exception>
    public static CptRelease Load(Stream stream, string sourceName, int year)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var release = new Release(CodeSystem.Cpt, year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"CPT {year}");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var entries = new List<CodeEntry>();
        var categories = new List<CptCategory>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var lines = new TextFileLines(reader, sourceName, InputLimits.DataFileBytes);
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#') || (line.Length == 0 && reader.Peek() < 0))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || line.IndexOf('\t', tab + 1) >= 0)
            {
                throw new DataFileException(sourceName, lineNumber, "Expected a code, one tab, and the descriptor.");
            }

            if (!CptCode.TryParse(line[..tab], out var code, out var error) || code.Value != line[..tab])
            {
                throw new DataFileException(sourceName, lineNumber, $"{MessageText.Quote($"{line[..tab]}")} is not a CPT code: {error ?? "write it in upper case without blanks"}");
            }

            var descriptor = line[(tab + 1)..].Trim();
            if (descriptor.Length == 0)
            {
                throw new DataFileException(sourceName, lineNumber, $"{code} has no descriptor.");
            }

            if (!seen.TryAdd(code.Value, lineNumber))
            {
                throw new DataFileException(sourceName, lineNumber, $"{code} appears a second time (first on line {seen[code.Value]}).");
            }

            entries.Add(new CodeEntry(code.Value, EntryKind.Code, true, descriptor, descriptor, entries.Count));
            categories.Add(code.Category);
        }

        if (entries.Count == 0)
        {
            throw new DataFileException(sourceName, null, "The CPT file holds no codes.");
        }

        return new CptRelease(release, sourceName, [.. entries], [.. categories]);
    }

    /// <inheritdoc />
    /// <exception cref="CodeNotFoundException">The code is malformed or not in the file.</exception>
    public CodeEntry this[string code]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(code);
            if (!CptCode.TryParse(code, out var parsed, out var error))
            {
                throw new CodeNotFoundException(code, Release, error);
            }

            return Find(parsed.Value) ?? throw new CodeNotFoundException(parsed.Value, Release, "no such code in the licensed file.");
        }
    }

    /// <inheritdoc />
    public CodeEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_index.TryGetValue(code, out var index))
        {
            return _entries[index];
        }

        return CptCode.TryParse(code, out var parsed, out _) && _index.TryGetValue(parsed.Value, out index) ? _entries[index] : null;
    }

    /// <summary>Returns the entry for a code, if the file has it.</summary>
    /// <param name="code">The code.</param>
    /// <param name="entry">The entry, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the code is in the file.</returns>
    public bool TryFind(string code, [NotNullWhen(true)] out CodeEntry? entry) => (entry = Find(code)) is not null;

    /// <summary>Returns the name and size.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Release.Name}: {_entries.Length} codes from {Path.GetFileName(SourcePath)}";
}
