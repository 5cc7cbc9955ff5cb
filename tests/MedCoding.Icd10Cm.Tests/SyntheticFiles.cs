using System.Globalization;
using System.Text;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// A temporary folder of SYNTHETIC data files written by a test (never official data, never copied
/// into the repository); deleted on dispose.
/// </summary>
public sealed class SyntheticFiles : IDisposable
{
    public SyntheticFiles()
    {
        Folder = Directory.CreateTempSubdirectory("medcoding-synthetic-").FullName;
    }

    public string Folder { get; }

    /// <summary>Writes a file as is (no line-ending conversion) and returns its path.</summary>
    public string Write(string fileName, string content)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes order-file lines joined with CRLF, as CMS publishes them.</summary>
    public string WriteOrderFile(string fileName, params string[] lines) => Write(fileName, string.Concat(lines.Select(l => l + "\r\n")));

    /// <summary>Returns one order-file line in the CMS layout.</summary>
    public static string OrderLine(int order, string code, bool billable, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{order:D5} {code,-7} {(billable ? '1' : '0')} {Truncate(title),-60} {title}");

    /// <summary>A small, well-formed synthetic order file: two categories, a header with a 7th-character child.</summary>
    public static string[] ValidOrderLines() =>
    [
        OrderLine(1, "A00", false, "Synthetic category A00"),
        OrderLine(2, "A000", true, "Synthetic code A00.0"),
        OrderLine(3, "A001", true, "Synthetic code A00.1"),
        OrderLine(4, "S00", false, "Synthetic category S00"),
        OrderLine(5, "S0000", false, "Synthetic subcategory S00.00"),
        OrderLine(6, "S0000XA", true, "Synthetic extension S00.00XA"),
        OrderLine(7, "S0000XD", true, "Synthetic extension S00.00XD"),
    ];

    /// <summary>A synthetic Tabular List matching <see cref="ValidOrderLines"/>; <paramref name="extra"/> goes inside diag A00.</summary>
    public static string TabularXml(string extra = "", string doctype = "", string version = "2099") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        {doctype}
        <ICD10CM.tabular>
          <version>{version}</version>
          <chapter>
            <name>1</name>
            <desc>Synthetic chapter</desc>
            <section id="A00-S00">
              <desc>Synthetic block</desc>
              <diag>
                <name>A00</name>
                <desc>Synthetic category A00</desc>
                <excludes1><note>Synthetic excludes1</note></excludes1>
                {extra}
                <diag><name>A00.0</name><desc>Synthetic code A00.0</desc></diag>
                <diag><name>A00.1</name><desc>Synthetic code A00.1</desc></diag>
              </diag>
              <diag>
                <name>S00</name>
                <desc>Synthetic category S00</desc>
                <sevenChrDef>
                  <extension char="A">initial encounter</extension>
                  <extension char="D">subsequent encounter</extension>
                </sevenChrDef>
                <diag><name>S00.00</name><desc>Synthetic subcategory S00.00</desc></diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static string Truncate(string title) => title.Length <= 60 ? title : title[..60];
}
