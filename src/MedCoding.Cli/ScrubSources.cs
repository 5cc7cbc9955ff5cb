namespace MedCoding.Cli;

/// <summary>The data options of <c>medcoding scrub</c>, as given on the command line.</summary>
/// <param name="DataFolders">The <c>--data</c> folders.</param>
/// <param name="PcsFolders">The <c>--pcs</c> ICD-10-PCS release folders.</param>
/// <param name="HcpcsFolders">The <c>--hcpcs</c> HCPCS Level II release folders.</param>
/// <param name="CptFile">The <c>--cpt</c> licensed CPT file, or <see langword="null"/>.</param>
/// <param name="PtpFiles">The <c>--ptp</c> NCCI PTP files.</param>
/// <param name="MueFile">The <c>--mue</c> MUE file, or <see langword="null"/>.</param>
/// <param name="MceFile">The <c>--mce</c> Medicare Code Editor lists, or <see langword="null"/>.</param>
internal sealed record ScrubSources(
    IReadOnlyList<DirectoryInfo> DataFolders,
    IReadOnlyList<DirectoryInfo> PcsFolders,
    IReadOnlyList<DirectoryInfo> HcpcsFolders,
    FileInfo? CptFile,
    IReadOnlyList<FileInfo> PtpFiles,
    FileInfo? MueFile,
    FileInfo? MceFile);
