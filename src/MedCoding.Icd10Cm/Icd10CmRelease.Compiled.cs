using MedCoding.CodeSets;
using MedCoding.Icd10Cm.IO;

namespace MedCoding.Icd10Cm;

public sealed partial class Icd10CmRelease
{
    /// <summary>
    /// Gets the compiled format version the release was read from, or <see langword="null"/> when it was built from the
    /// official files.
    /// </summary>
    public int? CompiledFormatVersion { get; internal set; }

    /// <summary>
    /// Gets the data version and where it came from, e.g. <c>ICD-10-CM FY2026 (format 1)</c> for a release read from a
    /// compiled file, or <c>ICD-10-CM FY2026 (official files)</c>.
    /// </summary>
    public string VersionId => CompiledFormatVersion is { } format ? $"{Release.Name} (format {format})" : $"{Release.Name} (official files)";

    /// <summary>Gets the entries in tabular order, for the compiled format (not a copy: never modify it).</summary>
    internal CodeEntry[] EntryArray
    {
        get
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                _ = EntryAt(i);
            }

            return (CodeEntry[])(object)_entries;
        }
    }

    /// <summary>Gets each entry's parent index, -1 for a root (not a copy: never modify it).</summary>
    internal int[] ParentArray => _parent;

    /// <summary>Gets each entry's own notes (not a copy: never modify it).</summary>
    internal InstructionalNotes[] NoteArray => _notes;

    /// <summary>
    /// Writes the whole release in the compiled format (<c>docs/compiled-format.md</c>): release metadata,
    /// every entry with its titles and billable flag, the hierarchy, the instructional notes and 7th
    /// characters. <see cref="FromStream(Stream)"/> reads it back into a release identical to this one.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    /// <remarks>The same release always gives the same bytes: the output is deterministic.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Icd10CmReleaseFormat.Write(this, output);
    }

    /// <summary>
    /// Returns the release read from a compiled data file written by <see cref="WriteTo(Stream)"/> or
    /// <c>medcoding data compile</c>: much faster than reading the official files.
    /// </summary>
    /// <param name="input">The stream to read from, positioned at the start of the file; left open.</param>
    /// <returns>The release.</returns>
    /// <remarks>
    /// The whole file is read and its checksum verified before anything is returned. Codes, billable flags, the hierarchy
    /// and notes are ready at once; the titles, the bulk of the file, are inflated the first time any title is read and
    /// each is decoded when first asked for (safely from any thread), so a release used only to validate codes never
    /// builds its title strings.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted (its checksum does not match), not a
    /// compiled data file, or in a format version this library does not read.</exception>
    public static Icd10CmRelease FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Icd10CmReleaseFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled data");
    }

    /// <summary>Returns the release read from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>icd10cm-2026.mcd</c>.</param>
    /// <returns>The release.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, not a compiled data file, or in a format version this library does not read.</exception>
    public static Icd10CmRelease FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Icd10CmReleaseFormat.Read(stream, $"The compiled data file '{path}'");
    }
}
