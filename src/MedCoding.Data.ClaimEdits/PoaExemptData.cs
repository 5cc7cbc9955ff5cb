using MedCoding.ClaimEdits.Poa;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Data;

/// <summary>
/// Returns CMS's POA-exempt lists embedded in this package (FY2025 and FY2026), compiled from the official
/// <c>POAexemptCodesFYnn.txt</c> files when the package was built, as a <see cref="ReleaseSchedule{T}"/>: the list in
/// force on a date is that fiscal year's.
/// </summary>
/// <remarks>
/// <para>Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class, as
/// NodaTime's <c>TzdbDateTimeZoneSource.Default</c>), and each list is loaded from its embedded resource the first time it
/// is asked for.</para>
/// <para>For the claim editor: <c>new ClaimEditData { PoaExempt = new PoaExemptLists(PoaExemptData.Default) }</c>. To add next
/// year's list without upgrading, compile it with <c>medcoding data compile --system poa-exempt</c>, read it with
/// <see cref="PoaExemptList.FromFile"/> and add it with <see cref="ReleaseSchedule{T}.With(Release, T)"/>.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class PoaExemptData
{
    private static readonly EmbeddedData s_data = new(typeof(PoaExemptData).Assembly);

    /// <summary>Gets the embedded lists by fiscal year; each is loaded on first use.</summary>
    public static ReleaseSchedule<PoaExemptList> Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded list (FY2026), loading it on first use.</summary>
    public static PoaExemptList Newest => Default.Newest;

    /// <summary>Gets the embedded lists' releases, oldest first, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled file, e.g. <c>poa-exempt-2026.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<PoaExemptList> Instance =
            s_data.Schedule(CodeSystem.PoaExemptList, (stream, _) => PoaExemptList.FromStream(stream));

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
