using MedCoding.ClaimEdits.Sources;
using MedCoding.Hcpcs.Modifiers;

namespace MedCoding.ClaimEdits.Tests.Sources;

public sealed class ModifierCatalogSourceTests
{
    private static readonly ModifierCatalogSource s_source = (ModifierCatalogSource)TestData.Data.Modifiers!;

    [Fact]
    public void Find_EveryModifierOfTheCatalogue_MapsItsSourceAndCategories()
    {
        s_source.Catalog.All.Should().Contain(m => m.Source == ModifierSource.HcpcsLevel2);
        foreach (var modifier in s_source.Catalog.All)
        {
            var info = s_source.Find(modifier.Code)!;
            info.Code.Should().Be(modifier.Code);
            info.Source.Should().Be(modifier.Source, modifier.Code);
            info.Categories.Should().Be(modifier.Categories, modifier.Code);
            info.Is(ModifierCategory.Anatomic).Should().Be(modifier.Is(ModifierCategory.Anatomic), modifier.Code);
            info.Is(ModifierCategory.NcciAssociated).Should().Be(modifier.IsNcciAssociated, modifier.Code);
        }
    }

    [Theory]
    [InlineData("LT", ModifierSource.HcpcsLevel2, ModifierCategory.Anatomic | ModifierCategory.NcciAssociated | ModifierCategory.Left)]
    [InlineData("rt", ModifierSource.HcpcsLevel2, ModifierCategory.Anatomic | ModifierCategory.NcciAssociated | ModifierCategory.Right)] // any case
    [InlineData("50", ModifierSource.Cpt, ModifierCategory.Pricing | ModifierCategory.Bilateral)]
    [InlineData("26", ModifierSource.Cpt, ModifierCategory.Pricing | ModifierCategory.ProfessionalComponent)]
    [InlineData("TC", ModifierSource.HcpcsLevel2, ModifierCategory.Pricing | ModifierCategory.TechnicalComponent)]
    [InlineData("59", ModifierSource.Cpt, ModifierCategory.NcciAssociated)]
    [InlineData("91", ModifierSource.Cpt, ModifierCategory.NcciAssociated | ModifierCategory.Repeat)]
    [InlineData("XS", ModifierSource.HcpcsLevel2, ModifierCategory.NcciAssociated)]
    public void Find_ModifierWithARoleInTheEdits_HasItsSourceAndCategories(string code, ModifierSource source, ModifierCategory expected)
    {
        var info = s_source.Find(code)!;

        info.Source.Should().Be(source);
        info.Categories.Should().Be(expected);
    }

    [Fact]
    public void Find_NotAModifier_IsNull()
    {
        s_source.Find("YY").Should().BeNull();
        s_source.Find("L").Should().BeNull();
    }

    [Fact]
    public void Policy_CategorisesAnyCodeWithoutAList()
    {
        ModifierCatalogSource.Policy.Find("XS")!.Categories.Should().Be(ModifierCategory.NcciAssociated);
        ModifierCatalogSource.Policy.Find("RT")!.Categories.Should().Be(ModifierCategory.Anatomic | ModifierCategory.NcciAssociated | ModifierCategory.Right);
        ModifierCatalogSource.Policy.Find("YY")!.Should().Be(new ModifierInfo("YY", ModifierCategory.None));
    }
}
