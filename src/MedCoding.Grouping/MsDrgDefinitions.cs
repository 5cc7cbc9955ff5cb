using MedCoding.CodeSets;
using MedCoding.Grouping.IO;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping;

/// <summary>
/// Gets one MS-DRG version's grouper tables, as CMS's grouper loads them: diagnoses (MDC, CC/MCC, CC exclusion list,
/// operands), procedures (O.R. flag, operands, clusters), clusters, the DRG formulas per MDC in rank order, DRG and MDC
/// titles, the HAC formulas and the valid discharge statuses; and the <see cref="Release"/> they are.
/// </summary>
/// <remarks>
/// <para>
/// Read them from CMS's tables with <see cref="Load(string)"/> (the input of the compiler), or, much faster, from a
/// compiled data file with <see cref="FromStream(Stream)"/> or <see cref="FromFile(string)"/>; <see cref="WriteTo(Stream)"/>
/// writes one. Either way the tables are the same, row by row.
/// </para>
/// <para>
/// Load once and share: the tables never change after loading. A malformed table throws a <see cref="DataFileException"/>
/// naming the file and line, a damaged compiled file a <see cref="CompiledDataException"/>; a version is never half loaded.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MsDrgDefinitions
{
    /// <summary>The largest DRG number (999 is "ungroupable").</summary>
    internal const int MaxDrg = 999;

    /// <summary>MDCs and discharge statuses are two-digit numbers.</summary>
    internal const int TwoDigitLimit = 100;

    internal MsDrgDefinitions(
        Release release,
        OperandCatalog operands,
        ComputedOperands computed,
        DiagnosisTable diagnoses,
        ProcedureTable procedures,
        ClusterEntry[] clusters,
        ExclusionTable exclusions,
        DrgEntry?[] drgs,
        string?[] mdcTitles,
        IReadOnlyList<DrgFormula> formulas,
        HacEntry[] hacs,
        bool[] validDischargeStatuses)
    {
        Release = release;
        Operands = operands;
        Computed = computed;
        Diagnoses = diagnoses;
        Procedures = procedures;
        Clusters = clusters;
        Exclusions = exclusions;
        Drgs = drgs;
        MdcTitles = mdcTitles;
        Hacs = hacs;
        ValidDischargeStatuses = validDischargeStatuses;
        FormulaCount = formulas.Count;

        // Rank order is the surgical hierarchy; rows of equal rank keep their order (a stable sort).
        var byMdc = new List<DrgFormula>?[TwoDigitLimit];
        foreach (var formula in formulas)
        {
            (byMdc[formula.Mdc] ??= []).Add(formula);
        }

        FormulasByMdc = new DrgFormula[TwoDigitLimit][];
        for (var mdc = 0; mdc < byMdc.Length; mdc++)
        {
            FormulasByMdc[mdc] = byMdc[mdc] is { } rows ? [.. rows.OrderBy(row => row.Rank)] : [];
        }

        computed.TraumaSites = TraumaSitesOf(diagnoses, operands, computed);
        Grouper = new CaseGrouper(this);
    }

    /// <summary>Gets the release the tables are: MS-DRG, the version (<c>43.1</c>), its name (<c>MS-DRG v43.1</c>) and the dates it is in force as published.</summary>
    /// <value>
    /// The dates follow from the version by one rule: MS-DRG vNN belongs to fiscal year NN + 1983; vNN.0 is in force from
    /// October 1 of the year before, vNN.1 from April 1, both through September 30 (v43.0: 2025-10-01 to 2026-09-30,
    /// v43.1: 2026-04-01 to 2026-09-30). A <see cref="ReleaseSchedule{T}"/> holding both ends v43.0 on 2026-03-31.
    /// </value>
    public Release Release { get; }

    /// <summary>Gets the number of ICD-10-CM codes in the diagnosis table.</summary>
    public int DiagnosisCount => Diagnoses.Count;

    /// <summary>Gets the number of ICD-10-PCS codes in the procedure table.</summary>
    public int ProcedureCount => Procedures.Count;

    /// <summary>Gets the number of DRG formulas, all MDCs together.</summary>
    public int FormulaCount { get; }

    internal OperandCatalog Operands { get; }

    internal ComputedOperands Computed { get; }

    internal DiagnosisTable Diagnoses { get; }

    internal ProcedureTable Procedures { get; }

    internal ClusterEntry[] Clusters { get; }

    internal ExclusionTable Exclusions { get; }

    /// <summary>The formulas of each MDC (index 0-99) in rank order; empty where an MDC has none.</summary>
    internal DrgFormula[][] FormulasByMdc { get; }

    /// <summary>The DRGs by number (index 0-999); null where the version has no such DRG.</summary>
    internal DrgEntry?[] Drgs { get; }

    /// <summary>The MDC titles by number (index 0-99); null where the version has no such MDC.</summary>
    internal string?[] MdcTitles { get; }

    internal HacEntry[] Hacs { get; }

    /// <summary>Whether each discharge status (index 0-99) is valid on the release's first day.</summary>
    internal bool[] ValidDischargeStatuses { get; }

    /// <summary>Groups cases with these tables.</summary>
    internal CaseGrouper Grouper { get; }

    /// <summary>Returns the title of a DRG, or <see langword="null"/> when the version has no such DRG.</summary>
    /// <param name="drg">The DRG number.</param>
    /// <returns>The title.</returns>
    public string? DrgTitle(int drg) => FindDrg(drg)?.Title;

    /// <summary>Returns the title of an MDC (empty when the version has no such MDC).</summary>
    /// <param name="mdc">The MDC number.</param>
    /// <returns>The title.</returns>
    public string MdcTitle(int mdc) => mdc is >= 0 and < TwoDigitLimit ? MdcTitles[mdc] ?? "" : "";

    /// <summary>Returns the release's name and dates, e.g. <c>MS-DRG v43.1 (2026-04-01 to 2026-09-30)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Release.ToString();

    /// <summary>
    /// Returns the tables of one version read from CMS's tab-separated grouper tables: the input of the compiler.
    /// </summary>
    /// <param name="versionFolder">
    /// The version's folder, named after the version as CMS names it (<c>v431</c> for v43.1), holding <c>dx.tsv</c>,
    /// <c>pr.tsv</c>, <c>clusters.tsv</c>, <c>cluster_choices.tsv</c>, <c>cc_exclusions.tsv</c>, <c>drg_formulas.tsv</c>,
    /// <c>drgs.tsv</c>, <c>mdcs.tsv</c> and <c>hacs.tsv</c>, e.g. <c>../shared/data/msdrg/v43/v431</c>. The valid discharge
    /// statuses are read from the Medicare Code Editor's <c>mce_discharge_status.tsv</c> in the sibling folder <c>mce/</c>.
    /// </param>
    /// <returns>The tables, with the <see cref="Release"/> the folder's name gives.</returns>
    /// <exception cref="ArgumentException">The folder's name is not an MS-DRG version such as <c>v431</c>.</exception>
    /// <exception cref="DataFileException">A table is missing or malformed; the message names the file and line.</exception>
    public static MsDrgDefinitions Load(string versionFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(versionFolder);
        var folder = Path.GetFullPath(versionFolder);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        if (!MsDrgReleases.TryGetRelease(name, out var release))
        {
            throw new ArgumentException($"The folder {MessageText.Quote(versionFolder)} is not named after an MS-DRG version such as v431 (for v43.1); its name gives the release and the dates it is in force.", nameof(versionFolder));
        }

        return MsDrgTableFiles.Read(folder, release);
    }

    /// <summary>
    /// Writes the tables in the MedCoding compiled data format (Deflate-compressed, checksummed; see
    /// <c>docs/compiled-format.md</c>). <see cref="FromStream(Stream)"/> reads them back, identical row by row.
    /// </summary>
    /// <param name="output">The stream to write to; left open.</param>
    /// <remarks>The same tables always give the same bytes: the output is deterministic.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        MsDrgDefinitionsFormat.Write(this, output);
    }

    /// <summary>Returns the tables read from compiled data written by <see cref="WriteTo(Stream)"/>: ready for grouping.</summary>
    /// <param name="input">The stream to read from, positioned at the start of the data; left open.</param>
    /// <returns>The tables.</returns>
    /// <remarks>The whole data is read and its checksum verified before anything is built.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="CompiledDataException">
    /// The data is truncated, corrupted (its checksum does not match), not a compiled data file, in a format version this
    /// library does not read, or not MS-DRG tables.
    /// </exception>
    public static MsDrgDefinitions FromStream(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MsDrgDefinitionsFormat.Read(input, input is FileStream file ? $"The compiled data file '{file.Name}'" : "The compiled MS-DRG data");
    }

    /// <summary>Returns the tables read from a compiled data file written by <see cref="WriteTo(Stream)"/>.</summary>
    /// <param name="path">The file, e.g. <c>msdrg-43.1.mcd</c>.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="CompiledDataException">As for <see cref="FromStream(Stream)"/>.</exception>
    public static MsDrgDefinitions FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return MsDrgDefinitionsFormat.Read(stream, $"The compiled data file '{path}'");
    }

    /// <summary>
    /// Returns everything the grouper reads of a diagnosis code in one place of a case: two codes with equal keys group
    /// alike there (the what-if of <c>MedCoding.Audit</c> groups one code of each key and reuses the result for the others).
    /// </summary>
    /// <param name="code">The diagnosis code, without dot.</param>
    /// <param name="principal">For a secondary diagnosis, the case's principal diagnosis (whose CC exclusion list applies); <see langword="null"/> for the principal itself.</param>
    /// <returns>The key; <c>Exists</c> is false for a code not in this version.</returns>
    internal DiagnosisKey KeyOf(string code, string? principal)
    {
        var row = Diagnoses.Find(code);
        if (!row.Exists)
        {
            return default;
        }

        var excluded = false;
        if (principal is not null)
        {
            var pdx = Diagnoses.Find(principal);
            excluded = pdx.Exists && Exclusions.Contains(pdx.ExclusionListId, row.Row);
        }

        return new DiagnosisKey(true, row.Mdc, row.MdcIfMale, row.MdcIfFemale, row.Severity, principal is null ? row.ExclusionListId : 0, row.OperandListId, row.HacListId, excluded);
    }

    internal DrgEntry? FindDrg(int drg) => drg is >= 0 and <= MaxDrg ? Drgs[drg] : null;

    internal bool IsValidDischargeStatus(int status) => status is >= 0 and < TwoDigitLimit && ValidDischargeStatuses[status];

    /// <summary>
    /// Returns the body-site groups of significant trauma: every "st" operand a significant-trauma code carries, except
    /// the trauma flag itself and its CC list, ascending.
    /// </summary>
    private static int[] TraumaSitesOf(DiagnosisTable diagnoses, OperandCatalog operands, ComputedOperands computed)
    {
        var listUsed = new bool[diagnoses.Lists.Count];
        foreach (var list in diagnoses.OperandLists)
        {
            listUsed[list] = true;
        }

        var sites = new SortedSet<int>();
        for (var list = 0; list < listUsed.Length; list++)
        {
            var ids = diagnoses.Lists[list];
            if (!listUsed[list] || !ids.Contains(computed.SignificantTrauma))
            {
                continue;
            }

            foreach (var operand in ids)
            {
                var name = operands.Name(operand);
                if (name.StartsWith("st", StringComparison.Ordinal) && operand != computed.SignificantTrauma && name != "stcc")
                {
                    sites.Add(operand);
                }
            }
        }

        return [.. sites];
    }
}

/// <summary>What the grouper reads of a diagnosis code in one place of a case (see <see cref="MsDrgDefinitions.KeyOf"/>).</summary>
internal readonly record struct DiagnosisKey(bool Exists, int Mdc, int MdcIfMale, int MdcIfFemale, CcSeverity Severity, int ExclusionListId, int OperandListId, int HacListId, bool ExcludedByPrincipal);
