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
            info.Is(ModifierCategories.LevelI).Should().Be(modifier.Source == ModifierSource.Cpt, modifier.Code);
            info.Is(ModifierCategories.LevelII).Should().Be(modifier.Source == ModifierSource.HcpcsLevel2, modifier.Code);
            info.Is(ModifierCategories.Anatomic).Should().Be(modifier.Is(ModifierCategory.Anatomic), modifier.Code);
            info.Is(ModifierCategories.NcciAssociated).Should().Be(modifier.IsNcciAssociated, modifier.Code);
        }
    }

    [Theory]
    [InlineData("LT", ModifierCategories.LevelII | ModifierCategories.Anatomic | ModifierCategories.NcciAssociated | ModifierCategories.Left)]
    [InlineData("rt", ModifierCategories.LevelII | ModifierCategories.Anatomic | ModifierCategories.NcciAssociated | ModifierCategories.Right)]
    [InlineData("50", ModifierCategories.LevelI | ModifierCategories.Bilateral)]
    [InlineData("26", ModifierCategories.LevelI | ModifierCategories.ProfessionalComponent)]
    [InlineData("TC", ModifierCategories.LevelII | ModifierCategories.TechnicalComponent)]
    [InlineData("59", ModifierCategories.LevelI | ModifierCategories.NcciAssociated)]
    [InlineData("91", ModifierCategories.LevelI | ModifierCategories.NcciAssociated | ModifierCategories.Repeat)]
    [InlineData("XS", ModifierCategories.LevelII | ModifierCategories.NcciAssociated)]
    public void Find_ModifierWithARoleInTheEdits_HasItsCategories(string code, ModifierCategories expected) =>
        s_source.Find(code)!.Categories.Should().Be(expected);

    [Fact]
    public void Find_NotAModifier_IsNull()
    {
        s_source.Find("YY").Should().BeNull();
        s_source.Find("L").Should().BeNull();
    }

    [Fact]
    public void Policy_CategorisesAnyCodeWithoutAList()
    {
        ModifierCatalogSource.Policy.Find("XS")!.Categories.Should().Be(ModifierCategories.NcciAssociated);
        ModifierCatalogSource.Policy.Find("RT")!.Categories.Should().Be(ModifierCategories.Anatomic | ModifierCategories.NcciAssociated | ModifierCategories.Right);
        ModifierCatalogSource.Policy.Find("YY")!.Categories.Should().Be(ModifierCategories.None);
    }
}
