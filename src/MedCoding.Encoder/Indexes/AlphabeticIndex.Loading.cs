using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <content>Reading an index from the official files and from the compiled format, and writing the compiled format.</content>
public sealed partial class AlphabeticIndex
{
    /// <summary>
    /// Reads an index from its official file: the CDC XML (<c>icd10cm_index_2017.xml</c>, <c>icd10cm_eindex_2023.xml</c>,
    /// <c>icd10cm_drug_2023.xml</c>, <c>icd10cm_neoplasm_2023.xml</c>, <c>icd10pcs_index_2025.xml</c>) or CMS's CSV of
    /// the Table of Drugs and Chemicals (<c>icd10cm-drug-April-2025.csv</c>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="kind">Which index the file is.</param>
    /// <returns>The index, every entry of the file in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="DataFileException">The file is missing, is not the index <paramref name="kind"/> names, or is malformed (an element the schema does not have, a term level that skips, a cell column out of range, a malformed code): the message names the file and the line.</exception>
    public static AlphabeticIndex Load(string path, IndexKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"the index file cannot be read: {MessageText.DescribeIOError(e)}", e);
        }

        using (stream)
        {
            return Load(stream, path, kind);
        }
    }

    /// <summary>Reads an index from a stream over its official file (see <see cref="Load(string, IndexKind)"/>).</summary>
    /// <param name="stream">The file's content; left open.</param>
    /// <param name="fileName">The file's name or path, for messages; a name ending in <c>.csv</c> is read as CMS's CSV of the Table of Drugs, any other as XML. The version comes from the file's <c>&lt;version&gt;</c>, or from the name (<c>2025</c>, <c>April-2025</c>) when the file has none.</param>
    /// <param name="kind">Which index the file is.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="DataFileException">The file is not the index <paramref name="kind"/> names, or is malformed.</exception>
    public static AlphabeticIndex Load(Stream stream, string fileName, IndexKind kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown index kind.");
        }

        return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? DrugTableCsvReader.Read(stream, fileName, kind)
            : IndexXmlReader.Read(stream, fileName, kind);
    }

    /// <summary>Writes the index in the compiled data format (Deflate), which <see cref="FromStream(Stream)"/> reads back identical, term by term. The same index always gives the same bytes.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        IndexFormat.Write(this, stream);
    }

    /// <summary>Reads an index from the compiled data format (written by <see cref="WriteTo(Stream)"/> or <c>medcoding data compile</c>).</summary>
    /// <param name="stream">The compiled file's content; left open.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, of another system, or of an unsupported format version.</exception>
    public static AlphabeticIndex FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return IndexFormat.Read(stream, stream is FileStream file ? file.Name : "the compiled index stream");
    }

    /// <summary>
    /// Reads an index from compiled data held in memory, in place: the index keeps referring to the memory (its strings
    /// and its search segment are read from it when used), which must therefore not change afterwards. For the
    /// embedded indexes (<c>IndexData</c>), the memory of the resource itself, which no reader copies.
    /// </summary>
    /// <param name="data">The compiled file's bytes.</param>
    /// <param name="source">The file or resource name, for messages.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The data is truncated, corrupted, of another system, or of an unsupported format version.</exception>
    public static AlphabeticIndex FromMemory(ReadOnlyMemory<byte> data, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var payload = CompiledDataFormat.OpenPayload(data, source);
        return IndexFormat.Read(payload);
    }

    /// <summary>Reads an index from a compiled data file.</summary>
    /// <param name="path">The file, e.g. <c>icd10cm-index-2017.mcd</c>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">The file is truncated, corrupted, of another system, or of an unsupported format version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AlphabeticIndex FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return IndexFormat.Read(stream, path);
    }

    /// <summary>Reads an index from a compiled stream, naming it in messages.</summary>
    /// <param name="stream">The content.</param>
    /// <param name="source">The file or resource name.</param>
    /// <returns>The index.</returns>
    internal static AlphabeticIndex FromStream(Stream stream, string source) => IndexFormat.Read(stream, source);
}
