using MedCoding.CodeSets;

namespace MedCoding.Audit.Tests;

public class RelativeWeightTableTests
{
    /// <summary>
    /// SYNTHETIC weights, not CMS's: a few rows in the layout of CMS's IPPS Table 5 (a title line, the header row with
    /// its official column names, tab-separated rows, a footnote). The numbers are made up for the tests.
    /// </summary>
    public const string Synthetic =
        "TABLE 5.--LIST OF MEDICARE SEVERITY DIAGNOSIS-RELATED GROUPS (MS-DRGS), RELATIVE WEIGHTING FACTORS, AND GEOMETRIC AND ARITHMETIC MEAN LENGTH OF STAY -- SYNTHETIC TEST DATA, NOT CMS'S WEIGHTS\n" +
        "MS-DRG\tFY 2026 Final Rule Post-Acute DRG\tFY 2026 Final Rule Special Pay DRG\tMDC\tTYPE\tMS-DRG Title\tWeights\tGeometric mean LOS\tArithmetic mean LOS\n" +
        "193\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITH MCC\t1.5000\t4.5\t5.6\n" +
        "194\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITH CC\t1.0000\t3.4\t4.1\n" +
        "195\tYes\tNo\t04\tMED\tSIMPLE PNEUMONIA AND PLEURISY WITHOUT CC/MCC\t0.7500\t2.7\t3.2\n" +
        "871\tYes\tNo\t18\tMED\tSEPTICEMIA OR SEVERE SEPSIS WITHOUT MV >96 HOURS WITH MCC\t1.9000\t4.9\t6.3\n" +
        "872\tYes\tNo\t18\tMED\tSEPTICEMIA OR SEVERE SEPSIS WITHOUT MV >96 HOURS WITHOUT MCC\t1.0500\t3.6\t4.3\n" +
        "\n" +
        "* Synthetic footnote: a line after the table that is not a DRG row.\n";

    public static RelativeWeightTable SyntheticTable() => RelativeWeightTable.Read(new StringReader(Synthetic), "synthetic-table5.txt");

    [Fact]
    public void Read_OfficialLayout_ReadsEachRowByColumnName()
    {
        var table = SyntheticTable();

        table.Count.Should().Be(5);
        table.Find(193).Should().Be(new DrgWeight(193, 1.5m, 4.5m, 5.6m));
        table.WeightOf(195).Should().Be(0.75m);
        table.WeightOf(291).Should().BeNull();
        table.Rows.Select(r => r.Drg).Should().Equal(193, 194, 195, 871, 872);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderAndDrgWithLeadingZeros_ReadsByName()
    {
        const string text = "MS-DRG\tArithmetic mean LOS\tWeights\tGeometric mean LOS\n001\t30.1\t26.5\t24.0\n";

        RelativeWeightTable.Read(new StringReader(text), "t").Find(1).Should().Be(new DrgWeight(1, 26.5m, 24.0m, 30.1m));
    }

    [Fact]
    public void Read_NoHeader_ThrowsNamingTheLayout()
    {
        var act = () => RelativeWeightTable.Read(new StringReader("193\t1.5\t4.5\t5.6\n"), "weights.txt");

        act.Should().Throw<DataFileException>().WithMessage("*weights.txt*MS-DRG*Table 5*");
    }

    [Fact]
    public void Read_WeightNotANumber_ThrowsNamingTheLine()
    {
        const string text = "MS-DRG\tWeights\tGeometric mean LOS\tArithmetic mean LOS\n193\tn/a\t4.5\t5.6\n";

        var act = () => RelativeWeightTable.Read(new StringReader(text), "weights.txt");

        act.Should().Throw<DataFileException>().Which.LineNumber.Should().Be(2);
    }

    [Fact]
    public void Read_DrgTwice_Throws()
    {
        const string text = "MS-DRG\tWeights\tGeometric mean LOS\tArithmetic mean LOS\n193\t1\t1\t1\n193\t2\t2\t2\n";

        var act = () => RelativeWeightTable.Read(new StringReader(text), "weights.txt");

        act.Should().Throw<DataFileException>().WithMessage("*193*twice*");
    }

    [Fact]
    public void Load_SyntheticFileInTheOfficialLayout_ReadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medcoding-table5-synthetic-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Synthetic);
        try
        {
            RelativeWeightTable.Load(path).WeightOf(871).Should().Be(1.9m);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingIt()
    {
        var act = () => RelativeWeightTable.Load("/nonexistent/table5.txt");

        act.Should().Throw<DataFileException>().Which.FilePath.Should().Be("/nonexistent/table5.txt");
    }
}
