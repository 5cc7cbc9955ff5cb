using System.Text;
using MedCoding.CodeSets;
using MedCoding.Gems;
using MedCoding.Gems.IO;
using MedCoding.Hcpcs;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using MedCoding.Testing;

namespace MedCoding.Fuzz;

/// <summary>
/// The seed corpus: the samples (samples/x12), small synthetic inputs, and small excerpts of the official files read
/// from ../shared/data when the seeds are first asked for. No official file is copied into the repository.
/// </summary>
internal static class Seeds
{
    /// <summary>The release the HCPCS target loads its input as.</summary>
    public static readonly Release HcpcsRelease = new(CodeSystem.HcpcsLevel2, "2019", new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));

    /// <summary>Returns a sample file (samples/x12, copied beside the harness by its build).</summary>
    public static IEnumerable<byte[]> Sample(string name)
    {
        yield return File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", name));
    }

    /// <summary>Returns claim JSON seeds: a professional and an institutional claim, the claim of each sample.</summary>
    public static IEnumerable<byte[]> ClaimJson()
    {
        yield return Encoding.UTF8.GetBytes("""
            {
              "type": "professional",
              "dateOfService": "2025-11-03",
              "patient": { "birthDate": "1950-02-01", "sex": "F" },
              "diagnoses": [ { "code": "E11.65" }, { "code": "I10" } ],
              "lines": [ { "code": "99214", "modifiers": ["25"], "units": 1, "diagnosisPointers": [1, 2], "placeOfService": "11", "charge": 150.00 } ]
            }
            """);
        foreach (var name in new[] { "claim-professional.json", "claim-institutional.json" })
        {
            using var sample = System.Text.Json.JsonDocument.Parse(Sample(name).Single());
            yield return Encoding.UTF8.GetBytes(sample.RootElement.GetProperty("claim").GetRawText());
        }
    }

    /// <summary>Returns the first lines of an official file (after <paramref name="skip"/> lines), as a small excerpt.</summary>
    public static byte[] Excerpt(string[] path, int lines, int skip = 0) => Excerpt(path, (skip, lines));

    /// <summary>Returns ranges of lines (first line to skip, count) of an official file, as a small excerpt.</summary>
    public static byte[] Excerpt(string[] path, params (int Skip, int Lines)[] ranges)
    {
        var all = File.ReadLines(OfficialData.Path(path), Encoding.Latin1).Take(ranges.Max(r => r.Skip + r.Lines)).ToArray();
        var text = new StringBuilder();
        foreach (var (skip, lines) in ranges)
        {
            foreach (var line in all.Skip(skip).Take(lines))
            {
                text.Append(line).Append("\r\n");
            }
        }

        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>Excerpts of the HCPCS 2019 file: the disclaimer and a few modifiers, then procedure records (which start on line 535).</summary>
    public static IReadOnlyList<byte[]> HcpcsExcerpts() =>
    [
        Excerpt(["hcpcs", "2019", "HCPC2019_CONTR_ANWEB.txt"], (0, 20), (534, 60)),
        Excerpt(["hcpcs", "2019", "HCPC2019_CONTR_ANWEB.txt"], (3002, 40)),
    ];

    /// <summary>Returns a small synthetic Tabular List.</summary>
    public static byte[] TabularXml() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2099</version>
          <chapter>
            <name>1</name>
            <desc>Synthetic chapter</desc>
            <section id="A00-S00">
              <desc>Synthetic block</desc>
              <diag>
                <name>A00</name>
                <desc>Synthetic category A00</desc>
                <includes><note>Synthetic inclusion</note></includes>
                <excludes1><note>Synthetic excludes1 (B00-B09)</note></excludes1>
                <useAdditionalCode><note>code for the organism</note></useAdditionalCode>
                <diag><name>A00.0</name><desc>Synthetic code A00.0</desc><inclusionTerm><note>Synthetic term</note></inclusionTerm></diag>
                <diag><name>A00.1</name><desc>Synthetic code A00.1</desc></diag>
              </diag>
              <diag>
                <name>S00</name>
                <desc>Synthetic category S00</desc>
                <sevenChrNote><note>The appropriate 7th character is to be added</note></sevenChrNote>
                <sevenChrDef>
                  <extension char="A">initial encounter</extension>
                  <extension char="D">subsequent encounter</extension>
                </sevenChrDef>
                <diag><name>S00.00</name><desc>Synthetic subcategory S00.00</desc></diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """);

    /// <summary>Returns the first two tables of the official ICD-10-PCS Tables XML, closed.</summary>
    public static byte[] PcsTablesXml()
    {
        var text = new StringBuilder();
        var tables = 0;
        foreach (var line in File.ReadLines(OfficialData.Path("icd10pcs", "2026", "icd10pcs_tables_2026.xml")))
        {
            text.Append(line).Append('\n');
            if (line.Contains("</pcsTable>", StringComparison.Ordinal) && ++tables == 2)
            {
                break;
            }
        }

        return Encoding.UTF8.GetBytes(text.Append("</ICD10PCS.tabular>\n").ToString());
    }

    /// <summary>Reads a GEM file (the input) as the GEMs loader reads each of its two files: forward, else backward; rejected when neither reads it.</summary>
    public static void LoadGems(byte[] input)
    {
        try
        {
            GemFileReader.Parse(input, "fuzz-gem.txt", GemDirection.Icd9ToIcd10, []);
        }
        catch (DataFileException forward)
        {
            try
            {
                GemFileReader.Parse(input, "fuzz-gem.txt", GemDirection.Icd10ToIcd9, []);
            }
            catch (DataFileException backward)
            {
                throw new AggregateException(forward, backward);
            }
        }
    }

    /// <summary>Returns small compiled files of four systems, each compiled from an excerpt here and now.</summary>
    public static IEnumerable<byte[]> Compiled()
    {
        var folder = Directory.CreateTempSubdirectory("medcoding-fuzz-");
        try
        {
            var order = Path.Combine(folder.FullName, "icd10cm_order_2026.txt");
            File.WriteAllBytes(order, Excerpt(["icd10cm", "2026", "icd10cm_order_2026.txt"], 200));
            yield return Write(Icd10CmRelease.LoadOrderFile(order, Release.ForFiscalYear(CodeSystem.Icd10Cm, 2026)).WriteTo);

            yield return Write(PcsRelease.FromTables(PcsTables.Load(new MemoryStream(PcsTablesXml()), "tables.xml"), Release.ForFiscalYear(CodeSystem.Icd10Pcs, 2026)).WriteTo);
            yield return Write(HcpcsLevel2Release.Load(new MemoryStream(HcpcsExcerpts()[0]), "hcpcs.txt", HcpcsRelease).WriteTo);

            var forward = Path.Combine(folder.FullName, "2018_I9gem.txt");
            var backward = Path.Combine(folder.FullName, "2018_I10gem.txt");
            File.WriteAllBytes(forward, Excerpt(["gems", "2018", "2018_I9gem.txt"], 80));
            File.WriteAllBytes(backward, Excerpt(["gems", "2018", "2018_I10gem.txt"], 80));
            yield return Write(DiagnosisGems.Load(forward, backward).WriteTo);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Returns command lines of the tool, one argument a line.</summary>
    public static IEnumerable<byte[]> CommandLines() =>
        new[]
        {
            "lookup\nE11.65",
            "lookup\nE11.65\nT36.0X1A\n--json",
            "lookup\n--system\nicd10pcs\n0016070",
            "lookup\n--date\n2025-11-03\nE11.6",
            "map\n250.00",
            "map\nE11.9\n--json",
            "drg\nexplain\n--pdx\nJ189\n--sdx\nI509:Y\n--sdx\nE119:Y\n--age\n70\n--sex\nM\n--discharge-status\n1\n--discharge-date\n2025-11-15",
            "drg\nexplain\n--pdx\nA419\n--procedure\n5A1955Z\n--age\n70\n--sex\nF\n--discharge-status\n20\n--discharge-date\n2025-11-15\n--whatif",
            "search\ndiabetes type 2 with hyperglycemia\n--limit\n3",
            "search\nacetaminophen poisoning accidental\n--json",
        }.Select(Encoding.UTF8.GetBytes);

    private static byte[] Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
