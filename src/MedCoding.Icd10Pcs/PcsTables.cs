using MedCoding.CodeSets;
using MedCoding.Icd10Pcs.IO;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns the ICD-10-PCS Tables of one release, read from CMS's Tables XML (<c>icd10pcs_tables_YYYY.xml</c>):
/// every table, its rows, the labels of every axis value and the root operations' definitions.
/// </summary>
/// <remarks>
/// <para>
/// The tables define the valid codes: a code is valid when its first three characters name a table and
/// one row of that table offers each of its last four characters. The 2020 tables hold 880 tables,
/// 2,345 rows and 77,559 codes.
/// </para>
/// <para>Decoding a code is a dictionary lookup for the table and a scan of its rows (three on average).</para>
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class PcsTables
{
    private readonly PcsTable[] _tables;
    private readonly Dictionary<string, PcsTable> _byPrefix;
    private readonly Dictionary<string, PcsTable>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;

    internal PcsTables(string version, string title, PcsTable[] tables, string sourcePath)
    {
        Version = version;
        Title = title;
        SourcePath = sourcePath;
        _tables = tables;
        _byPrefix = new Dictionary<string, PcsTable>(tables.Length, StringComparer.Ordinal);
        var count = 0;
        var rows = 0;
        foreach (var table in tables)
        {
            _byPrefix.Add(table.Prefix, table);
            count = checked(count + table.CodeCount);
            rows += table.Rows.Count;
        }

        CodeCount = count;
        RowCount = rows;
        _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the version the XML states, e.g. <c>2020</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the title the XML states, e.g. <c>2020 ICD-10-PCS Tables</c>.</summary>
    public string Title { get; }

    /// <summary>Gets the file the tables were read from.</summary>
    public string SourcePath { get; }

    /// <summary>Gets every table, in the order published.</summary>
    public IReadOnlyList<PcsTable> Tables => _tables;

    /// <summary>Gets the number of rows across all tables.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of valid codes the tables define: the sum of their rows'.</summary>
    public int CodeCount { get; }

    /// <summary>Gets every valid code, table by table and row by row.</summary>
    public IEnumerable<PcsCode> Codes => _tables.SelectMany(t => t.Codes);

    /// <summary>
    /// Returns the tables read from a Tables XML file.
    /// </summary>
    /// <param name="path">The file, e.g. <c>icd10pcs_tables_2020.xml</c>.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="MedCoding.CodeSets.DataFileException">The file is missing, is not well-formed, or does not follow the Tables layout; the message names the line.</exception>
    public static PcsTables Load(string path) => PcsTablesReader.Read(path);

    /// <summary>
    /// Returns the tables read from a stream holding a Tables XML file.
    /// </summary>
    /// <param name="stream">The content; it is read to the end and not closed.</param>
    /// <param name="sourceName">The name to give in error messages, usually the file's path.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="MedCoding.CodeSets.DataFileException">The content is not well-formed or does not follow the Tables layout.</exception>
    public static PcsTables Load(Stream stream, string sourceName) => PcsTablesReader.Read(stream, sourceName);

    /// <summary>Returns the table named by three characters, e.g. <c>001</c>, or by the start of a code.</summary>
    /// <param name="prefix">At least three characters; only the first three are read.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public PcsTable? FindTable(ReadOnlySpan<char> prefix) =>
        prefix.Length >= 3 && _byPrefixSpan.TryGetValue(prefix[..3], out var table) ? table : null;

    /// <summary>Returns the row that defines a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The row, or <see langword="null"/> when the tables do not define the code.</returns>
    public PcsRow? FindRow(PcsCode code) => code.IsEmpty ? null : FindTable(code.Value)?.FindRow(code);

    /// <summary>Returns whether the tables define a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> if the code is valid in these tables.</returns>
    public bool Contains(PcsCode code) => FindRow(code) is not null;

    /// <summary>Returns a code read axis by axis, with each value's label and the root operation's definition.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The decoded code, or <see langword="null"/> when the tables do not define it.</returns>
    public PcsDecodedCode? Decode(PcsCode code) => FindRow(code) is { } row ? new PcsDecodedCode(code, row) : null;

    /// <summary>Returns a code, in any form a user might type it, read axis by axis.</summary>
    /// <param name="code">The code, e.g. <c>0016070</c>.</param>
    /// <returns>The decoded code, or <see langword="null"/> when the input is malformed or the tables do not define it.</returns>
    public PcsDecodedCode? Decode(string code) => PcsCode.TryParse(code, out var parsed) ? Decode(parsed) : null;

    /// <summary>Returns a builder that assembles a code axis by axis, offering at each step only the values valid so far, as an encoder does.</summary>
    /// <returns>A new builder.</returns>
    public PcsCodeBuilder CreateBuilder() => new(this);

    /// <summary>Returns the version and size.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Title}: {_tables.Length} tables, {RowCount} rows, {CodeCount} codes";
}
