using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Hcpcs.Tests;

[Collection(HcpcsDataCollection.Name)]
public sealed class HcpcsLevel2ReleaseTests(HcpcsData data)
{
    [Fact]
    public void LoadFolder_2019_AccountsForEveryLine()
    {
        var release = data.Release2019;

        release.LineCount.Should().Be(11_630).And.Be(data.Lines.Length);
        release.PreambleLineCount.Should().Be(8);
        release.Procedures.Should().HaveCount(6_440);
        release.Modifiers.Should().HaveCount(360);
        release.ContinuationLineCount.Should().Be(4_822);
        release.ShortLineCount.Should().Be(1);
        (release.PreambleLineCount + release.Procedures.Sum(r => r.LineCount) + release.Modifiers.Sum(r => r.LineCount)).Should().Be(release.LineCount);
        release.Release.Name.Should().Be("HCPCS Level II 2019");
    }

    [Fact]
    public void LoadFolder_2019_HasARecordForEveryFirstLineOfTheFile()
    {
        var records = data.Release2019.Procedures.Concat(data.Release2019.Modifiers).ToDictionary(r => r.LineNumber);
        var firstLines = 0;
        for (var i = 8; i < data.Lines.Length; i++)
        {
            var line = data.Lines[i];
            if (line[10] is '3' or '7')
            {
                firstLines++;
                var record = records[i + 1];
                record.Code.Should().Be(line[10] == '3' ? line[..5] : line[3..5]);
                record.Kind.Should().Be(line[10] == '3' ? HcpcsRecordKind.Procedure : HcpcsRecordKind.Modifier);
                record.ShortDescription.Should().Be(line[91..119].Trim());
                record.LongDescription.Should().StartWith(line[11..91].Trim());
            }
            else
            {
                line[10].Should().BeOneOf('4', '8');
            }
        }

        firstLines.Should().Be(records.Count);
    }

    [Fact]
    public void Find_EveryProcedure_GivesItsDescriptionsAndBillableFlag()
    {
        var release = data.Release2019;
        foreach (var record in release.Procedures)
        {
            var entry = release.Find(record.Code.ToLowerInvariant());
            entry.Should().NotBeNull(record.Code);
            entry!.Title.Should().Be(record.LongDescription);
            entry.ShortTitle.Should().Be(record.ShortDescription);
            entry.IsBillable.Should().Be(record.TerminationDate is null);
            entry.Kind.Should().Be(EntryKind.Code);
            release.FindProcedure(record.Code).Should().BeSameAs(record);
        }

        release.Procedures.Count(p => p.TerminationDate is not null).Should().Be(506);
    }

    [Fact]
    public void Procedures_2019_CountsPerFieldValue()
    {
        var procedures = data.Release2019.Procedures;

        procedures.GroupBy(p => p.ActionCode).ToDictionary(g => g.Key, g => g.Count()).Should().BeEquivalentTo(new Dictionary<HcpcsActionCode, int>
        {
            [HcpcsActionCode.Added] = 219,
            [HcpcsActionCode.AdministrativeDataAndLongDescriptionChanged] = 1,
            [HcpcsActionCode.LongDescriptionChanged] = 91,
            [HcpcsActionCode.Discontinued] = 46,
            [HcpcsActionCode.AdministrativeDataChanged] = 1,
            [HcpcsActionCode.NoChange] = 6_027,
            [HcpcsActionCode.PaymentChanged] = 47,
            [HcpcsActionCode.ShortDescriptionChanged] = 8,
        });
        procedures.Should().OnlyContain(p => p.PricingIndicators.Count >= 1 && p.PricingIndicators.Count <= 4);
        procedures.Should().OnlyContain(p => p.TypesOfService.Count >= 1);
        procedures.Select(p => p.Code[0]).Distinct().Should().OnlyContain(c => c >= 'A' && c <= 'V');
    }

    [Fact]
    public void FindProcedure_J9035_ReadsEveryField()
    {
        var record = data.Release2019.FindProcedure("J9035")!;

        record.LongDescription.Should().Be("Injection, bevacizumab, 10 mg");
        record.ShortDescription.Should().Be("Bevacizumab injection");
        record.PricingIndicators.Should().Equal("51");
        record.MultiplePricingIndicator.Should().Be('A');
        record.Coverage.Should().Be(HcpcsCoverage.CarrierJudgment);
        record.IsAscApproved.Should().BeTrue();
        record.AscPaymentGroupEffectiveDate.Should().Be(new DateOnly(2008, 1, 1));
        record.Betos.Should().Be("O1E");
        record.TypesOfService.Should().Equal('1', 'P');
        record.AnesthesiaBaseUnits.Should().Be(0);
        record.AddedDate.Should().Be(new DateOnly(2005, 1, 1));
        record.ActionEffectiveDate.Should().Be(new DateOnly(2005, 1, 1));
        record.TerminationDate.Should().BeNull();
        record.ActionCode.Should().Be(HcpcsActionCode.NoChange);
        record.LineNumber.Should().Be(7_708);
    }

    [Fact]
    public void FindModifier_XS_JoinsItsContinuationLine()
    {
        var xs = data.Release2019.FindModifier("xs")!;

        xs.LongDescription.Should().Be("Separate structure, a service that is distinct because it was performed on a separate organ/structure");
        xs.LineCount.Should().Be(2);
        xs.Kind.Should().Be(HcpcsRecordKind.Modifier);
    }

    [Theory]
    [InlineData("99213")] // a CPT shape
    [InlineData("A420")] // too short
    [InlineData("W1234")] // Level II letters stop at V
    public void Indexer_NotALevel2Code_ThrowsCodeNotFound(string code)
    {
        var act = () => data.Release2019[code];

        act.Should().Throw<CodeNotFoundException>();
    }

    private const string Good = "A4206001003Syringe with needle, sterile, 1 cc or less, each                                1 cc sterile syringe&needle 00      9                                                                                                     C                          D1A S      01985010120080101        N                           ";

    [Theory]
    [InlineData(11, '5', "Column 11 (record identification code) must be 3, 4, 7 or 8, not '5'.")] // unknown record type
    [InlineData(230, 'X', "Column 230 (the coverage code) must be blank or one of C, D, I, M, S, not 'X'.")] // bad coverage code
    [InlineData(269, 'x', "Columns 269-276 (the date the code was added) must be a date YYYYMMDD or blank, not 'x9850101'.")] // bad date
    [InlineData(293, 'Q', "Column 293 (action code) must be one of A, B, C, D, F, N, P, R, S, T, not 'Q'.")] // bad action code
    [InlineData(300, 'Z', "Column 300 must be blank: columns 294-320 are filler.")] // filler not blank
    public void Load_MalformedLine_ThrowsDataFileExceptionNamingLineAndColumn(int column, char value, string problem)
    {
        var line = Good.ToCharArray();
        line[column - 1] = value;

        var act = () => Load(Good, new string(line));

        var error = act.Should().Throw<DataFileException>().Which;
        error.LineNumber.Should().Be(2);
        error.Problem.Should().EndWith(problem);
    }

    [Fact]
    public void Load_ContinuationWithoutFirstLine_Throws()
    {
        var act = () => Load("A4207002004more description");

        act.Should().Throw<DataFileException>().Which.Problem.Should().Contain("must follow the first line of the same procedure");
    }

    [Fact]
    public void Load_SameCodeTwice_Throws()
    {
        var act = () => Load(Good, Good);

        act.Should().Throw<DataFileException>().Which.Problem.Should().Be("The procedure A4206 appears a second time.");
    }

    [Fact]
    public void Load_NonAsciiInARecord_Throws()
    {
        var act = () => Load(Good.Replace("each", "eäch", StringComparison.Ordinal));

        act.Should().Throw<DataFileException>().Which.Problem.Should().Contain("unexpected byte 0xE4");
    }

    private static HcpcsLevel2Release Load(params string[] lines)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\n"));
        return HcpcsLevel2Release.Load(stream, "test.txt", HcpcsLevel2Release.ForCalendarYear(2019));
    }
}
