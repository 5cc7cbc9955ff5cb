using System.Xml.Linq;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// The whole FY2021 tree (Tabular List XML plus January 2021 order file), checked entry by entry
/// against the XML read independently with <see cref="XDocument"/>.
/// </summary>
public sealed partial class Icd10CmReleaseTests
{
    private static readonly string[] s_noteElements =
        ["inclusionTerm", "includes", "excludes1", "excludes2", "codeFirst", "useAdditionalCode", "codeAlso", "notes", "sevenChrNote"];

    [Fact]
    public void LoadFolder_Fy2021_HoldsEveryNodeOfTheTabularListAndOrderFile()
    {
        var release = official.Fy2021;

        release.HasTabularList.Should().BeTrue();
        release.Limitations.Should().BeNull();
        release.Entries.Should().HaveCount(95_676);
        release.Entries.Count(e => e.Kind == EntryKind.Chapter).Should().Be(22);
        release.Entries.Count(e => e.Kind == EntryKind.Block).Should().Be(296);
        release.Entries.Count(e => e.IsCode).Should().Be(95_358);
        release.Chapters.Select(c => c.Name).Should().Equal(Enumerable.Range(1, 22).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        release.Roots.Should().Equal(release.Chapters);
    }

    [Fact]
    public void LoadFolder_Fy2021_HasNoOrphanAndNoDuplicate()
    {
        var release = official.Fy2021;
        var failures = new List<string>();

        foreach (var entry in release.Entries)
        {
            var parent = release.GetParent(entry);
            if ((parent is null) != (entry.Kind == EntryKind.Chapter))
            {
                failures.Add($"{entry.Name} ({entry.Kind}) has parent {parent?.Name ?? "none"}");
            }

            if (parent is not null && parent.Ordinal >= entry.Ordinal)
            {
                failures.Add($"{entry.Name} comes before its parent {parent.Name}");
            }
        }

        failures.Should().BeEmpty();
        release.Entries.GroupBy(e => (e.Kind is EntryKind.Chapter or EntryKind.Block ? e.Kind : EntryKind.Category, e.Name))
            .Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("no name repeats within chapters, blocks or codes");
        release.Entries.Where(e => e.IsCode).Select(e => e.Name).Should().BeEquivalentTo(
            official.OrderFile("2021").Lines.Select(l => Icd10CmCode.ToDotted(l.Code)), "every code of the order file is in the tree, and nothing else");
    }

    [Fact]
    public void GetParent_EveryEntryOfFy2021_IsTheParentTheXmlGives()
    {
        var release = official.Fy2021;
        var expected = ExpectedTree2021();
        var failures = new List<string>();

        expected.Should().HaveCount(95_676, "the XML and order file describe 22 chapters, 296 blocks and 95,358 codes");
        expected.Keys.Where(k => k.Item1 == EntryKind.Category).Select(k => k.Name.Replace(".", "", StringComparison.Ordinal))
            .Should().BeEquivalentTo(official.OrderFile("2021").Codes, "every order-file code is a diag of the XML or made by one of its 7th characters");
        foreach (var entry in release.Entries)
        {
            var key = (entry.Kind is EntryKind.Chapter or EntryKind.Block ? entry.Kind : EntryKind.Category, entry.Name);
            if (!expected.TryGetValue(key, out var want))
            {
                failures.Add($"{entry.Name} ({entry.Kind}) is not in the XML");
                continue;
            }

            var parent = release.GetParent(entry);
            if (parent?.Name != want.Parent || (parent is not null && parent.Kind != want.ParentKind) || entry.Kind != want.Kind)
            {
                failures.Add($"{entry.Name}: {entry.Kind} under {parent?.Name} ({parent?.Kind}); the XML says {want.Kind} under {want.Parent} ({want.ParentKind})");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void GetChildren_EveryEntryOfFy2021_AreInTabularOrder()
    {
        var release = official.Fy2021;
        var expected = ExpectedTree2021();
        var childrenInXmlOrder = expected
            .Where(e => e.Value.Parent is not null)
            .OrderBy(e => e.Value.Order)
            .ToLookup(e => (e.Value.ParentKind is EntryKind.Chapter or EntryKind.Block ? e.Value.ParentKind : EntryKind.Category, e.Value.Parent!), e => e.Key.Name);
        var failures = new List<string>();
        var total = 0;

        foreach (var entry in release.Entries)
        {
            var key = (entry.Kind is EntryKind.Chapter or EntryKind.Block ? entry.Kind : EntryKind.Category, entry.Name);
            var children = release.GetChildren(entry).Select(c => c.Name).ToList();
            total += children.Count;
            if (!children.SequenceEqual(childrenInXmlOrder[key]))
            {
                failures.Add($"{entry.Name}: [{string.Join(", ", children)}], the XML has [{string.Join(", ", childrenInXmlOrder[key])}]");
            }

            if (release.GetChildren(entry).Count != children.Count)
            {
                failures.Add($"{entry.Name}: Count disagrees with the enumeration");
            }
        }

        failures.Should().BeEmpty();
        total.Should().Be(95_676 - 22, "every entry but a chapter is the child of one entry");
    }

    [Fact]
    public void GetAncestors_EveryCodeOfFy2021_EndsWithBlockThenChapter()
    {
        var release = official.Fy2021;
        var failures = new List<string>();

        foreach (var entry in release.Entries)
        {
            var ancestors = release.GetAncestors(entry).ToList();
            var chain = new List<CodeEntry>();
            for (var p = release.GetParent(entry); p is not null; p = release.GetParent(p))
            {
                chain.Add(p);
            }

            if (!ancestors.SequenceEqual(chain))
            {
                failures.Add($"{entry.Name}: ancestors are not the chain of parents, nearest first");
            }

            var expectedTail = entry.Kind switch
            {
                EntryKind.Chapter => [],
                EntryKind.Block => [EntryKind.Chapter],
                _ => new[] { EntryKind.Block, EntryKind.Chapter },
            };
            if (!ancestors.TakeLast(expectedTail.Length).Select(a => a.Kind).SequenceEqual(expectedTail)
                || ancestors.SkipLast(expectedTail.Length).Any(a => !a.IsCode))
            {
                failures.Add($"{entry.Name} ({entry.Kind}): ancestors [{string.Join(", ", ancestors.Select(a => $"{a.Name} {a.Kind}"))}]");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void GetDescendantsAndIsAncestor_EveryEntryOfFy2021_AgreeWithAncestors()
    {
        AssertDescendantsAgreeWithAncestors(official.Fy2021);
    }

    [Theory]
    [MemberData(nameof(OfficialReleases.OrderOnlyFolders), MemberType = typeof(OfficialReleases))]
    public void GetDescendantsAndIsAncestor_EveryEntryOfAnOrderOnlyRelease_AgreeWithAncestors(string folder)
    {
        AssertDescendantsAgreeWithAncestors(official.Release(folder));
    }

    [Fact]
    public void GetNotes_EveryEntryOfFy2021_AreTheXmlNotes()
    {
        var release = official.Fy2021;
        var xml = official.Tabular2021.Root!;
        var failures = new List<string>();
        var countsInXml = new Dictionary<string, int>(StringComparer.Ordinal);
        var countsInRelease = new Dictionary<string, int>(StringComparer.Ordinal);
        var extensionsInXml = 0;
        var extensionsInRelease = 0;

        foreach (var element in xml.Descendants().Where(e => e.Name.LocalName is "chapter" or "section" or "diag"))
        {
            var entry = element.Name.LocalName switch
            {
                "chapter" => release.FindChapter(element.Element("name")!.Value),
                "section" => release.FindBlock(element.Attribute("id")!.Value),
                _ => release.Find(element.Element("name")!.Value),
            };
            if (entry is null)
            {
                failures.Add($"line {((System.Xml.IXmlLineInfo)element).LineNumber}: not in the release");
                continue;
            }

            var notes = release.GetNotes(entry);
            foreach (var kind in s_noteElements)
            {
                var inXml = element.Elements(kind).SelectMany(e => e.Elements("note")).Select(n => n.Value.Trim()).ToList();
                var inRelease = notes.Notes.Where(n => n.Kind.ElementName() == kind).Select(n => n.Text).ToList();
                countsInXml[kind] = countsInXml.GetValueOrDefault(kind) + inXml.Count;
                countsInRelease[kind] = countsInRelease.GetValueOrDefault(kind) + inRelease.Count;
                if (!inXml.SequenceEqual(inRelease))
                {
                    failures.Add($"{entry.Name} {kind}: {inRelease.Count} notes, the XML has {inXml.Count}");
                }
            }

            var seventh = element.Elements("sevenChrDef").SelectMany(d => d.Elements("extension"))
                .Select(x => $"{x.Attribute("char")!.Value}={x.Value.Trim()}").ToList();
            extensionsInXml += seventh.Count;
            extensionsInRelease += notes.SeventhCharacters.Count;
            if (!seventh.SequenceEqual(notes.SeventhCharacters.Select(s => $"{s.Character}={s.Meaning}")))
            {
                failures.Add($"{entry.Name}: 7th characters [{string.Join("; ", notes.SeventhCharacters)}], the XML has [{string.Join("; ", seventh)}]");
            }
        }

        failures.Should().BeEmpty();
        countsInRelease.Should().Equal(countsInXml);
        extensionsInRelease.Should().Be(extensionsInXml);

        // The <note> elements per kind in the 2021 XML, outside the introduction: 23,389 in all.
        countsInXml.Should().Equal(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["inclusionTerm"] = 11_617, ["includes"] = 1_015, ["excludes1"] = 5_441, ["excludes2"] = 2_253, ["codeFirst"] = 681,
            ["useAdditionalCode"] = 1_347, ["codeAlso"] = 352, ["notes"] = 176, ["sevenChrNote"] = 507,
        });
        countsInXml.Sum(c => c.Value).Should().Be(xml.Descendants("note").Count(n => n.Ancestors("introduction").Count() == 0 && n.Parent!.Name.LocalName != "sevenChrDef"));
        extensionsInXml.Should().Be(xml.Descendants("extension").Count()).And.Be(1787);
        release.Entries.Where(e => !e.IsCode || e.Kind != EntryKind.Extension).Sum(e => release.GetNotes(e).Notes.Count)
            .Should().Be(countsInXml.Sum(c => c.Value), "extensions have no notes of their own");
    }

    [Fact]
    public void GetInheritedNotes_EveryCodeOfFy2021_AreTheNotesOfItsAncestors()
    {
        var release = official.Fy2021;
        var failures = new List<string>();

        foreach (var entry in release.Entries)
        {
            var expected = release.GetAncestors(entry)
                .SelectMany(a => release.GetNotes(a).Notes
                    .Where(n => n.Kind is not (NoteKind.InclusionTerm or NoteKind.SevenCharacterNote))
                    .Select(n => (a.Name, n)))
                .ToList();
            var actual = release.GetInheritedNotes(entry).Select(i => (i.Source.Name, i.Note)).ToList();
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"{entry.Name}: {actual.Count} inherited notes, expected {expected.Count}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void GetInheritedNotes_CodeBelowACategoryWithExcludes1_IncludesIt()
    {
        var release = official.Fy2021;
        var e11 = release["E11"];
        var excludes1 = release.GetNotes(e11).Of(NoteKind.Excludes1).ToList();
        excludes1.Should().NotBeEmpty("E11 has an Excludes1 note in the 2021 Tabular List");

        foreach (var code in release.GetDescendants(e11))
        {
            release.GetInheritedNotes(code).Where(n => n.Source == e11 && n.Note.Kind == NoteKind.Excludes1).Select(n => n.Note.Text)
                .Should().Equal(excludes1, "an Excludes1 note at a category applies to {0}", code.Name);
        }
    }

    [Fact]
    public void GetSeventhCharacters_EveryExtensionOfFy2021_IsTheNearestSevenChrDef()
    {
        var release = official.Fy2021;
        var failures = new List<string>();
        var extensions = 0;

        foreach (var entry in release.Entries.Where(e => e.Kind == EntryKind.Extension))
        {
            extensions++;
            var parent = release.GetParent(entry)!;
            var characters = release.GetSeventhCharacters(entry, out var definedAt);
            var code = Icd10CmCode.Parse(entry.Name).Value;
            var stem = Icd10CmCode.Parse(parent.Name).Value.PadRight(6, 'X');
            if (definedAt is null || code.Length != 7 || code[..6] != stem || characters.All(c => c.Character != code[6])
                || (definedAt != parent && !release.IsAncestor(definedAt, parent)))
            {
                failures.Add($"{entry.Name} under {parent.Name}, 7th characters from {definedAt?.Name}");
            }
        }

        failures.Should().BeEmpty();
        extensions.Should().Be(ExpectedTree2021().Count(e => e.Value.Kind == EntryKind.Extension));
    }

    [Fact]
    public void FindBlock_B99_IsABlockHoldingTheCategoryOfTheSameName()
    {
        var release = official.Fy2021;

        var block = release.FindBlock("B99")!;
        var category = release["B99"];

        block.Kind.Should().Be(EntryKind.Block);
        category.Kind.Should().Be(EntryKind.Category);
        block.Should().NotBeSameAs(category);
        release.GetParent(category).Should().BeSameAs(block);
        release.GetChildren(block).Should().Equal(category);
        release.GetAncestors(category).Select(a => a.Name).Should().Equal("B99", "1");
        release.IsAncestor(block, category).Should().BeTrue();
        release.IsAncestor(category, block).Should().BeFalse();
    }

    [Fact]
    public void GetAncestors_O09A_IsCategoryBlockChapter()
    {
        var release = official.Fy2021;

        var entry = release["O09.A"];

        release.GetAncestors(entry).Select(a => a.Name).Should().Equal("O09", "O09", "15");
        release.GetAncestors(entry).Select(a => a.Kind).Should().Equal(EntryKind.Category, EntryKind.Block, EntryKind.Chapter);
    }

    [Theory]
    [InlineData("T36.0X1A", "T36.0X1", EntryKind.Extension)]  // 7th character after a placeholder already in the code
    [InlineData("S00.00XA", "S00.00", EntryKind.Extension)]   // placeholder X added to reach six characters
    [InlineData("E11.65", "E11.6", EntryKind.Subcategory)]
    [InlineData("E11", "E08-E13", EntryKind.Category)]
    public void Find_Fy2021_KnownCodes_HaveTheirParentAndKind(string code, string parent, EntryKind kind)
    {
        var release = official.Fy2021;

        var entry = release[code];

        entry.Kind.Should().Be(kind);
        release.GetParent(entry)!.Name.Should().Be(parent);
    }

    private static void AssertDescendantsAgreeWithAncestors(Icd10CmRelease release)
    {
        var failures = new List<string>();
        long ancestorLinks = 0;
        long descendantLinks = 0;

        foreach (var entry in release.Entries)
        {
            foreach (var ancestor in release.GetAncestors(entry))
            {
                ancestorLinks++;
                if (!release.IsAncestor(ancestor, entry))
                {
                    failures.Add($"IsAncestor({ancestor.Name}, {entry.Name}) is false");
                }
            }

            var descendants = release.GetDescendants(entry);
            descendantLinks += descendants.Count;
            foreach (var descendant in descendants)
            {
                if (!release.IsAncestor(entry, descendant) || release.IsAncestor(descendant, entry))
                {
                    failures.Add($"{descendant.Name} is a descendant of {entry.Name} but IsAncestor disagrees");
                }
            }

            if (release.IsAncestor(entry, entry))
            {
                failures.Add($"{entry.Name} is its own ancestor");
            }

            var parent = release.GetParent(entry);
            if (parent is not null && (!release.GetDescendants(parent).Contains(entry) || release.IsAncestor(entry, parent)))
            {
                failures.Add($"{entry.Name} is not among the descendants of its parent {parent.Name}");
            }
        }

        failures.Should().BeEmpty();
        descendantLinks.Should().Be(ancestorLinks, "each (ancestor, descendant) pair is counted once from each side");
    }

    /// <summary>
    /// Returns the 2021 tree as the XML and order file define it, computed here without the SDK:
    /// chapters, sections and diag elements from the XML, and for each leaf diag the codes its nearest
    /// sevenChrDef creates (placeholder X to six characters) that the order file holds.
    /// </summary>
    private Dictionary<(EntryKind, string Name), Expected> ExpectedTree2021() => official.Computed("expected tree 2021", ComputeExpectedTree2021);

    private Dictionary<(EntryKind, string Name), Expected> ComputeExpectedTree2021()
    {
        var orderCodes = official.OrderFile("2021").Codes;
        var result = new Dictionary<(EntryKind, string), Expected>();
        var order = 0;

        foreach (var chapter in official.Tabular2021.Root!.Elements("chapter"))
        {
            var chapterName = chapter.Element("name")!.Value.Trim();
            result.Add((EntryKind.Chapter, chapterName), new Expected(EntryKind.Chapter, null, null, order++));
            foreach (var section in chapter.Elements("section"))
            {
                var id = section.Attribute("id")!.Value.Trim();
                result.Add((EntryKind.Block, id), new Expected(EntryKind.Block, chapterName, EntryKind.Chapter, order++));
                foreach (var diag in section.Elements("diag"))
                {
                    AddDiag(diag, id, EntryKind.Block, EntryKind.Category, null);
                }
            }
        }

        return result;

        void AddDiag(XElement diag, string parent, EntryKind parentKind, EntryKind kind, XElement? inheritedSeventh)
        {
            var name = diag.Element("name")!.Value.Trim();
            result.Add((EntryKind.Category, name), new Expected(kind, parent, parentKind, order++));
            var seventh = diag.Element("sevenChrDef") ?? inheritedSeventh;
            var children = diag.Elements("diag").ToList();
            foreach (var child in children)
            {
                AddDiag(child, name, kind, EntryKind.Subcategory, seventh);
            }

            var undotted = name.Replace(".", "", StringComparison.Ordinal);
            if (children.Count == 0 && seventh is not null && undotted.Length < 7)
            {
                foreach (var extension in seventh.Elements("extension"))
                {
                    var code = undotted.PadRight(6, 'X') + extension.Attribute("char")!.Value;
                    if (orderCodes.Contains(code))
                    {
                        result.Add((EntryKind.Category, Icd10CmCode.ToDotted(code)), new Expected(EntryKind.Extension, name, kind, order++));
                    }
                }
            }
        }
    }

    private sealed record Expected(EntryKind Kind, string? Parent, EntryKind? ParentKind, int Order);
}
