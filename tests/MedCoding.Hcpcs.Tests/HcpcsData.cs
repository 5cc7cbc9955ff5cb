using MedCoding.Testing;

namespace MedCoding.Hcpcs.Tests;

/// <summary>Loads the official HCPCS file once per test run.</summary>
public sealed class HcpcsData
{
    private readonly Lazy<HcpcsLevel2Release> _release = new(() => HcpcsLevel2Release.LoadFolder(OfficialData.Path("hcpcs", "2019")));
    private readonly Lazy<string[]> _lines = new(() => File.ReadAllLines(OfficialData.Path("hcpcs", "2019", "HCPC2019_CONTR_ANWEB.txt"), System.Text.Encoding.Latin1));

    public HcpcsLevel2Release Release2019 => _release.Value;

    /// <summary>Gets the file's raw lines, to check the loader against.</summary>
    public string[] Lines => _lines.Value;
}

[CollectionDefinition(Name)]
public sealed class HcpcsDataCollection : ICollectionFixture<HcpcsData>
{
    public const string Name = "HCPCS official data";
}
