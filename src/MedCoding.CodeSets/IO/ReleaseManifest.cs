using System.Globalization;
using System.Text;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Returns the list of compiled release files a data package embeds (or a folder holds): for each file, the release it
/// holds, so that a package knows its releases and the dates they are in force without loading any of them.
/// </summary>
/// <remarks>
/// <para>The manifest is a UTF-8 text file, <c>releases.txt</c>, one line per compiled file, tab-separated:
/// <c>file  system  version  from  through  name</c>, where <c>system</c> is the <see cref="CodeSystem"/> number and the
/// dates are <c>yyyy-MM-dd</c>. The data compiler writes it beside the files it compiles.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ReleaseManifest
{
    /// <summary>The manifest's file name, <c>releases.txt</c>.</summary>
    public const string FileName = "releases.txt";

    /// <summary>Initializes a manifest.</summary>
    /// <param name="entries">The compiled files and their releases.</param>
    public ReleaseManifest(IEnumerable<ReleaseManifestEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
    }

    /// <summary>Gets the compiled files and the release each holds, in the order written.</summary>
    public IReadOnlyList<ReleaseManifestEntry> Entries { get; }

    /// <summary>Returns the releases of one system, oldest first.</summary>
    /// <param name="system">The code system or data set.</param>
    /// <returns>The entries of that system.</returns>
    public IReadOnlyList<ReleaseManifestEntry> For(CodeSystem system) =>
        [.. Entries.Where(e => e.Release.System == system).OrderBy(e => e.Release.EffectiveFrom)];

    /// <summary>Reads a manifest.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file or resource name, for messages.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="DataFileException">A line is not <c>file system version from through name</c>.</exception>
    public static ReleaseManifest Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var entries = new List<ReleaseManifestEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 6
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
                || !Enum.IsDefined((CodeSystem)system)
                || !DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(parts[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var through)
                || through < from
                || parts[0].Length == 0
                || parts[2].Length == 0)
            {
                throw new DataFileException(source, lineNumber, "expected six tab-separated fields: file, code system number, version, first date, last date (yyyy-MM-dd), name.");
            }

            entries.Add(new ReleaseManifestEntry(parts[0], new Release((CodeSystem)system, parts[2], from, through, parts[5])));
        }

        return new ReleaseManifest(entries);
    }

    /// <summary>Returns the manifest's text, one line per file, as <see cref="Parse"/> reads it.</summary>
    /// <returns>The text, with LF line endings.</returns>
    public string Format()
    {
        var text = new StringBuilder();
        foreach (var (file, r) in Entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{file}\t{(int)r.System}\t{r.Version}\t{r.EffectiveFrom:yyyy-MM-dd}\t{r.EffectiveThrough:yyyy-MM-dd}\t{r.Name}\n");
        }

        return text.ToString();
    }
}

/// <summary>Returns one line of a <see cref="ReleaseManifest"/>: a compiled file and the release it holds.</summary>
/// <param name="FileName">The compiled file's name, e.g. <c>icd10pcs-2026.mcd</c>.</param>
/// <param name="Release">The release it holds, with the dates it is in force as published.</param>
public sealed record ReleaseManifestEntry(string FileName, Release Release);
