using System.Text;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>Cross-references resolved and followed as a coder does, over whole files, and cycles that end.</summary>
public sealed partial class AlphabeticIndexTests
{
    [Fact]
    public void Resolve_SeePainAbdominal_LeadsToTheSubterm()
    {
        var index = OfficialIndexes.Diseases;
        var abdominalgia = index.GetMainTerm("Abdominalgia")!;

        var reference = abdominalgia.CrossReferences.Should().ContainSingle().Subject;
        reference.Should().Be(new CrossReference(CrossReferenceKind.See, "Pain, abdominal"));
        var target = index.Resolve(reference);

        target.Should().NotBeNull();
        target!.Title.Should().Be("abdominal");
        target.Parent!.Title.Should().Be("Pain");
        index.Follow(abdominalgia).Should().StartWith(target);
    }

    [Fact]
    public void Resolve_PcsSeeWithItsTable_LeadsToTheMainTermAndSubterm()
    {
        var index = OfficialIndexes.Procedures;
        var reference = index.GetMainTerm("Abdominohysterectomy")!.CrossReferences.Single();

        reference.Should().Be(new CrossReference(CrossReferenceKind.See, "Resection, Uterus", "0UT9"));
        var target = index.Resolve(reference)!;

        target.Path.Select(t => t.Title).Should().Equal("Resection", "Uterus");
        target.PcsCodes.Should().Be("0UT9");
    }

    [Fact]
    public void Resolve_NeoplasmTableSee_LeadsIntoNeoplasmNeoplastic()
    {
        var index = OfficialIndexes.Neoplasms;
        var reference = new CrossReference(CrossReferenceKind.See, "Neoplasm, lung, upper lobe");

        index.Resolve(reference)!.Cells[0].Should().Be("C34.1-");
    }

    [Theory]
    [InlineData(CrossReferenceKind.SeeCategory, "M01")]        // a Tabular List category, not an index term
    [InlineData(CrossReferenceKind.See, "Xyzzy, abdominal")]   // no such main term
    [InlineData(CrossReferenceKind.See, "Pain, xyzzy")]        // no such subterm: not the main term instead
    public void Resolve_ReferenceThatLeadsNowhere_ReturnsNull(CrossReferenceKind kind, string target) =>
        OfficialIndexes.Diseases.Resolve(new CrossReference(kind, target)).Should().BeNull();

    [Fact]
    public void Follow_ACycle_Ends()
    {
        var index = Synthetic("""
            <mainTerm><title>Alpha</title><see>Beta, one</see></mainTerm>
            <mainTerm><title>Beta</title><term level="1"><title>one</title><see>Gamma</see></term></mainTerm>
            <mainTerm><title>Gamma</title><see>Alpha</see><seeAlso>Delta</seeAlso></mainTerm>
            <mainTerm><title>Delta</title><code>R69</code></mainTerm>
            <mainTerm><title>Self</title><see>Self</see></mainTerm>
            """);

        var reached = index.Follow(index.GetMainTerm("Alpha")!);

        // Alpha -> Beta, one -> Gamma -> (Alpha: visited). Gamma's "see also" is not followed from a term reached on the way.
        reached.Select(t => t.ToString()).Should().Equal("Beta > one", "Gamma");
        index.Follow(index.GetMainTerm("Gamma")!).Select(t => t.Title).Should().Equal("Alpha", "Delta", "one");
        index.Follow(index.GetMainTerm("Self")!).Should().BeEmpty();
    }

    [Fact]
    public void Follow_EveryTermOfEveryIndex_Ends_AndResolvesMostReferences()
    {
        var report = new StringBuilder();
        var failures = new List<string>();
        foreach (var index in new[] { OfficialIndexes.Diseases, OfficialIndexes.ExternalCauses, OfficialIndexes.Drugs, OfficialIndexes.DrugsCsv, OfficialIndexes.Neoplasms, OfficialIndexes.Procedures })
        {
            var counts = new Dictionary<CrossReferenceKind, (int All, int Resolved)>();
            var followed = 0;
            var unresolved = new List<string>();
            foreach (var term in index.Terms.Where(t => t.CrossReferences.Count > 0))
            {
                foreach (var reference in term.CrossReferences)
                {
                    var (all, resolved) = counts.GetValueOrDefault(reference.Kind);
                    var target = index.Resolve(reference);
                    counts[reference.Kind] = (all + 1, resolved + (target is null ? 0 : 1));
                    if (target is null && reference.Kind == CrossReferenceKind.See && unresolved.Count < 40)
                    {
                        unresolved.Add(reference.Target);
                    }
                }

                followed += index.Follow(term).Count;
            }

            report.AppendLine($"{index.SourceFileName}: {string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value.Resolved:N0}/{p.Value.All:N0} resolved"))}; {followed:N0} terms reached by following");
            report.AppendLine($"  see, unresolved (first {unresolved.Count}): {string.Join(" | ", unresolved)}");
            var see = counts.GetValueOrDefault(CrossReferenceKind.See);
            if (see.All > 0 && see.Resolved <= see.All * 7 / 10)
            {
                failures.Add($"{index.SourceFileName}: {see.Resolved} of {see.All} see references resolved");
            }
        }

        output.WriteLine(report.ToString());
        failures.Should().BeEmpty("most see references of each index lead to a term of the index");
    }

    private static AlphabeticIndex Synthetic(string mainTerms)
    {
        var xml = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.index><version>2024</version><title>Synthetic index</title>
            <letter><title>A</title>{mainTerms}</letter>
            </ICD10CM.index>
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return AlphabeticIndex.Load(stream, "synthetic_index_2024.xml", IndexKind.Diseases);
    }
}
