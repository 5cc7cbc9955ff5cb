using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>
/// Reads audit pairs from a tab-separated file with a header row naming the columns
/// <c>id coder version age sex discharge_status procedures coded_pdx coded_pdx_poa coded_sdx audited_pdx audited_pdx_poa audited_sdx</c>
/// (codes without dots, <c>sdx</c> as <c>CODE:POA,...</c>, <c>procedures</c> as <c>CODE,...</c>, as in CMS's expected-results
/// case files). Optional columns: <c>discharge_date</c> (yyyy-MM-dd, instead of or besides <c>version</c>),
/// <c>coded_procedures</c> and <c>audited_procedures</c> (each version's own procedures, instead of the shared
/// <c>procedures</c>), and <c>audited_discharge_status</c>.
/// </summary>
/// <remarks>Each version is read by <see cref="DrgCaseFile"/>'s rules, so a cell means here what it means in a case file.</remarks>
public static class AuditPairFile
{
    private static readonly string[] s_required = ["id", "coder", "age", "sex", "discharge_status", "coded_pdx", "coded_pdx_poa", "coded_sdx", "audited_pdx", "audited_pdx_poa", "audited_sdx"];

    /// <summary>Returns every pair of a file, in file order.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pairs.</returns>
    /// <exception cref="DataFileException">The file cannot be read or a line does not fit the layout.</exception>
    public static IReadOnlyList<AuditPair> Read(string path) =>
        TextFiles.Read(path, "audit pair file", Read);

    /// <summary>Returns every pair read from a reader, in order.</summary>
    /// <param name="reader">The text; read to the end, not closed.</param>
    /// <param name="sourceName">The name to give in error messages.</param>
    /// <returns>The pairs.</returns>
    /// <exception cref="DataFileException">A line does not fit the layout.</exception>
    public static IReadOnlyList<AuditPair> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new TextFileLines(reader, sourceName);
        var header = lines.ReadLine() ?? throw new DataFileException(sourceName, null, "The audit pair file is empty; a header row was expected.");
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = header.Split('\t');
        for (var i = 0; i < names.Length; i++)
        {
            columns[names[i].Trim()] = i;
        }

        foreach (var required in s_required)
        {
            if (!columns.ContainsKey(required))
            {
                throw new DataFileException(sourceName, 1, $"The header has no {MessageText.Quote(required)} column; expected the columns id coder version age sex discharge_status procedures coded_pdx coded_pdx_poa coded_sdx audited_pdx audited_pdx_poa audited_sdx.");
            }
        }

        var pairs = new List<AuditPair>();
        var lineNumber = 1;
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            string Cell(string name) => columns.TryGetValue(name, out var index) && index < cells.Length ? cells[index].Trim() : "";
            string Either(string name, string fallback) => Cell(name) is { Length: > 0 } text ? text : Cell(fallback);

            var id = Cell("id");
            var coded = Version(sourceName, lineNumber, "coded", Cell("version"), Cell("discharge_date"), Cell("age"), Cell("sex"), Cell("discharge_status"), Cell("coded_pdx"), Cell("coded_pdx_poa"), Cell("coded_sdx"), Either("coded_procedures", "procedures"));
            var audited = Version(sourceName, lineNumber, "audited", Cell("version"), Cell("discharge_date"), Cell("age"), Cell("sex"), Either("audited_discharge_status", "discharge_status"), Cell("audited_pdx"), Cell("audited_pdx_poa"), Cell("audited_sdx"), Either("audited_procedures", "procedures"));
            pairs.Add(new AuditPair(id.Length > 0 ? id : throw new DataFileException(sourceName, lineNumber, "The 'id' cell is empty."), Cell("coder"), coded, audited));
        }

        return pairs;
    }

    /// <summary>Reads one version of a pair as the one case of a case file, so its cells follow <see cref="DrgCaseFile"/>'s rules.</summary>
    private static DrgCase Version(string source, int line, string which, params string[] cells)
    {
        var text = "version\tdischarge_date\tage\tsex\tdischarge_status\tpdx\tpdx_poa\tsdx\tprocedures\n" + string.Join('\t', cells.Select(c => c.Replace('\t', ' '))) + "\n";
        try
        {
            return DrgCaseFile.Read(new StringReader(text), source)[0].Case;
        }
        catch (DataFileException e)
        {
            throw new DataFileException(source, line, $"The {which} version: {e.Problem}", e);
        }
    }
}
