using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>The shared locator of ../shared/data: a missing file fails loudly, never skips.</summary>
public sealed class OfficialDataTests
{
    [Fact]
    public void Path_MissingFile_FailsWithWhereItLookedAndWhatToDo()
    {
        var act = () => OfficialData.Path("icd10cm", "1999", "icd10cm_order_1999.txt");

        act.Should().Throw<FileNotFoundException>().WithMessage(
            $"The official data file '{Path.Combine(OfficialData.Root, "icd10cm", "1999", "icd10cm_order_1999.txt")}' is missing.*../shared/data*MEDCODING_DATA*");
    }

    [Fact]
    public void Root_HoldsTheIcd10CmReleases()
    {
        Directory.Exists(Path.Combine(OfficialData.Root, "icd10cm", "2021")).Should().BeTrue();
        File.Exists(Path.Combine(OfficialData.Root, "README.md")).Should().BeTrue();
    }
}
