namespace MedCoding.Icd10Pcs.Tests;

[Collection(PcsDataCollection.Name)]
public sealed class PcsCodeBuilderTests(PcsData data)
{
    [Fact]
    public void Options_EveryPathOfTheTree_EndsInExactlyTheCodesOfTheTables()
    {
        var tables = data.Tables2020;
        var built = new HashSet<string>(StringComparer.Ordinal);

        void Walk(string prefix)
        {
            var builder = tables.CreateBuilder();
            foreach (var c in prefix)
            {
                builder.Select(c);
            }

            if (builder.IsComplete)
            {
                built.Add(builder.Build().Code.Value);
                return;
            }

            builder.Options.Should().NotBeEmpty($"every offered value leads to a code, but {prefix} offers nothing");
            foreach (var option in builder.Options)
            {
                option.Axis.Should().Be(builder.NextAxis);
                Walk(prefix + option.Character);
            }
        }

        Walk(string.Empty);

        built.Should().HaveCount(77_559);
        built.SetEquals(tables.Codes.Select(c => c.Value)).Should().BeTrue();
    }

    [Fact]
    public void Options_AfterBodyPart_OfferOnlyTheApproachesOfRowsWithIt()
    {
        var builder = data.Tables2020.CreateBuilder().Select('0').Select('0').Select('1').Select('U');

        builder.NextAxis.Should().Be(PcsAxis.Approach);
        builder.Options.Select(o => $"{o.Character} {o.Label}").Should().Equal("0 Open", "3 Percutaneous", "4 Percutaneous Endoscopic");
    }

    [Fact]
    public void Select_InvalidCharacter_ThrowsListingTheOptions()
    {
        var builder = data.Tables2020.CreateBuilder().Select('0').Select('0').Select('1');

        var act = () => builder.Select('9');

        act.Should().Throw<ArgumentException>().WithMessage("'9' is not valid at position 4 after '001'; the options are 6 Cerebral Ventricle, U Spinal Canal.*");
    }

    [Fact]
    public void Build_Twice_Throws()
    {
        var builder = data.Tables2020.CreateBuilder();
        foreach (var c in "0016070")
        {
            builder.Select(c);
        }

        builder.Build().Description.Should().EndWith("Nasopharynx");
        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("Build() was already called*");
    }

    [Fact]
    public void Build_Incomplete_ThrowsNamingTheNextAxis()
    {
        var act = () => data.Tables2020.CreateBuilder().Select('0').Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("Only 1 of 7 characters are chosen (0); the next position is BodySystem.");
    }

    [Fact]
    public void Undo_LastChoice_RestoresThePreviousOptions()
    {
        var builder = data.Tables2020.CreateBuilder().Select('0').Select('0');
        var before = builder.Options.Select(o => o.Character).ToList();

        builder.Select('1').Undo();

        builder.Prefix.Should().Be("00");
        builder.Options.Select(o => o.Character).Should().Equal(before);
    }
}
