using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests;

public sealed class Icd10CmFilesTests
{
    [Theory]
    [InlineData("2021", "icd10cm-order-Jan-2021.txt", "icd10cm_tabular_2021.xml", 2021, 1)]
    [InlineData("2025", "icd10cm_order_2025.txt", null, 2025, null)]        // beside icd10cm_order_addenda_2025.txt
    [InlineData("2025-04", "icd10cm-order-April-2025.txt", null, 2025, 4)] // beside icd10cm-order-addenda-April-2025.txt
    [InlineData("2026", "icd10cm_order_2026.txt", null, 2026, null)]        // beside icd10cm_order_addenda_2026.txt
    public void Find_OfficialFolder_TakesTheOrderFileNotTheAddenda(string folder, string orderFile, string? tabular, int year, int? month)
    {
        var files = Icd10CmFiles.Find(OfficialData.Path("icd10cm", folder));

        Path.GetFileName(files.OrderFilePath).Should().Be(orderFile);
        (files.TabularListPath is null ? null : Path.GetFileName(files.TabularListPath)).Should().Be(tabular);
        files.Year.Should().Be(year);
        files.Month.Should().Be(month);
    }

    [Theory]
    [InlineData("icd10cm_order_2026.txt", true)]
    [InlineData("icd10cm-order-April-2025.txt", true)]
    [InlineData("icd10cm-order-Jan-2021.txt", true)]
    [InlineData("ICD10CM_ORDER_2026.TXT", true)]                 // case does not matter
    [InlineData("icd10cm_order_addenda_2026.txt", false)]        // the addenda list changes, not codes
    [InlineData("icd10cm-order-addenda-April-2025.txt", false)]
    [InlineData("icd10cm_order_Addenda_2025.txt", false)]
    [InlineData("icd10cm_codes_2026.txt", false)]                // the codes file has another layout
    [InlineData("icd10cm-codes-addenda-April-2025.txt", false)]
    [InlineData("icd10pcs_order_2026.txt", false)]               // ICD-10-PCS, not ICD-10-CM
    [InlineData("icd10cm_order_2026.txt.bak", false)]
    public void IsOrderFileName_Name_TellsOrderFilesFromOthers(string fileName, bool expected)
    {
        Icd10CmFiles.IsOrderFileName(fileName).Should().Be(expected);
    }

    [Fact]
    public void Find_SyntheticFolderWithOnlyAddenda_Throws()
    {
        using var files = new SyntheticFiles();
        files.Write("icd10cm_order_addenda_2099.txt", "synthetic");
        files.Write("icd10cm-order-addenda-April-2099.txt", "synthetic");

        var act = () => Icd10CmFiles.Find(files.Folder);

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e =>
            e.FilePath == files.Folder && e.LineNumber == null && e.Problem.StartsWith("No ICD-10-CM order file here.", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_SyntheticFolderWithTwoOrderFiles_Throws()
    {
        using var files = new SyntheticFiles();
        files.Write("icd10cm_order_2098.txt", "synthetic");
        files.Write("icd10cm_order_2099.txt", "synthetic");

        var act = () => Icd10CmFiles.Find(files.Folder);

        act.Should().Throw<DataFileException>().Which.Problem.Should().StartWith("More than one ICD-10-CM order file here (icd10cm_order_2098.txt, icd10cm_order_2099.txt)");
    }

    [Fact]
    public void Find_MissingFolder_Throws()
    {
        var folder = Path.Combine(Path.GetTempPath(), "medcoding-no-such-folder");

        var act = () => Icd10CmFiles.Find(folder);

        act.Should().Throw<DataFileException>().Which.Message.Should().Be($"{folder}: The data folder does not exist.");
    }

    [Fact]
    public void Find_SyntheticMonthThatIsNotAMonth_Throws()
    {
        using var files = new SyntheticFiles();
        var path = files.Write("icd10cm-order-Foo-2099.txt", "synthetic");

        var act = () => Icd10CmFiles.Find(files.Folder);

        act.Should().Throw<DataFileException>().Which.Should().Match<DataFileException>(e => e.FilePath == path && e.Problem == "'Foo' in the file name is not a month.");
    }
}
