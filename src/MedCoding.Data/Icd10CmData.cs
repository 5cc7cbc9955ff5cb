using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.Data;

/// <summary>
/// Returns the official ICD-10-CM releases embedded in this package (FY2021 with its Tabular List, FY2025,
/// the April 2025 update and FY2026), compiled from the CMS/CDC files when the package was built.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and each release is loaded from its embedded resource the
/// first time it is asked for.
/// </para>
/// <para>Data refreshes ship as patch releases of this package. To use newer files without upgrading, compile them
/// with <c>medcoding data compile</c> and add them with <see cref="Icd10CmReleaseProvider.Add(Icd10CmRelease)"/> to a
/// provider from <see cref="CreateProvider"/>.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class Icd10CmData
{
    private const string ResourcePrefix = "MedCoding.Data.";
    private const string ManifestName = ResourcePrefix + "releases.txt";

    /// <summary>Gets the shared, read-only provider of the embedded releases; its <see cref="Icd10CmReleaseProvider.Newest"/> is FY2026.</summary>
    public static Icd10CmReleaseProvider Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded release (FY2026), loading it on first use.</summary>
    public static Icd10CmRelease Newest => Default.Newest;

    /// <summary>Gets the embedded releases, in date order, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Manifest.Value.Select(m => m.Release).ToArray();

    private static Lazy<IReadOnlyList<ManifestEntry>> Manifest { get; } = new(ReadManifest);

    /// <summary>
    /// Returns a new provider holding the embedded releases, to which an application can add its own (next year's
    /// release, compiled with <c>medcoding data compile</c>). Releases already loaded by <see cref="Default"/> are shared.
    /// </summary>
    /// <returns>A provider of its own.</returns>
    public static Icd10CmReleaseProvider CreateProvider()
    {
        var provider = new Icd10CmReleaseProvider();
        foreach (var entry in Manifest.Value)
        {
            provider.Add(entry.Release, () => entry.Loaded.Value);
        }

        return provider;
    }

    /// <summary>Returns a stream over one embedded compiled release file, e.g. <c>icd10cm-2026.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return typeof(Icd10CmData).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new FileNotFoundException($"MedCoding.Data embeds no compiled file '{fileName}'; it embeds {string.Join(", ", Manifest.Value.Select(m => m.FileName))}.", fileName);
    }

    private static List<ManifestEntry> ReadManifest()
    {
        using var stream = typeof(Icd10CmData).Assembly.GetManifestResourceStream(ManifestName)
            ?? throw new InvalidOperationException($"The MedCoding.Data assembly lacks its resource {ManifestName}: it was built without its data.");
        using var reader = new StreamReader(stream);
        var entries = new List<ManifestEntry>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            // file <TAB> version <TAB> from <TAB> through <TAB> name, as MedCoding.Data.Compiler writes it.
            var parts = line.Split('\t');
            var release = new Release(
                CodeSystem.Icd10Cm,
                parts[1],
                DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateOnly.ParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                parts[4]);
            entries.Add(new ManifestEntry(parts[0], release));
        }

        entries.Sort((a, b) => a.Release.EffectiveFrom.CompareTo(b.Release.EffectiveFrom));
        return entries;
    }

    private sealed class ManifestEntry(string fileName, Release release)
    {
        public string FileName { get; } = fileName;

        public Release Release { get; } = release;

        public Lazy<Icd10CmRelease> Loaded { get; } = new(() =>
        {
            using var stream = OpenCompiledFile(fileName);
            return Icd10CmRelease.FromStream(stream);
        });
    }

    private static class DefaultHolder
    {
        internal static readonly Icd10CmReleaseProvider Instance = CreateProvider().Freeze();

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the provider is created on first use.
        static DefaultHolder()
        {
        }
    }
}
