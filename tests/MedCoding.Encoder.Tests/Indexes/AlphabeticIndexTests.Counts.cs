using System.Text;
using System.Xml;
using Xunit.Abstractions;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>Every entry of every official index file is parsed and accounted for: the model's counts equal counts taken from the file by a plain XmlReader pass (or a plain read of the CSV), independent of the reader under test.</summary>
public sealed partial class AlphabeticIndexTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(OfficialIndexes.Files), MemberType = typeof(OfficialIndexes))]
    public void Load_EachOfficialXmlFile_AccountsForEveryElement(string file, IndexKind kind)
    {
        var index = OfficialIndexes.Get(file, kind);
        var counts = CountElements(OfficialIndexes.PathOf(file));
        var terms = index.Terms.ToList();
        int Count(string name) => counts.GetValueOrDefault(name);
        int References(CrossReferenceKind k) => terms.Sum(t => t.CrossReferences.Count(r => r.Kind == k));

        var actual = new Dictionary<string, int>
        {
            ["mainTerm"] = index.MainTerms.Count,
            ["term"] = index.TermCount - index.MainTerms.Count,
            ["title@term"] = terms.Count(t => t.Title.Length > 0 || t.NonessentialModifiers is not null),
            ["nemod"] = terms.Count(t => t.NonessentialModifiers is not null),
            ["code"] = terms.Count(t => t.Code is not null),
            ["codes|tab@term"] = terms.Count(t => t.PcsCodes is not null),
            ["codes|tab@reference"] = terms.Sum(t => t.CrossReferences.Count(r => r.Codes is not null)),
            ["see"] = References(CrossReferenceKind.See),
            ["seeAlso"] = References(CrossReferenceKind.SeeAlso),
            ["seecat"] = References(CrossReferenceKind.SeeCategory),
            ["subcat"] = References(CrossReferenceKind.SeeSubcategory),
            ["use"] = References(CrossReferenceKind.Use),
            ["manif"] = terms.Count(t => t.Manifestation is not null),
            ["warning"] = terms.Count(t => t.Warning is not null),
            ["terms with cells"] = terms.Count(t => t.Cells.Count > 0),
            ["cell with a code"] = terms.Sum(t => t.Cells.Count(c => c is not null)),
            ["head"] = index.ColumnHeadings.Count == 0 ? 0 : index.ColumnHeadings.Count + 1,
        };
        var expected = actual.Keys.ToDictionary(k => k, Count);
        output.WriteLine($"{file}: {string.Join(", ", actual.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value:N0}"))}");

        actual.Should().Equal(expected);
        index.MainTerms.Should().OnlyContain(t => t.Level == 0 && t.Parent == null);
        terms.Should().OnlyContain(t => t.Subterms.All(s => s.Parent == t && s.Level == t.Level + 1));
        terms.All(t => t.Cells.Count == 0 || t.Cells.Count == index.ColumnHeadings.Count).Should().BeTrue();
        index.Version.Should().Be(file.Split('/')[1]);
    }

    [Fact]
    public void Load_AprilDrugTableCsv_AccountsForEveryLine()
    {
        const string file = "icd10cm/2025-04/icd10cm-drug-April-2025.csv";
        var index = OfficialIndexes.DrugsCsv;
        var all = File.ReadAllLines(OfficialIndexes.PathOf(file), Encoding.Latin1);
        var lines = all.Skip(2).Where(l => l != all[1]).ToList();   // the heading recurs where a printed page began
        var terms = index.Terms.ToList();

        // Independent of the reader: byte 0x96 (Windows-1252 en dash) starts a subterm; " -see " ends a title; a code is neither empty nor "--".
        var subterms = lines.Count(l => l.TrimStart('"').StartsWith('\u0096'));
        var seeAlso = lines.Count(l => l.Contains(" -see also ", StringComparison.Ordinal));
        var see = lines.Count(l => l.Contains(" -see ", StringComparison.Ordinal)) - seeAlso;
        var codes = lines.Sum(l => Cells(l).Count(c => c.Length > 0 && c != "--"));
        var withCells = lines.Count(l => Cells(l).Any(c => c.Length > 0));
        output.WriteLine($"{file}: {lines.Count:N0} term lines ({all.Length - 2 - lines.Count} repeated headings), main terms {lines.Count - subterms:N0}, subterms {subterms:N0}, see {see}, see also {seeAlso}, terms with cells {withCells:N0}, codes {codes:N0}");

        index.TermCount.Should().Be(lines.Count);
        index.MainTerms.Should().HaveCount(lines.Count - subterms);
        terms.Sum(t => t.CrossReferences.Count(r => r.Kind == CrossReferenceKind.See)).Should().Be(see);
        terms.Sum(t => t.CrossReferences.Count(r => r.Kind == CrossReferenceKind.SeeAlso)).Should().Be(seeAlso);
        terms.Count(t => t.Cells.Count > 0).Should().Be(withCells);
        terms.Sum(t => t.Cells.Count(c => c is not null)).Should().Be(codes);
        index.Version.Should().Be("2025-04");
        index.ColumnHeadings.Should().Equal(OfficialIndexes.Drugs.ColumnHeadings);
    }

    [Fact]
    public void Load_AprilDrugTableCsv_AgreesWithTheFy2023XmlWhereTheyHoldTheSameSubstance()
    {
        var xml = OfficialIndexes.Drugs.Terms.GroupBy(PathKey).ToDictionary(g => g.Key, g => g.First());
        var csv = OfficialIndexes.DrugsCsv.Terms.ToList();
        var same = 0;
        var differentCells = 0;
        var notInXml = 0;
        foreach (var term in csv)
        {
            if (!xml.TryGetValue(PathKey(term), out var other))
            {
                notInXml++;
            }
            else if (term.Cells.SequenceEqual(other.Cells) && term.NonessentialModifiers == other.NonessentialModifiers && term.CrossReferences.SequenceEqual(other.CrossReferences))
            {
                same++;
            }
            else
            {
                differentCells++;
            }
        }

        output.WriteLine($"April 2025 CSV against FY2023 XML: {csv.Count:N0} terms, {same:N0} identical (title, modifiers, cells, references), {differentCells:N0} differ, {notInXml:N0} not in the XML");

        // The CSV is the same table two years on: nearly every term is the XML's, modifiers split out the same way.
        same.Should().BeGreaterThan(csv.Count * 95 / 100);
    }

    private static string PathKey(IndexTerm term) => string.Join(" > ", term.Path.Select(t => t.Title.ToUpperInvariant()));

    private static List<string> Cells(string line)
    {
        // The substance may be quoted and hold commas; the code columns never do: substance, six codes, an empty last field.
        var rest = line.StartsWith('"') ? line[(line.IndexOf('"', 1) + 1)..] : line[line.IndexOf(',', StringComparison.Ordinal)..];
        return [.. rest.Split(',').Skip(1).Take(6).Select(c => c.Trim())];
    }

    /// <summary>Counts elements with a plain XmlReader: each element by name, codes/tab by where they stand, cells holding a code, terms holding cells, titles of terms.</summary>
    private static Dictionary<string, int> CountElements(string path)
    {
        var counts = new Dictionary<string, int>();
        void Add(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
        using var xml = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var stack = new Stack<(string Name, bool HasCell)>();
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var parent = stack.Count > 0 ? stack.Peek().Name : string.Empty;
                    var name = xml.LocalName;
                    Add(name switch
                    {
                        "codes" or "tab" => parent is "see" or "use" ? "codes|tab@reference" : "codes|tab@term",
                        "title" when parent is "mainTerm" or "term" => "title@term",
                        _ => name,
                    });
                    if (name == "cell")
                    {
                        var top = stack.Pop();
                        stack.Push((top.Name, true));
                    }

                    if (!xml.IsEmptyElement)
                    {
                        stack.Push((name, false));
                    }

                    break;
                case XmlNodeType.Text when stack.Peek().Name == "cell":
                    if (xml.Value.Trim() is not ("--" or "-"))
                    {
                        Add("cell with a code");
                    }

                    break;
                case XmlNodeType.EndElement:
                    var (ended, hasCell) = stack.Pop();
                    if (hasCell && ended is "mainTerm" or "term")
                    {
                        Add("terms with cells");
                    }

                    break;
            }
        }

        return counts;
    }
}
