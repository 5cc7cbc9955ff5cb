using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Tests;

public sealed class CodeLookupsTests
{
    [Fact]
    public void Find_PcsAndHcpcsFoldersConfigured_FindsEachSystem()
    {
        using var provider = new ServiceCollection()
            .AddMedCoding(o =>
            {
                o.UseEmbeddedData = true;
                o.Icd10PcsFolders.Add(OfficialData.Path("icd10pcs", "2026"));
                o.HcpcsFolders.Add(OfficialData.Path("hcpcs", "2019"));
            })
            .Services.BuildServiceProvider();
        var lookups = provider.GetRequiredService<CodeLookups>();

        lookups.Systems.Should().Equal(CodeSystem.Icd10Cm, CodeSystem.Icd10Pcs, CodeSystem.HcpcsLevel2);
        lookups.Find(CodeSystem.Icd10Cm)!.Find("E11.65").Should().NotBeNull();
        lookups.Find(CodeSystem.Icd10Cm, new DateOnly(2019, 1, 1)).Should().BeNull("no embedded release is in force in FY2019");
        lookups.Find(CodeSystem.Icd10Pcs)!.Find("0016070").Should().NotBeNull();
        lookups.Find(CodeSystem.HcpcsLevel2)!.Find("A0021").Should().NotBeNull();
        lookups.Find(CodeSystem.Cpt).Should().BeNull();
    }

    [Fact]
    public void Find_Icd10CmByDate_ReturnsReleaseInForce()
    {
        var lookups = new CodeLookups(Icd10CmData.Default);

        lookups.Systems.Should().Equal(CodeSystem.Icd10Cm);
        lookups.Find(CodeSystem.Icd10Cm)!.Release.Version.Should().Be("2026");
        lookups.Find(CodeSystem.Icd10Cm, new DateOnly(2025, 4, 1))!.Release.Version.Should().Be("2025-04"); // first day of the April update
        lookups.Find(CodeSystem.Icd10Cm, new DateOnly(2025, 3, 31))!.Release.Version.Should().Be("2025"); // last day of FY2025 as scheduled
        lookups.Find(CodeSystem.Icd10Pcs).Should().BeNull();
        lookups.Icd10Pcs.Count.Should().Be(0);
        lookups.HcpcsLevel2.Count.Should().Be(0);
    }

    [Fact]
    public void Constructor_NullProvider_Throws()
    {
        var act = () => new CodeLookups(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("icd10Cm");
    }
}
