using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Hcpcs;

namespace MedCoding.Data;

/// <summary>
/// Returns the official HCPCS Level II releases embedded in this package (CY2019: every code and Level II modifier with
/// every field of the record layout), compiled from the CMS alpha-numeric file when the package was built.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and each release is loaded from its embedded resource the first
/// time it is asked for. The Level II modifiers are in the release: <c>ModifierCatalog.Create(HcpcsData.Newest)</c>.
/// </para>
/// <para>
/// HCPCS Level II is updated quarterly; the annual file is in force for its calendar year (2019-01-01 to 2019-12-31)
/// unless a later release in the schedule starts sooner. To use newer files without upgrading, compile them with
/// <c>medcoding data compile --system hcpcs</c>, read them with <see cref="HcpcsLevel2Release.FromFile(string)"/> and add
/// them with <see cref="ReleaseSchedule{T}.With(Release, T)"/>, which returns a new schedule.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class HcpcsData
{
    private static readonly EmbeddedData s_data = new(typeof(HcpcsData).Assembly);

    /// <summary>Gets the shared schedule of the embedded releases, each loaded on first use; its <see cref="ReleaseSchedule{T}.Newest"/> is CY2019.</summary>
    public static ReleaseSchedule<HcpcsLevel2Release> Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded release (CY2019), loading it on first use.</summary>
    public static HcpcsLevel2Release Newest => Default.Newest;

    /// <summary>Gets the embedded releases, in date order, with the dates each is in force, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled release file, e.g. <c>hcpcs-2019.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<HcpcsLevel2Release> Instance =
            s_data.Schedule(CodeSystem.HcpcsLevel2, (stream, _) => HcpcsLevel2Release.FromStream(stream));

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
