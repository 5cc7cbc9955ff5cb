using MedCoding.CodeSets;
using MedCoding.Icd10Pcs.IO;

namespace MedCoding.Icd10Pcs;

public sealed partial class PcsRelease
{
    /// <summary>
    /// Gets the compiled format version the release was read from, or <see langword="null"/> when it was built from the
    /// official files.
    /// </summary>
    public int? CompiledFormatVersion { get; internal init; }

    /// <summary>
    /// Gets the data version and where it came from, e.g. <c>ICD-10-PCS FY2026 (format 1)</c> for a release read from a
    /// compiled file, or <c>ICD-10-PCS FY2026 (official files)</c>.
    /// </summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>
    /// Writes the whole release in the compiled format (<c>docs/compiled-format.md</c>): release metadata, every entry
    /// with its kind, billable flag and both titles, the tables with their rows and axis labels, and the definitions.
    /// <see cref="FromStream(Stream)"/> reads it back into a release identical to this one.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    /// <remarks>The same release always gives the same bytes: the output is deterministic.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PcsReleaseFormat.Write(this, output);
    }

    /// <summary>
    /// Returns the release read from a compiled data file written by <see cref="WriteTo(Stream)"/> or
    /// <c>medcoding data compile --system icd10pcs</c>: much faster than reading the official files.
    /// </summary>
    /// <param name="input">The stream to read from, positioned at the start of the file; left open.</param>
    /// <returns>The release.</returns>
    /// <remarks>
    /// The whole file is read and its checksum verified before anything is returned. Codes, tables and definitions are
    /// ready at once; each entry is created when first used, and the titles, the bulk of the file, are inflated the
    /// first time any title is read and each is decoded when first asked for (safely from any thread).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted (its checksum does not match), not a
    /// compiled ICD-10-PCS release, or in a format version this library does not read.</exception>
    public static PcsRelease FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return PcsReleaseFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the release read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>icd10pcs-2026.mcd</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled ICD-10-PCS release, or in a format version this library does not read.</exception>
    public static PcsRelease FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return PcsReleaseFormat.Read(stream, $"The compiled data file '{path}'");
    }
}
