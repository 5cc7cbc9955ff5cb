using System.Text;
using MedCoding.Hcpcs.Cpt;
using MedCoding.CodeSets;

namespace MedCoding.Hcpcs.Tests;

public sealed class CptReleaseTests
{
    private static readonly string s_fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cpt-synthetic.txt");

    [Fact]
    public void Load_SyntheticFixture_ReadsEveryCode()
    {
        var cpt = CptRelease.Load(s_fixture, 2026);

        cpt.Entries.Should().HaveCount(6);
        cpt.CategoryCounts.Should().BeEquivalentTo(new Dictionary<CptCategory, int>
        {
            [CptCategory.CategoryI] = 3,
            [CptCategory.CategoryII] = 1,
            [CptCategory.CategoryIII] = 1,
            [CptCategory.ProprietaryLaboratoryAnalysis] = 1,
        });
        cpt.Find("0001t")!.Title.Should().Be("Synthetic emerging technology descriptor (invented for tests)");
        cpt.Release.Name.Should().Be("CPT 2026");
        cpt.Find("99213").Should().BeNull();
    }

    [Theory]
    [InlineData("99213", CptCategory.CategoryI)] // five digits
    [InlineData("1234f", CptCategory.CategoryII)] // F, any case
    [InlineData("0123T", CptCategory.CategoryIII)] // T
    [InlineData("0001U", CptCategory.ProprietaryLaboratoryAnalysis)] // U
    public void TryParse_CptShapes_GiveTheirCategory(string text, CptCategory category)
    {
        CptCode.TryParse(text, out var code, out _).Should().BeTrue();
        code.Category.Should().Be(category);
    }

    [Theory]
    [InlineData("A4206")] // a HCPCS Level II code
    [InlineData("1234X")] // unknown suffix
    [InlineData("9921")] // too short
    public void TryParse_OtherShapes_AreRejected(string text) => CptCode.TryParse(text, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("10001 Synthetic", 1, "Expected a code, one tab, and the descriptor.")] // no tab
    [InlineData("A4206\tSynthetic", 1, "'A4206' is not a CPT code: ")] // not a CPT shape
    [InlineData("10001\t", 1, "10001 has no descriptor.")] // empty descriptor
    [InlineData("10001\tSynthetic\n10001\tAgain", 2, "10001 appears a second time (first on line 1).")] // duplicate
    public void Load_MalformedLine_ThrowsDataFileException(string content, int line, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var act = () => CptRelease.Load(stream, "cpt.txt", 2026);

        var error = act.Should().Throw<DataFileException>().Which;
        error.LineNumber.Should().Be(line);
        error.Problem.Should().StartWith(problem);
    }
}
