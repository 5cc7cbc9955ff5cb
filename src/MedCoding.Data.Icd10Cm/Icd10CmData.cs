using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
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
    private static readonly EmbeddedData s_data = new(typeof(Icd10CmData).Assembly);

    /// <summary>Gets the shared, read-only provider of the embedded releases; its <see cref="Icd10CmReleaseProvider.Newest"/> is FY2026.</summary>
    public static Icd10CmReleaseProvider Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded release (FY2026), loading it on first use.</summary>
    public static Icd10CmRelease Newest => Default.Newest;

    /// <summary>Gets the embedded releases, in date order, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Schedule.Value.Releases;

    private static Lazy<ReleaseSchedule<Icd10CmRelease>> Schedule { get; } =
        new(() => s_data.Schedule(CodeSystem.Icd10Cm, (stream, _) => Icd10CmRelease.FromStream(stream)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Returns a new provider holding the embedded releases, to which an application can add its own (next year's
    /// release, compiled with <c>medcoding data compile</c>). Releases already loaded by <see cref="Default"/> are shared.
    /// </summary>
    /// <returns>A provider of its own.</returns>
    public static Icd10CmReleaseProvider CreateProvider()
    {
        var provider = new Icd10CmReleaseProvider();
        var schedule = Schedule.Value;
        foreach (var entry in s_data.Manifest.For(CodeSystem.Icd10Cm))
        {
            // The release as published (the provider schedules it again); its content is the shared schedule's.
            provider.Add(entry.Release, () => schedule.Load(entry.Release));
        }

        return provider;
    }

    /// <summary>Returns a stream over one embedded compiled release file, e.g. <c>icd10cm-2026.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly Icd10CmReleaseProvider Instance = CreateProvider().Freeze();

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the provider is created on first use.
        static DefaultHolder()
        {
        }
    }
}
