using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.Tests.Tables;

public class CodeIndexTests
{
    private static readonly CodeIndex s_index = Build("J189", "S72001A", "0SRC0JZ");

    [Theory]
    [InlineData("J189", 0)]
    [InlineData("J18.9", 0)]         // dotted, as printed
    [InlineData(" s72.001a ", 1)]    // lower case with blanks, as pasted
    [InlineData("0SRC0JZ", 2)]
    public void Find_CodeAsWritten_FindsTheRow(string code, int row)
    {
        s_index.Find(code).Should().Be(row);
    }

    [Theory]
    [InlineData("J18")]        // a category, not in the table
    [InlineData("")]           // empty
    [InlineData("J189XXXXX")]  // longer than any code
    [InlineData("J18-9")]      // not a code character
    public void Find_NotACodeOfTheTable_MinusOne(string code)
    {
        s_index.Find(code).Should().Be(-1);
    }

    [Fact]
    public void Find_EveryRowOfALargeTable_Found()
    {
        var codes = Enumerable.Range(0, 100_000).Select(i => $"A{i:000000}").ToArray();
        var index = Build(codes);

        Enumerable.Range(0, codes.Length).Where(row => index.Find(codes[row]) != row).Should().BeEmpty();
    }

    [Fact]
    public void TryBuild_SameCodeTwice_NamesTheSecondRow()
    {
        ulong[] keys = [Pack("J189"), Pack("I10"), Pack("J189")];

        CodeIndex.TryBuild(keys, out var index, out var duplicate).Should().BeFalse();

        index.Should().BeNull();
        duplicate.Should().Be(2);
    }

    [Theory]
    [InlineData("J189")]
    [InlineData("0SRC0JZ")]
    [InlineData("A")]
    [InlineData("ABCDEFGH")] // the longest code a key holds
    public void Unpack_PackedCode_GivesTheCodeBack(string code)
    {
        CodeIndex.Unpack(Pack(code)).Should().Be(code);
    }

    [Theory]
    [InlineData("J18.9")]      // a table code has no dot
    [InlineData("j189")]       // nor lower case
    [InlineData("ABCDEFGHI")]  // nor more than 8 characters
    [InlineData("")]
    public void TryPackExact_NotWrittenAsATableCode_False(string code)
    {
        CodeIndex.TryPackExact(code, out _).Should().BeFalse();
    }

    private static ulong Pack(string code)
    {
        CodeIndex.TryPackExact(code, out var key).Should().BeTrue();
        return key;
    }

    private static CodeIndex Build(params string[] codes)
    {
        CodeIndex.TryBuild([.. codes.Select(Pack)], out var index, out _).Should().BeTrue();
        return index!;
    }
}
