using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Icd10Pcs;

namespace MedCoding.Data;

/// <summary>
/// Returns the official ICD-10-PCS releases embedded in this package (FY2025 and FY2026, each from its order file,
/// Tables XML and Definitions XML), compiled from the CMS files when the package was built.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and each release is loaded from its embedded resource the
/// first time it is asked for.
/// </para>
/// <para>Data refreshes ship as patch releases of this package. To use newer files without upgrading, compile them
/// with <c>medcoding data compile --system icd10pcs</c>, read them with <see cref="PcsRelease.FromFile(string)"/> or
/// <see cref="PcsRelease.FromStream(Stream)"/>, and add them to the schedule with
/// <see cref="ReleaseSchedule{T}.With(Release, T)"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// var fy2026 = Icd10PcsData.Default.GetInForceOn(new DateOnly(2025, 11, 3));
/// var decoded = fy2026.Decode(PcsCode.Parse("0DT70ZZ"));   // seven labels, and the definitions of Resection and Open
/// </code>
/// </example>
/// <threadsafety>Thread-safe.</threadsafety>
public static class Icd10PcsData
{
    private static readonly EmbeddedData s_data = new(typeof(Icd10PcsData).Assembly);

    /// <summary>
    /// Gets the shared schedule of the embedded releases: FY2025 in force from 2024-10-01 to 2025-09-30, FY2026 from
    /// 2025-10-01 to 2026-09-30. A date outside them has no release (<see cref="NoReleaseInForceException"/>).
    /// </summary>
    public static ReleaseSchedule<PcsRelease> Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded release (FY2026), loading it on first use.</summary>
    public static PcsRelease Newest => Default.Newest;

    /// <summary>Gets the embedded releases, in date order, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled release file, e.g. <c>icd10pcs-2026.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<PcsRelease> Instance = s_data.Schedule(CodeSystem.Icd10Pcs, (stream, _) => PcsRelease.FromStream(stream));

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
