using BenchmarkDotNet.Attributes;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Sdk.Benchmarks;

/// <summary>
/// Warm navigation of the FY2021 tree from an entry already found: parent (the baseline), ancestors,
/// children and descendants. The entries range from a leaf deep in the tree to a category with many codes.
/// </summary>
[MemoryDiagnoser]
public class HierarchyBenchmarks
{
    private Icd10CmRelease _release = null!;
    private CodeEntry _entry = null!;
    private CodeEntry _category = null!;

    /// <summary>A 7th-character leaf (T36.0X1A), a subcategory (E11.6, 7 children) and a large category (S72, 2,659 descendants).</summary>
    [Params("T36.0X1A", "E11.6", "S72")]
    public string Code { get; set; } = "E11.6";

    [GlobalSetup]
    public void Setup()
    {
        _release = Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2021"));
        _entry = _release[Code];
        _category = _release[Code[..3]];
    }

    [Benchmark(Baseline = true, Description = "GetParent")]
    public CodeEntry? Parent() => _release.GetParent(_entry);

    [Benchmark(Description = "GetAncestors, foreach")]
    public CodeEntry? Ancestors()
    {
        CodeEntry? last = null;
        foreach (var ancestor in _release.GetAncestors(_entry))
        {
            last = ancestor;
        }

        return last;
    }

    [Benchmark(Description = "GetChildren, foreach")]
    public int Children()
    {
        var billable = 0;
        foreach (var child in _release.GetChildren(_entry))
        {
            if (child.IsBillable)
            {
                billable++;
            }
        }

        return billable;
    }

    [Benchmark(Description = "GetDescendants, for")]
    public int Descendants()
    {
        var descendants = _release.GetDescendants(_entry);
        var billable = 0;
        for (var i = 0; i < descendants.Count; i++)
        {
            if (descendants[i].IsBillable)
            {
                billable++;
            }
        }

        return billable;
    }

    [Benchmark(Description = "IsAncestor(category, entry)")]
    public bool IsAncestor() => _release.IsAncestor(_category, _entry);

    [Benchmark(Description = "GetSeventhCharacters")]
    public int SeventhCharacters() => _release.GetSeventhCharacters(_entry, out _).Count;

    [Benchmark(Description = "GetInheritedNotes")]
    public int InheritedNotes() => _release.GetInheritedNotes(_entry).Count;
}
