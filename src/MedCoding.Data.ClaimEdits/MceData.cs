using MedCoding.ClaimEdits.Mce;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Data;

/// <summary>
/// Returns the Medicare Code Editor (MCE) tables embedded in this package (MCE 43.1, in force for FY2026: 2025-10-01 to
/// 2026-09-30), compiled from the official tables (<c>msdrg/v43/mce</c>) when the package was built, as a
/// <see cref="ReleaseSchedule{T}"/>.
/// </summary>
/// <remarks>
/// <para>Nothing is read until it is used: <see cref="Default"/> is created on first access (a nested holder class), and each
/// release is loaded from its embedded resource the first time it is asked for.</para>
/// <para>For the claim editor: <c>new ClaimEditData { Mce = MceData.Default }</c>; the v37 lists of FY2020 can be
/// added beside it (<c>MceData.Default.With(v37.Release, v37.ToRelease())</c>). A date outside every release is a date the MCE edits cannot
/// check: they report <c>DATA_UNAVAILABLE</c>.</para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class MceData
{
    private static readonly EmbeddedData s_data = new(typeof(MceData).Assembly);

    /// <summary>Gets the embedded MCE releases by date; each is loaded on first use.</summary>
    public static ReleaseSchedule<MceRelease> Default => DefaultHolder.Instance;

    /// <summary>Gets the newest embedded release (MCE 43.1), loading it on first use.</summary>
    public static MceRelease Newest => Default.Newest;

    /// <summary>Gets the embedded releases, oldest first, without loading them.</summary>
    public static IReadOnlyList<Release> Releases => Default.Releases;

    /// <summary>Returns a stream over one embedded compiled file, e.g. <c>mce-43.1.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<MceRelease> Instance =
            s_data.Schedule(CodeSystem.MedicareCodeEditor, (stream, _) => MceRelease.FromStream(stream));

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedule is created on first use.
        static DefaultHolder()
        {
        }
    }
}
