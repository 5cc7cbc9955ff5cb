using MedCoding.Testing;

namespace MedCoding.Grouping.Tests;

/// <summary>Loads the v43.0 and v43.1 tables once for every test class in the collection.</summary>
public sealed class MsDrgGrouperFixture
{
    public MsDrgGrouperFixture()
    {
        Folder = OfficialData.Path("msdrg", "v43");
        Grouper = MsDrgGrouper.Load(Folder);
    }

    public string Folder { get; }

    public MsDrgGrouper Grouper { get; }
}

[CollectionDefinition(Name)]
public sealed class MsDrgCollection : ICollectionFixture<MsDrgGrouperFixture>
{
    public const string Name = "MS-DRG tables";
}
