using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Grouping;

namespace MedCoding.Data;

/// <summary>
/// Returns the MS-DRG grouper tables embedded in this package (v43.0 and v43.1, FY2026), compiled from CMS's reference
/// tables when the package was built, and a grouper over them.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and each version's tables are loaded from their embedded resource
/// the first time a discharge in force under it is grouped.
/// </para>
/// <para>Newer tables (v44) compiled with <c>medcoding data compile --system msdrg</c> are read with
/// <see cref="MsDrgDefinitions.FromFile(string)"/> and added with <see cref="ReleaseSchedule{T}.With(Release, T)"/>.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class MsDrgData
{
    private static readonly EmbeddedData s_data = new(typeof(MsDrgData).Assembly);

    /// <summary>Gets the shared schedule of the embedded versions, each loaded on first use.</summary>
    public static ReleaseSchedule<MsDrgDefinitions> Default => DefaultHolder.Instance;

    /// <summary>Gets the shared grouper over <see cref="Default"/>: the version in force on each case's discharge date groups it.</summary>
    public static MsDrgGrouper Grouper => DefaultHolder.Grouper;

    /// <summary>Gets the embedded versions, in date order, with the dates each is in force, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled file, e.g. <c>msdrg-43.1.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<MsDrgDefinitions> Instance =
            s_data.Schedule(CodeSystem.MsDrg, (stream, _) => MsDrgDefinitions.FromStream(stream));

        internal static readonly MsDrgGrouper Grouper = new(Instance);

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
