using MedCoding.CodeSets;
using MedCoding.Hcpcs.IO;

namespace MedCoding.Hcpcs;

public sealed partial class HcpcsLevel2Release
{
    /// <summary>
    /// Gets the compiled format version the release was read from, or <see langword="null"/> when it was read from the
    /// official alpha-numeric file.
    /// </summary>
    public int? CompiledFormatVersion { get; private init; }

    /// <summary>
    /// Gets the data version and where it came from, e.g. <c>HCPCS Level II 2019 (format 1)</c> for a release read from a
    /// compiled file, or <c>HCPCS Level II 2019 (official files)</c>.
    /// </summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>Gets the procedure records in file order, for the compiled format (not a copy: never modify it).</summary>
    internal HcpcsRecord[] ProcedureArray => _procedures;

    /// <summary>Gets the modifier records in file order, for the compiled format (not a copy: never modify it).</summary>
    internal HcpcsRecord[] ModifierArray => _modifiers;

    /// <summary>
    /// Writes the whole release in the compiled format (<c>docs/compiled-format.md</c>): the release, the account of the
    /// file's lines, and every procedure and modifier record with every field of the record layout.
    /// <see cref="FromStream(Stream)"/> reads it back into a release identical to this one, record by record and field by field.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    /// <remarks>The same release always gives the same bytes. The path of the official file is not written, only its name,
    /// so that the bytes do not depend on where the data folder was.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        HcpcsReleaseFormat.Write(this, output);
    }

    /// <summary>
    /// Returns the release read from a compiled data file written by <see cref="WriteTo(Stream)"/> or
    /// <c>medcoding data compile --system hcpcs</c>: much faster than reading the alpha-numeric file.
    /// </summary>
    /// <param name="input">The stream to read from, positioned at the start of the file; left open.</param>
    /// <returns>The release; its <see cref="SourcePath"/> is the name of the official file it was compiled from.</returns>
    /// <remarks>
    /// The whole file is read and its checksum verified before anything is returned. Codes and every coded field are
    /// ready at once; the long descriptions, the bulk of the file, are inflated the first time one is read (safely from
    /// any thread).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted (its checksum does not match), not a
    /// compiled data file, not a HCPCS release, or in a format version this library does not read.</exception>
    public static HcpcsLevel2Release FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return HcpcsReleaseFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the release read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>hcpcs-2019.mcd</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled HCPCS release, or in a format version this library does not read.</exception>
    public static HcpcsLevel2Release FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return HcpcsReleaseFormat.Read(stream, $"The compiled data file '{path}'");
    }

    /// <summary>Returns a release read from a compiled file.</summary>
    internal static HcpcsLevel2Release FromCompiled(Release release, HcpcsFileContents contents, int formatVersion) =>
        new(release, contents) { CompiledFormatVersion = formatVersion };
}
