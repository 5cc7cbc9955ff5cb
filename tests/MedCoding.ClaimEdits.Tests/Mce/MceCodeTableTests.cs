using MedCoding.ClaimEdits.Mce;

namespace MedCoding.ClaimEdits.Tests.Mce;

/// <summary>
/// How the editor finds a claim's code in an MCE table: upper-cased, without dots or surrounding blanks, in the row in force on
/// the discharge date (synthetic tables; CMS's own cases check the same over the 43.1 tables).
/// </summary>
public sealed class MceCodeTableTests
{
    private static readonly MceFlags s_male = new([MceFlagNames.Male]);
    private static readonly MceFlags s_female = new([MceFlagNames.Female]);
    private static readonly DateOnly s_fy2025 = new(2024, 10, 1);
    private static readonly DateOnly s_fy2026 = new(2025, 10, 1);

    [Theory]
    [InlineData("N401")]
    [InlineData("N40.1")]
    [InlineData(" n40.1 ")]
    [InlineData("n401")]
    public void TryFindBits_CodeAsWrittenOnAClaim_IsFoundUpperCasedWithoutDotsOrBlanks(string written)
    {
        var table = Table(("N401", s_fy2025, null, s_male));

        table.TryFindBits(written, s_fy2026.DayNumber, out var bits).Should().BeTrue();
        bits.Should().Be(MceFlagBits.Male);
    }

    [Theory]
    [InlineData("N4")]
    [InlineData("N4011")]
    [InlineData("N40 1")]
    [InlineData("N40-1")]
    [InlineData("")]
    public void TryFindBits_AnotherCode_IsNotFound(string written)
    {
        var table = Table(("N401", s_fy2025, null, s_male));

        table.TryFindBits(written, s_fy2026.DayNumber, out _).Should().BeFalse();
    }

    [Fact]
    public void TryFindBits_CodeWithTwoRows_GivesTheRowInForceOnTheDay()
    {
        var table = Table(
            ("Z1234", s_fy2025, s_fy2026.AddDays(-1), s_male),
            ("Z1234", s_fy2026, null, s_female));

        table.TryFindBits("Z12.34", s_fy2025.DayNumber, out var fy2025).Should().BeTrue();
        table.TryFindBits("Z12.34", s_fy2026.DayNumber, out var fy2026).Should().BeTrue();
        table.TryFindBits("Z12.34", s_fy2025.AddDays(-1).DayNumber, out _).Should().BeFalse("no row is in force before FY2025");

        (fy2025, fy2026).Should().Be((MceFlagBits.Male, MceFlagBits.Female));
    }

    [Fact]
    public void TryFindBits_TableCodeLongerThanAnIcd10Code_IsStillFound()
    {
        var table = Table(("ABCDEFGHIJKL", s_fy2025, null, s_female), ("A00", s_fy2025, null, MceFlags.None));

        table.TryFindBits("abcd.efghijkl", s_fy2026.DayNumber, out var bits).Should().BeTrue();
        bits.Should().Be(MceFlagBits.Female);
        table.Find("ABCDEFGHIJKL", s_fy2026)!.Value.Flags.Should().Equal(s_female);
    }

    [Fact]
    public void Find_EveryCodeOfAThousand_GivesItsOwnRow()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => ($"X{i:D4}", s_fy2025, (DateOnly?)null, i % 2 == 0 ? s_male : s_female)).ToArray();
        var table = Table(rows);

        foreach (var (code, _, _, flags) in rows)
        {
            table.Find(code, s_fy2026)!.Value.Code.Should().Be(code);
            table.FindFlags(code, s_fy2026.DayNumber).Should().BeSameAs(flags);
        }
    }

    [Fact]
    public void TryFindBits_TableWithMoreDistinctDatesThanTheIndexKeepsInASlot_StillGivesEachCodesRowInForce()
    {
        // A code in force from each of 100 days: more distinct first-row dates than a slot can name, so most are read from the rows.
        var rows = Enumerable.Range(0, 100)
            .Select(i => ($"Y{i:D3}", s_fy2025.AddDays(i), (DateOnly?)s_fy2026.AddDays(i), i % 2 == 0 ? s_male : s_female))
            .ToArray();
        var table = Table(rows);

        foreach (var (code, from, through, flags) in rows)
        {
            table.TryFindBits(code, from.DayNumber, out var bits).Should().BeTrue();
            bits.Should().Be(flags.Bits);
            table.TryFindBits(code, through!.Value.DayNumber, out _).Should().BeTrue();
            table.TryFindBits(code, from.AddDays(-1).DayNumber, out _).Should().BeFalse("{0} is not in force before {1}", code, from);
            table.TryFindBits(code, through.Value.AddDays(1).DayNumber, out _).Should().BeFalse("{0} ends on {1}", code, through);
        }
    }

    [Fact]
    public void Build_CodeGivenTwice_IsRefused()
    {
        var builder = new MceCodeTable.Builder(2, 2, checkConsecutive: false);
        builder.Add("A00", s_fy2025, null, s_male);
        builder.Add("B00", s_fy2025, null, s_male);
        builder.Add("A00", s_fy2026, null, s_male);

        var build = builder.Build;

        build.Should().Throw<ArgumentException>().WithMessage("A00 is given twice.*");
    }

    private static MceCodeTable Table(params (string Code, DateOnly From, DateOnly? Through, MceFlags Flags)[] rows)
    {
        var builder = new MceCodeTable.Builder(rows.Length, rows.Length, checkConsecutive: true);
        foreach (var (code, from, through, flags) in rows)
        {
            builder.Add(code, from, through, flags).Should().BeNull();
        }

        return builder.Build();
    }
}
