using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.Hcpcs.Tests;

[Collection(HcpcsDataCollection.Name)]
public sealed class ModifierCatalogTests(HcpcsData data)
{
    [Fact]
    public void Create_2019_HoldsEveryLevel2ModifierOfTheFileAndTheCptModifiers()
    {
        var catalog = ModifierCatalog.Create(data.Release2019);

        catalog.All.Count(m => m.Source == ModifierSource.HcpcsLevel2).Should().Be(360);
        catalog.All.Count(m => m.Source == ModifierSource.Cpt).Should().Be(39);
        foreach (var record in data.Release2019.Modifiers)
        {
            var modifier = catalog.Find(record.Code)!;
            modifier.Record.Should().BeSameAs(record);
            modifier.Label.Should().Be(record.LongDescription);
        }
    }

    [Theory]
    [InlineData("59", ModifierSource.Cpt, ModifierCategory.NcciAssociated)] // distinct procedural service
    [InlineData("25", ModifierSource.Cpt, ModifierCategory.NcciAssociated | ModifierCategory.GlobalSurgery)] // separate E/M
    [InlineData("91", ModifierSource.Cpt, ModifierCategory.NcciAssociated | ModifierCategory.Repeat)] // repeat lab test
    [InlineData("26", ModifierSource.Cpt, ModifierCategory.Pricing | ModifierCategory.ProfessionalComponent)] // professional component
    [InlineData("XS", ModifierSource.HcpcsLevel2, ModifierCategory.NcciAssociated)] // X{EPSU}
    [InlineData("XU", ModifierSource.HcpcsLevel2, ModifierCategory.NcciAssociated)] // X{EPSU}
    [InlineData("LT", ModifierSource.HcpcsLevel2, ModifierCategory.Anatomic | ModifierCategory.NcciAssociated | ModifierCategory.Left)] // laterality
    [InlineData("TC", ModifierSource.HcpcsLevel2, ModifierCategory.Pricing | ModifierCategory.TechnicalComponent)] // technical component
    [InlineData("GA", ModifierSource.HcpcsLevel2, ModifierCategory.None)] // informational (ABN on file)
    public void Find_KnownModifiers_HaveTheirCategories(string code, ModifierSource source, ModifierCategory categories)
    {
        var modifier = ModifierCatalog.Create(data.Release2019).Find(code.ToLowerInvariant())!;

        modifier.Source.Should().Be(source);
        modifier.Categories.Should().Be(categories);
    }

    [Fact]
    public void Find_AnatomicFamilies_AreAllInTheFileAndAnatomic()
    {
        var catalog = ModifierCatalog.Create(data.Release2019);
        string[] codes = ["E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "LC", "LD", "LM", "RC", "RI"];

        foreach (var code in codes)
        {
            var modifier = catalog.Find(code);
            modifier.Should().NotBeNull(code);
            modifier!.Source.Should().Be(ModifierSource.HcpcsLevel2);
            modifier.Is(ModifierCategory.Anatomic).Should().BeTrue(code);
            modifier.IsNcciAssociated.Should().BeTrue(code);
        }
    }

    [Fact]
    public void CptOnly_NoHcpcsFile_KnowsCptModifiersOnly()
    {
        ModifierCatalog.CptOnly.Find("59")!.Label.Should().Be("Separate, independent service");
        ModifierCatalog.CptOnly.Find("LT").Should().BeNull();
        ModifierCatalog.Categorize("LT").Should().Be(ModifierCategory.Anatomic | ModifierCategory.NcciAssociated | ModifierCategory.Left);
    }
}
