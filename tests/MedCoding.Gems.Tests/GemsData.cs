using MedCoding.Testing;

namespace MedCoding.Gems.Tests;

/// <summary>Loads the official GEM files once per test run.</summary>
public sealed class GemsData
{
    private readonly Lazy<DiagnosisGems> _gems = new(() => DiagnosisGems.LoadFolder(OfficialData.Path("gems", "2018")));

    public DiagnosisGems Gems2018 => _gems.Value;

    public static string[] Lines(string file) => File.ReadAllLines(OfficialData.Path("gems", "2018", file));
}

[CollectionDefinition(Name)]
public sealed class GemsDataCollection : ICollectionFixture<GemsData>
{
    public const string Name = "GEMs official data";
}
