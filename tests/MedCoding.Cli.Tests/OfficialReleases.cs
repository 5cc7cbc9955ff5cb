using System.Collections.Concurrent;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary>
/// Loads each official release folder once per test run for every command the tests run; any other
/// folder (missing, synthetic) is loaded by the command as usual, each time.
/// </summary>
public sealed class OfficialReleases
{
    private readonly ConcurrentDictionary<string, Lazy<Icd10CmRelease>> _loaded = new(StringComparer.Ordinal);

    public Icd10CmRelease LoadFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!full.StartsWith(OfficialData.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Icd10CmRelease.LoadFolder(full);
        }

        return _loaded.GetOrAdd(full, f => new Lazy<Icd10CmRelease>(() => Icd10CmRelease.LoadFolder(f))).Value;
    }
}

[CollectionDefinition(Name)]
public sealed class OfficialReleasesCollection : ICollectionFixture<OfficialReleases>
{
    public const string Name = "Official releases";
}
