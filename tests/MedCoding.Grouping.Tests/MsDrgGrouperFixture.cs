using MedCoding.Testing;

namespace MedCoding.Grouping.Tests;

/// <summary>
/// Reads the v43.0 and v43.1 tables once for every test class in the collection: from CMS's TSV files, and from the
/// compiled bytes written from them, with a grouper over each.
/// </summary>
public sealed class MsDrgGrouperFixture
{
    public MsDrgGrouperFixture()
    {
        Folder = OfficialData.Path("msdrg", "v43");
        var v430 = Task.Run(() => MsDrgDefinitions.Load(Path.Combine(Folder, "v430")));
        V431 = MsDrgDefinitions.Load(Path.Combine(Folder, "v431"));
        V430 = v430.GetAwaiter().GetResult();
        Grouper = MsDrgGrouper.Of(V430, V431);

        CompiledV430Bytes = Compile(V430);
        CompiledV431Bytes = Compile(V431);
        CompiledV430 = MsDrgDefinitions.FromStream(new MemoryStream(CompiledV430Bytes));
        CompiledV431 = MsDrgDefinitions.FromStream(new MemoryStream(CompiledV431Bytes));
        CompiledGrouper = MsDrgGrouper.Of(CompiledV430, CompiledV431);
    }

    public string Folder { get; }

    /// <summary>Gets the v43.0 tables read from the TSV files.</summary>
    public MsDrgDefinitions V430 { get; }

    /// <summary>Gets the v43.1 tables read from the TSV files.</summary>
    public MsDrgDefinitions V431 { get; }

    /// <summary>Gets a grouper over the tables read from the TSV files.</summary>
    public MsDrgGrouper Grouper { get; }

    public byte[] CompiledV430Bytes { get; }

    public byte[] CompiledV431Bytes { get; }

    public MsDrgDefinitions CompiledV430 { get; }

    public MsDrgDefinitions CompiledV431 { get; }

    /// <summary>Gets a grouper over the tables read back from the compiled bytes.</summary>
    public MsDrgGrouper CompiledGrouper { get; }

    /// <summary>Returns the TSV tables of a version, <c>43.0</c> or <c>43.1</c>.</summary>
    public MsDrgDefinitions Tables(string version) => version == "43.0" ? V430 : V431;

    /// <summary>Returns the grouper over the TSV tables, or over the compiled ones.</summary>
    public MsDrgGrouper GrouperOver(string tables) => tables == "compiled" ? CompiledGrouper : Grouper;

    private static byte[] Compile(MsDrgDefinitions definitions)
    {
        var stream = new MemoryStream();
        definitions.WriteTo(stream);
        return stream.ToArray();
    }
}

[CollectionDefinition(Name)]
public sealed class MsDrgCollection : ICollectionFixture<MsDrgGrouperFixture>
{
    public const string Name = "MS-DRG tables";
}
