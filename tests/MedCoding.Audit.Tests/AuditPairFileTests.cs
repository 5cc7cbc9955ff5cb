using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Audit.Tests;

[Collection(AuditCollection.Name)]
public class AuditPairFileTests(AuditFixture fixture)
{
    private const string Header = "id\tcoder\tversion\tage\tsex\tdischarge_status\tprocedures\tcoded_pdx\tcoded_pdx_poa\tcoded_sdx\taudited_pdx\taudited_pdx_poa\taudited_sdx\n";

    [Fact]
    public void Read_IssueLayout_BothVersionsOfEachPair()
    {
        var text = Header +
            "A0001\tC03\t430\t70\tM\t1\t\tJ189\tY\tI509:Y,E119:Y\tJ189\tY\tI5023:Y,E119:Y\n" +
            "A0002\tC01\t431\t64\tF\t1\t0DTJ4ZZ\tK3580\tY\t\tK3580\tY\tN179:N\n";

        var pairs = AuditPairFile.Read(new StringReader(text), "pairs.tsv");

        pairs.Should().HaveCount(2);
        pairs[0].Id.Should().Be("A0001");
        pairs[0].Coder.Should().Be("C03");
        pairs[0].Coded.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("I509", PresentOnAdmission.Yes), new DrgDiagnosis("E119", PresentOnAdmission.Yes));
        pairs[0].Audited.SecondaryDiagnoses[0].Code.Should().Be("I5023");
        pairs[0].Coded.DischargeDate.Should().Be(new DateOnly(2025, 10, 1), "version 430 starts on 2025-10-01");
        pairs[1].Coded.Sex.Should().Be(AdministrativeSex.Female);
        pairs[1].Coded.Procedures.Should().Equal("0DTJ4ZZ");
        pairs[1].Audited.Procedures.Should().Equal("0DTJ4ZZ");
        pairs[1].Audited.SecondaryDiagnoses.Should().Equal(new DrgDiagnosis("N179", PresentOnAdmission.No));

        var audit = new CodingAuditor(fixture.Grouper).Audit(pairs[0].Coded, pairs[0].Audited);
        (audit.CodedResult.Drg, audit.AuditedResult.Drg).Should().Be((195, 193));
    }

    [Fact]
    public void Read_BadPoa_ThrowsNamingTheLineAndTheVersion()
    {
        var text = Header + "A0001\tC03\t430\t70\tM\t1\t\tJ189\tY\t\tJ189\tQ\t\n";

        var act = () => AuditPairFile.Read(new StringReader(text), "pairs.tsv");

        act.Should().Throw<DataFileException>().Where(e => e.LineNumber == 2 && e.Problem.StartsWith("The audited version: 'Q'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingColumn_ThrowsNamingIt()
    {
        var act = () => AuditPairFile.Read(new StringReader("id\tcoder\n"), "pairs.tsv");

        act.Should().Throw<DataFileException>().WithMessage("*'age'*");
    }
}
