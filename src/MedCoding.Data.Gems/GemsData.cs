using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Gems;

namespace MedCoding.Data;

/// <summary>
/// Returns the ICD-9-CM/ICD-10-CM diagnosis General Equivalence Mappings embedded in this package (CMS's final GEMs,
/// 2018, both directions with every flag), compiled from the official files when the package was built.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and the GEMs are loaded from their embedded resource the first time
/// they are asked for.
/// </para>
/// <para>
/// A crosswalk is consulted without a date of service (converting historical ICD-9-CM data, comparing code sets), so
/// callers normally take <see cref="Newest"/> (<c>GemsData.Default.Newest</c>). The schedule still carries the dates CMS
/// published each release for (the 2018 GEMs: FY2018, 2017-10-01 to 2018-09-30), and answers by date like every other
/// system's. Newer files compiled with <c>medcoding data compile --system gems</c> are read with
/// <see cref="DiagnosisGems.FromFile(string)"/> and added with <see cref="ReleaseSchedule{T}.With(Release, T)"/>.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class GemsData
{
    private static readonly EmbeddedData s_data = new(typeof(GemsData).Assembly);

    /// <summary>Gets the shared schedule of the embedded GEMs, each loaded on first use; its <see cref="ReleaseSchedule{T}.Newest"/> is the 2018 GEMs.</summary>
    public static ReleaseSchedule<DiagnosisGems> Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded GEMs (2018, CMS's final), loading them on first use.</summary>
    public static DiagnosisGems Newest => Default.Newest;

    /// <summary>Gets the embedded releases, in date order, with the dates each is in force, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled file, e.g. <c>gems-2018.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<DiagnosisGems> Instance =
            s_data.Schedule(CodeSystem.DiagnosisGems, (stream, _) => DiagnosisGems.FromStream(stream));

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
