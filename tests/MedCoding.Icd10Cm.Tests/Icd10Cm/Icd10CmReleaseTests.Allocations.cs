using MedCoding.CodeSets;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>Warm lookups and navigation allocate nothing (the benchmarks measure how fast; this says they stay allocation-free).</summary>
public sealed partial class Icd10CmReleaseTests
{
    [Theory]
    [InlineData("E1165")]     // normalised, straight dictionary hit
    [InlineData("E11.65")]    // dotted: normalised on the stack
    [InlineData(" e11.65 ")]  // as typed
    [InlineData("E11.66")]    // not a code
    [InlineData("E11..6")]    // malformed
    public void Find_WarmLookup_DoesNotAllocate(string input)
    {
        var release = official.Fy2021;
        var code = Icd10CmCode.Parse("T36.0X1A");
        var text = new string(input.AsSpan()); // not the dictionary's own string instance
        var entry = release["E11.6"];
        var category = release["E11"];
        var sink = 0;

        void Work()
        {
            sink += release.Find(text) is null ? 0 : 1;
            sink += release.Find(text.AsSpan()) is null ? 0 : 1;
            sink += release.Find(code) is null ? 0 : 1;
            sink += release.GetParent(entry) is null ? 0 : 1;
            sink += release.IsAncestor(category, entry) ? 1 : 0;
            foreach (var ancestor in release.GetAncestors(entry))
            {
                sink += ancestor.Ordinal & 1;
            }

            foreach (var child in release.GetChildren(entry))
            {
                sink += child.Ordinal & 1;
            }

            sink += release.GetChildren(entry).Count;
            sink += release.GetSeventhCharacters(entry, out _).Count;
        }

        for (var i = 0; i < 100; i++)
        {
            Work();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Work();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        sink.Should().BePositive();
    }
}
