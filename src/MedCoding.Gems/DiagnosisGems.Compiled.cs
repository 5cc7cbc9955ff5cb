using MedCoding.CodeSets;
using MedCoding.Gems.IO;

namespace MedCoding.Gems;

public sealed partial class DiagnosisGems
{
    /// <summary>
    /// Gets the compiled format version the GEMs were read from, or <see langword="null"/> when they were read from the
    /// official files.
    /// </summary>
    public int? CompiledFormatVersion { get; private init; }

    /// <summary>
    /// Gets the data version and where it came from, e.g. <c>Diagnosis GEMs FY2018 (format 1)</c> for GEMs read from a
    /// compiled file, or <c>Diagnosis GEMs FY2018 (official files)</c>.
    /// </summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>
    /// Writes both directions in the compiled format (<c>docs/compiled-format.md</c>): the release, every forward and
    /// backward entry with its flags and line, and the irregularities the loader reported.
    /// <see cref="FromStream(Stream)"/> reads it back into GEMs identical to these, entry by entry.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    /// <remarks>The same GEMs always give the same bytes. An irregularity's file is written by name, not path.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        GemsFormat.Write(this, output);
    }

    /// <summary>
    /// Returns the GEMs read from a compiled data file written by <see cref="WriteTo(Stream)"/> or
    /// <c>medcoding data compile --system gems</c>: much faster than reading the official files.
    /// </summary>
    /// <param name="input">The stream to read from, positioned at the start of the file; left open.</param>
    /// <returns>The GEMs.</returns>
    /// <remarks>
    /// The whole file is read and its checksum verified before anything is returned. Each entry and each source's
    /// <see cref="GemMapping"/> is made the first time it is asked for (safely from any thread).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted (its checksum does not match), not a
    /// compiled data file, not GEMs, or in a format version this library does not read.</exception>
    public static DiagnosisGems FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GemsFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the GEMs read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>gems-2018.mcd</c>.</param>
    /// <returns>The GEMs.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not compiled GEMs, or in a format version this library does not read.</exception>
    public static DiagnosisGems FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return GemsFormat.Read(stream, $"The compiled data file '{path}'");
    }
}
