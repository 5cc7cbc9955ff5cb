using System.Xml.Linq;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// The official ICD-10-CM releases, each loaded at most once per test run and shared by every test
/// class of the <see cref="OfficialReleasesCollection"/>. Each value is loaded on first use, so a
/// test that needs only FY2026 does not pay for the 2021 Tabular List.
/// </summary>
public sealed class OfficialReleases
{
    private readonly Lazy<Icd10CmRelease> _fy2021 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2021")));
    private readonly Lazy<Icd10CmRelease> _fy2021OrderOnly = new(() => Icd10CmRelease.LoadOrderFile(
        OfficialData.Path("icd10cm", "2021", "icd10cm-order-Jan-2021.txt"), CodeSets.Release.ForFiscalYear(CodeSystem.Icd10Cm, 2021)));
    private readonly Lazy<Icd10CmRelease> _fy2025 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2025")));
    private readonly Lazy<Icd10CmRelease> _april2025 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2025-04")));
    private readonly Lazy<Icd10CmRelease> _fy2026 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2026")));
    private readonly Dictionary<string, Lazy<RawOrderFile>> _orderFiles = new(StringComparer.Ordinal)
    {
        ["2021"] = new(() => RawOrderFile.Read(OfficialData.Path("icd10cm", "2021", "icd10cm-order-Jan-2021.txt"))),
        ["2025"] = new(() => RawOrderFile.Read(OfficialData.Path("icd10cm", "2025", "icd10cm_order_2025.txt"))),
        ["2025-04"] = new(() => RawOrderFile.Read(OfficialData.Path("icd10cm", "2025-04", "icd10cm-order-April-2025.txt"))),
        ["2026"] = new(() => RawOrderFile.Read(OfficialData.Path("icd10cm", "2026", "icd10cm_order_2026.txt"))),
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _computed = new(StringComparer.Ordinal);

    private readonly Lazy<XDocument> _tabular2021 = new(() =>
        XDocument.Load(OfficialData.Path("icd10cm", "2021", "icd10cm_tabular_2021.xml"), LoadOptions.SetLineInfo));

    /// <summary>The release folders under <c>icd10cm/</c> that hold an order file.</summary>
    public static TheoryData<string> Folders => new() { "2021", "2025", "2025-04", "2026" };

    /// <summary>The release folders without a Tabular List XML.</summary>
    public static TheoryData<string> OrderOnlyFolders => new() { "2025", "2025-04", "2026" };

    /// <summary>FY2021 (January 2021 order file) with its Tabular List.</summary>
    public Icd10CmRelease Fy2021 => _fy2021.Value;

    /// <summary>FY2021 built from its order file alone, to compare with the Tabular build.</summary>
    public Icd10CmRelease Fy2021OrderOnly => _fy2021OrderOnly.Value;

    /// <summary>The 2021 Tabular List XML, read independently of the SDK's reader.</summary>
    public XDocument Tabular2021 => _tabular2021.Value;

    /// <summary>Returns the release loaded from a folder under <c>icd10cm/</c>.</summary>
    public Icd10CmRelease Release(string folder) => folder switch
    {
        "2021" => _fy2021.Value,
        "2025" => _fy2025.Value,
        "2025-04" => _april2025.Value,
        "2026" => _fy2026.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "No such release folder in the tests."),
    };

    /// <summary>Returns the order file of a release folder, read line by line by the test's own parser.</summary>
    public RawOrderFile OrderFile(string folder) => _orderFiles[folder].Value;

    /// <summary>Returns a value computed once per test run from the official data (an expected tree, say).</summary>
    public T Computed<T>(string key, Func<T> compute)
        where T : class => (T)_computed.GetOrAdd(key, _ => new Lazy<object>(compute)).Value;
}

/// <summary>Every test class that reads the official releases belongs here, so each is loaded once.</summary>
[CollectionDefinition(Name)]
public sealed class OfficialReleasesCollection : ICollectionFixture<OfficialReleases>
{
    public const string Name = "Official releases";
}
