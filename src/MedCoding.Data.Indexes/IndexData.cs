using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Encoder;

namespace MedCoding.Data;

/// <summary>
/// Returns the coder's indexes embedded in this package, compiled from the official files when the package was built:
/// the ICD-10-CM Alphabetic Index (FY2017, the newest to be had), External Cause Index (FY2023), Table of Drugs and
/// Chemicals (FY2023, and the April 2025 update from CMS's CSV) and Neoplasm Table (FY2023), and the ICD-10-PCS Index (FY2025).
/// </summary>
/// <remarks>
/// <para>
/// Nothing is read until it is used: each schedule is created on first access (a nested holder class, as NodaTime's
/// <c>TzdbDateTimeZoneSource.Default</c>), and each index is loaded from its embedded resource the first time it is asked
/// for. <see cref="Diseases"/>, <see cref="ExternalCauses"/>, <see cref="Drugs"/>, <see cref="Neoplasms"/> and
/// <see cref="Procedures"/> are the newest of each kind.
/// </para>
/// <para>
/// An index is older than the code set in force more often than not (the Alphabetic Index is FY2017's): check each code
/// it gives against the release in force (<c>Icd10CmData</c>, <c>Icd10PcsData</c>). Newer files compiled with
/// <c>medcoding data compile --system icd10cm-index</c> (or <c>icd10cm-eindex</c>, <c>icd10cm-drug</c>,
/// <c>icd10cm-neoplasm</c>, <c>icd10pcs-index</c>) are read with <see cref="AlphabeticIndex.FromFile(string)"/>.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class IndexData
{
    private static readonly EmbeddedData s_data = new(typeof(IndexData).Assembly);

    /// <summary>Gets the newest embedded ICD-10-CM Alphabetic Index of diseases and injuries (FY2017), loading it on first use.</summary>
    public static AlphabeticIndex Diseases => Schedule(IndexKind.Diseases).Newest;

    /// <summary>Gets the newest embedded ICD-10-CM External Cause Index (FY2023), loading it on first use.</summary>
    public static AlphabeticIndex ExternalCauses => Schedule(IndexKind.ExternalCauses).Newest;

    /// <summary>Gets the newest embedded Table of Drugs and Chemicals (the April 2025 update), loading it on first use.</summary>
    public static AlphabeticIndex Drugs => Schedule(IndexKind.Drugs).Newest;

    /// <summary>Gets the newest embedded Neoplasm Table (FY2023), loading it on first use.</summary>
    public static AlphabeticIndex Neoplasms => Schedule(IndexKind.Neoplasms).Newest;

    /// <summary>Gets the newest embedded ICD-10-PCS Index (FY2025), loading it on first use.</summary>
    public static AlphabeticIndex Procedures => Schedule(IndexKind.Procedures).Newest;

    /// <summary>Gets the newest embedded index of each kind, in <see cref="IndexKind"/> order, loading each on first use.</summary>
    public static IReadOnlyList<AlphabeticIndex> All => [Diseases, ExternalCauses, Drugs, Neoplasms, Procedures];

    /// <summary>Gets every embedded index, in manifest order, with the dates its release is in force, without loading any.</summary>
    public static IReadOnlyList<Release> Releases => [.. s_data.Manifest.Entries.Select(e => e.Release).Where(r => r.System != CodeSystem.Icd10Cm)];

    /// <summary>
    /// Gets the search's words of the Tabular titles of every ICD-10-CM release <c>MedCoding.Data.Icd10Cm</c> embeds, cut
    /// when the package was built, each loaded on first use: give them to the search
    /// (<see cref="CodeSearchBuilder.UseTitleWords"/>) and it cuts no title when it starts. Each schedule release is the
    /// ICD-10-CM release the words belong to.
    /// </summary>
    public static ReleaseSchedule<TabularTitleWords> TitleWords => DefaultHolder.TitleWords;

    /// <summary>Returns the schedule of one kind of index: each embedded release of it, loaded on first use (the Table of Drugs: FY2023, then the April 2025 update).</summary>
    /// <param name="kind">The kind of index.</param>
    /// <returns>The shared schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static ReleaseSchedule<AlphabeticIndex> Schedule(IndexKind kind) => kind switch
    {
        IndexKind.Diseases => DefaultHolder.Diseases,
        IndexKind.ExternalCauses => DefaultHolder.ExternalCauses,
        IndexKind.Drugs => DefaultHolder.Drugs,
        IndexKind.Neoplasms => DefaultHolder.Neoplasms,
        IndexKind.Procedures => DefaultHolder.Procedures,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown index kind."),
    };

    /// <summary>Returns a stream over one embedded compiled file, e.g. <c>icd10cm-index-2017.mcd</c>.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static Stream OpenCompiledFile(string fileName) => s_data.Open(fileName);

    /// <summary>Returns the bytes of one embedded compiled file in place (<see cref="EmbeddedData.OpenMemory"/>): what the schedules read from.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The bytes, which stay as they are while the process runs.</returns>
    /// <exception cref="FileNotFoundException">No such file is embedded.</exception>
    public static ReadOnlyMemory<byte> OpenCompiledMemory(string fileName) => s_data.OpenMemory(fileName);

    private static class DefaultHolder
    {
        internal static readonly ReleaseSchedule<AlphabeticIndex> Diseases = Of(CodeSystem.Icd10CmIndex);
        internal static readonly ReleaseSchedule<AlphabeticIndex> ExternalCauses = Of(CodeSystem.Icd10CmExternalCauseIndex);
        internal static readonly ReleaseSchedule<AlphabeticIndex> Drugs = Of(CodeSystem.Icd10CmDrugTable);
        internal static readonly ReleaseSchedule<AlphabeticIndex> Neoplasms = Of(CodeSystem.Icd10CmNeoplasmTable);
        internal static readonly ReleaseSchedule<AlphabeticIndex> Procedures = Of(CodeSystem.Icd10PcsIndex);
        internal static readonly ReleaseSchedule<TabularTitleWords> TitleWords = s_data.ScheduleInPlace(CodeSystem.Icd10Cm, TabularTitleWords.FromMemory);

        // An explicit static constructor keeps the type from being marked beforefieldinit, so the schedules are created on first use.
        static DefaultHolder()
        {
        }

        // Read in place: the indexes and words keep referring to the resources' own memory, which the runtime maps and no reader copies.
        private static ReleaseSchedule<AlphabeticIndex> Of(CodeSystem system) => s_data.ScheduleInPlace(system, AlphabeticIndex.FromMemory);
    }
}
