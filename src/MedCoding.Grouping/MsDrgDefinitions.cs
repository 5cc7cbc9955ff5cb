using System.Collections.Frozen;
using System.Globalization;
using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;
using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets one MS-DRG version's grouper tables, as CMS's grouper loads them: diagnoses (MDC, CC/MCC,
/// CC exclusion list, operands), procedures (O.R. flag, operands, clusters), clusters, the DRG
/// formulas per MDC in rank order, DRG and MDC titles, and the HAC formulas.
/// </summary>
/// <remarks>
/// Load once and share: the tables never change after loading. A malformed table throws a
/// <see cref="DataFileException"/> naming the file and line; a version is never half loaded.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MsDrgDefinitions
{
    private MsDrgDefinitions(MsDrgVersion version)
    {
        Version = version;
    }

    /// <summary>Gets the version the tables belong to.</summary>
    public MsDrgVersion Version { get; }

    /// <summary>Gets the number of ICD-10-CM codes in the diagnosis table.</summary>
    public int DiagnosisCount => Diagnoses.Count;

    /// <summary>Gets the number of ICD-10-PCS codes in the procedure table.</summary>
    public int ProcedureCount => Procedures.Count;

    /// <summary>Gets the number of DRG formulas, all MDCs together.</summary>
    public int FormulaCount { get; private set; }

    internal OperandCatalog Operands { get; } = new();

    internal ComputedOperands Computed { get; private set; } = null!;

    internal Dictionary<string, DiagnosisEntry> Diagnoses { get; private set; } = null!;

    internal Dictionary<string, ProcedureEntry> Procedures { get; private set; } = null!;

    /// <summary>The diagnosis rows by packed code, for the grouping hot path.</summary>
    internal CodeTable<DiagnosisEntry> DiagnosisLookup { get; private set; } = null!;

    /// <summary>The procedure rows by packed code, for the grouping hot path.</summary>
    internal CodeTable<ProcedureEntry> ProcedureLookup { get; private set; } = null!;

    internal ClusterEntry[] Clusters { get; private set; } = [];

    internal Dictionary<int, HashSet<string>> ExclusionLists { get; private set; } = null!;

    /// <summary>The formulas of each MDC (index 0-99) in rank order; empty where an MDC has none.</summary>
    internal DrgFormula[][] FormulasByMdc { get; } = new DrgFormula[100][];

    internal FrozenDictionary<int, DrgEntry> Drgs { get; private set; } = null!;

    internal string[] MdcTitles { get; } = new string[100];

    internal HacEntry[] Hacs { get; private set; } = [];

    internal FrozenSet<int> ValidDischargeStatuses { get; private set; } = null!;

    /// <summary>Returns the title of a DRG, or <see langword="null"/> when the version has no such DRG.</summary>
    /// <param name="drg">The DRG number.</param>
    /// <returns>The title.</returns>
    public string? DrgTitle(int drg) => Drgs.TryGetValue(drg, out var entry) ? entry.Title : null;

    /// <summary>Returns the title of an MDC (empty when the version has no such MDC).</summary>
    /// <param name="mdc">The MDC number.</param>
    /// <returns>The title.</returns>
    public string MdcTitle(int mdc) => mdc is >= 0 and < 100 ? MdcTitles[mdc] ?? "" : "";

    /// <summary>Returns the tables of one version read from the MS-DRG data folder.</summary>
    /// <param name="msdrgFolder">The folder holding <c>v430/</c>, <c>v431/</c> and <c>mce/</c> (e.g. <c>../shared/data/msdrg/v43</c>).</param>
    /// <param name="version">The version to load.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="DataFileException">A table is missing or malformed.</exception>
    public static MsDrgDefinitions Load(string msdrgFolder, MsDrgVersion version)
    {
        ArgumentException.ThrowIfNullOrEmpty(msdrgFolder);
        var folder = Path.Combine(msdrgFolder, $"v{(int)version}");
        var definitions = new MsDrgDefinitions(version);
        definitions.Computed = new ComputedOperands(definitions.Operands);
        definitions.LoadClusters(folder);
        definitions.LoadDiagnoses(folder);
        definitions.LoadProcedures(folder);
        definitions.LoadExclusions(folder);
        definitions.LoadDrgs(folder);
        definitions.LoadMdcs(folder);
        definitions.LoadFormulas(folder);
        definitions.LoadHacs(folder);
        definitions.LoadDischargeStatuses(Path.Combine(msdrgFolder, "mce"), version);
        return definitions;
    }

    private void LoadDiagnoses(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "dx.tsv"), "code", "mdc", "mdc_if_male", "mdc_if_female", "severity", "cc_exclusion_list_id", "dx_attributes", "dx_cat_attributes", "hac_operands", "hac_numbers");
        var entries = new Dictionary<string, DiagnosisEntry>(table.Rows.Count, StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var code = table.Text(cells, "code");
            var severity = table.Text(cells, "severity") switch
            {
                "MCC" => Severity.Mcc,
                "CC" => Severity.Cc,
                "NCC" => Severity.None,
                var other => throw new DataFileException(table.Path, line, $"The severity '{other}' is not MCC, CC or NCC."),
            };
            string[] operands = [.. TsvTable.List(table.Text(cells, "dx_attributes")), .. TsvTable.List(table.Text(cells, "dx_cat_attributes")), .. TsvTable.List(table.Text(cells, "hac_operands"))];
            var mdcs = (Mdc: table.Int(line, cells, "mdc"), Male: OptionalInt(table, line, cells, "mdc_if_male"), Female: OptionalInt(table, line, cells, "mdc_if_female"));
            if (mdcs.Mdc > 99 || mdcs.Male > 99 || mdcs.Female > 99)
            {
                throw new DataFileException(table.Path, line, "An MDC is out of range 0-99.");
            }

            var entry = new DiagnosisEntry
            {
                Code = code,
                Mdc = mdcs.Mdc,
                MdcIfMale = mdcs.Male,
                MdcIfFemale = mdcs.Female,
                Severity = severity,
                ExclusionListId = table.Text(cells, "cc_exclusion_list_id").Length == 0 ? 0 : table.Int(line, cells, "cc_exclusion_list_id"),
                Operands = Operands.InternAll(operands),
                HacNumbers = [.. TsvTable.List(table.Text(cells, "hac_numbers")).Select(n => ParseInt(table.Path, line, n))],
            };
            if (!entries.TryAdd(code, entry))
            {
                throw new DataFileException(table.Path, line, $"The code {code} appears twice.");
            }
        }

        Diagnoses = entries;
        DiagnosisLookup = new CodeTable<DiagnosisEntry>(entries);

        // Significant trauma is grouped by body site: every "st" operand a significant-trauma code carries, except the trauma flag itself and its CC list.
        var sites = new HashSet<int>();
        foreach (var entry in entries.Values.Where(e => e.Has(Computed.SignificantTrauma)))
        {
            foreach (var operand in entry.Operands)
            {
                var name = Operands.Name(operand);
                if (name.StartsWith("st", StringComparison.Ordinal) && operand != Computed.SignificantTrauma && name != "stcc")
                {
                    sites.Add(operand);
                }
            }
        }

        Computed.TraumaSites = [.. sites.Order()];
    }

    private void LoadProcedures(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "pr.tsv"), "code", "is_or", "pr_attributes", "cluster_ids", "hac_operands");
        var clusterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var memberships = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (var i = 0; i < Clusters.Length; i++)
        {
            clusterIndex[Clusters[i].Id] = i;
            for (var choice = 0; choice < Clusters[i].Choices.Length; choice++)
            {
                foreach (var code in Clusters[i].Choices[choice])
                {
                    if (!memberships.TryGetValue(code, out var ofCode))
                    {
                        memberships[code] = ofCode = [];
                    }

                    ofCode[i] = ofCode.GetValueOrDefault(i) | (1 << choice);
                }
            }
        }

        var entries = new Dictionary<string, ProcedureEntry>(table.Rows.Count, StringComparer.Ordinal);
        foreach (var (line, cells) in table.Rows)
        {
            var code = table.Text(cells, "code");
            var clusters = TsvTable.List(table.Text(cells, "cluster_ids"));
            memberships.TryGetValue(code, out var ofCode);
            foreach (var id in clusters)
            {
                if (!clusterIndex.TryGetValue(id, out var index) || ofCode is null || !ofCode.ContainsKey(index))
                {
                    throw new DataFileException(table.Path, line, $"The cluster {id} is not in clusters.tsv, or cluster_choices.tsv does not list {code} in it.");
                }
            }

            var entry = new ProcedureEntry
            {
                Code = code,
                IsOr = table.Text(cells, "is_or") == "Y",
                Operands = Operands.InternAll([.. TsvTable.List(table.Text(cells, "pr_attributes")), .. TsvTable.List(table.Text(cells, "hac_operands"))]),
                Clusters = ofCode is null ? [] : [.. ofCode.Select(pair => new ClusterMembership(pair.Key, pair.Value))],
            };
            if (!entries.TryAdd(code, entry))
            {
                throw new DataFileException(table.Path, line, $"The code {code} appears twice.");
            }
        }

        Procedures = entries;
        ProcedureLookup = new CodeTable<ProcedureEntry>(entries);
    }

    private void LoadClusters(string folder)
    {
        var choicesTable = TsvTable.Read(Path.Combine(folder, "cluster_choices.tsv"), "cluster_id", "choice", "code");
        var choices = new Dictionary<string, SortedDictionary<int, List<string>>>(StringComparer.Ordinal);
        foreach (var (line, cells) in choicesTable.Rows)
        {
            var id = choicesTable.Text(cells, "cluster_id");
            if (!choices.TryGetValue(id, out var byChoice))
            {
                choices[id] = byChoice = [];
            }

            var choice = choicesTable.Int(line, cells, "choice");
            if (!byChoice.TryGetValue(choice, out var codes))
            {
                byChoice[choice] = codes = [];
            }

            codes.Add(choicesTable.Text(cells, "code"));
        }

        var table = TsvTable.Read(Path.Combine(folder, "clusters.tsv"), "cluster_id", "suppression_mdcs", "choice_count", "cluster_attributes");
        var clusters = new List<ClusterEntry>(table.Rows.Count);
        foreach (var (line, cells) in table.Rows)
        {
            var id = table.Text(cells, "cluster_id");
            var expected = table.Int(line, cells, "choice_count");
            if (!choices.TryGetValue(id, out var byChoice) || byChoice.Count != expected || expected > 30)
            {
                throw new DataFileException(table.Path, line, $"The cluster {id} has {expected} choices, but cluster_choices.tsv gives {byChoice?.Count ?? 0}.");
            }

            clusters.Add(new ClusterEntry
            {
                Id = id,
                SuppressionMdcs = [.. TsvTable.List(table.Text(cells, "suppression_mdcs")).Select(m => ParseInt(table.Path, line, m))],
                Choices = [.. byChoice.Values.Select(codes => codes.ToArray())],
                Operands = Operands.InternAll(TsvTable.List(table.Text(cells, "cluster_attributes"))),
            });
        }

        Clusters = [.. clusters];
    }

    private void LoadExclusions(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "cc_exclusions.tsv"), "cc_exclusion_list_id", "excluded_sdx_code");
        var lists = new Dictionary<int, HashSet<string>>();
        foreach (var (line, cells) in table.Rows)
        {
            var id = table.Int(line, cells, "cc_exclusion_list_id");
            if (!lists.TryGetValue(id, out var codes))
            {
                lists[id] = codes = new HashSet<string>(StringComparer.Ordinal);
            }

            codes.Add(table.Text(cells, "excluded_sdx_code"));
        }

        ExclusionLists = lists;
    }

    private void LoadDrgs(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "drgs.tsv"), "drg", "title", "med_surg");
        var drgs = new Dictionary<int, DrgEntry>();
        foreach (var (line, cells) in table.Rows)
        {
            var drg = table.Int(line, cells, "drg");
            drgs[drg] = new DrgEntry(drg, table.Text(cells, "title"), ParseType(table, line, table.Text(cells, "med_surg")));
        }

        Drgs = drgs.ToFrozenDictionary();
    }

    private void LoadMdcs(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "mdcs.tsv"), "mdc", "title");
        foreach (var (line, cells) in table.Rows)
        {
            var mdc = table.Int(line, cells, "mdc");
            if (mdc >= MdcTitles.Length)
            {
                throw new DataFileException(table.Path, line, $"The MDC {mdc} is out of range 0-99.");
            }

            MdcTitles[mdc] = table.Text(cells, "title");
        }
    }

    private void LoadFormulas(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "drg_formulas.tsv"), "mdc", "rank", "drg", "reroute_mdc", "severity_suppression_operands", "formula");
        var byMdc = new List<DrgFormula>[FormulasByMdc.Length];
        foreach (var (line, cells) in table.Rows)
        {
            var mdc = table.Int(line, cells, "mdc");
            if (mdc >= byMdc.Length)
            {
                throw new DataFileException(table.Path, line, $"The MDC {mdc} is out of range 0-99.");
            }

            var text = table.Text(cells, "formula");
            Formula formula;
            try
            {
                formula = FormulaParser.Parse(text, Operands);
            }
            catch (FormatException e)
            {
                throw new DataFileException(table.Path, line, e.Message, e);
            }

            var drg = table.Int(line, cells, "drg");
            var reroute = table.Int(line, cells, "reroute_mdc");
            if (reroute >= byMdc.Length)
            {
                throw new DataFileException(table.Path, line, $"The reroute MDC {reroute} is out of range 0-99.");
            }

            var errorCode = drg == 0 && reroute == 0 ? ErrorCodeOf(formula) : null;
            var rank = table.Int(line, cells, "rank");
            var step = errorCode is { } error ? new GroupingStep(mdc, rank, text, GroupingStepOutcome.Error, 0, error.ToCmsName())
                : drg == 0 ? new GroupingStep(mdc, rank, text, GroupingStepOutcome.Reroute, reroute, MdcTitle(reroute))
                : new GroupingStep(mdc, rank, text, GroupingStepOutcome.AssignDrg, drg, DrgTitle(drg) ?? throw new DataFileException(table.Path, line, $"The DRG {drg} is not in drgs.tsv."));
            (byMdc[mdc] ??= []).Add(new DrgFormula
            {
                Step = step,
                Mdc = mdc,
                Rank = rank,
                Drg = drg,
                RerouteMdc = reroute,
                SeveritySuppression = Operands.InternAll(TsvTable.List(table.Text(cells, "severity_suppression_operands"))),
                Text = text,
                Formula = formula,
                ErrorCode = errorCode,
            });
            FormulaCount++;
        }

        for (var mdc = 0; mdc < byMdc.Length; mdc++)
        {
            // Rank order is the surgical hierarchy; rows of equal rank keep their file order (a stable sort).
            FormulasByMdc[mdc] = byMdc[mdc] is { } rows ? [.. rows.OrderBy(row => row.Rank)] : [];
        }
    }

    private GrouperReturnCode? ErrorCodeOf(Formula formula)
    {
        // A row with no DRG and no reroute is an error row when it tests an error operand; otherwise it is a marker.
        var operands = formula.PositiveProcedureOperands;
        if (operands.Contains(Computed.InvalidPdx))
        {
            return GrouperReturnCode.InvalidPdx;
        }

        if (operands.Contains(Computed.PdxECode))
        {
            return GrouperReturnCode.DxCannotBePdx;
        }

        if (operands.Contains(Computed.InvalidSex))
        {
            return GrouperReturnCode.InvalidSex;
        }

        if (operands.Contains(Computed.InvalidDischargeStatus))
        {
            return GrouperReturnCode.InvalidDischargeStatus;
        }

        return null;
    }

    private void LoadHacs(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "hacs.tsv"), "hac_number", "title", "formula");
        var hacs = new List<HacEntry>();
        foreach (var (line, cells) in table.Rows)
        {
            var number = table.Int(line, cells, "hac_number");
            var text = table.Text(cells, "formula");
            Formula formula;
            try
            {
                formula = FormulaParser.Parse(text, Operands);
            }
            catch (FormatException e)
            {
                throw new DataFileException(table.Path, line, e.Message, e);
            }

            hacs.Add(new HacEntry(number, table.Text(cells, "title"), text, formula, Operands.Intern($"HAC{number:00}")));
        }

        Hacs = [.. hacs];
    }

    private void LoadDischargeStatuses(string mceFolder, MsDrgVersion version)
    {
        var table = TsvTable.Read(Path.Combine(mceFolder, "mce_discharge_status.tsv"), "code", "start_date", "end_date");
        var on = int.Parse(version.EffectiveDate().ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var valid = new HashSet<int>();
        foreach (var (line, cells) in table.Rows)
        {
            var start = table.Int(line, cells, "start_date");
            var end = table.Text(cells, "end_date").Length == 0 ? int.MaxValue : table.Int(line, cells, "end_date");
            if (start <= on && on <= end)
            {
                valid.Add(table.Int(line, cells, "code"));
            }
        }

        ValidDischargeStatuses = valid.ToFrozenSet();
    }

    private static int OptionalInt(TsvTable table, int line, string[] cells, string column) =>
        table.Text(cells, column).Length == 0 ? -1 : table.Int(line, cells, column);

    private static int ParseInt(string path, int line, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(path, line, $"'{text}' in a list is not a whole number.");

    private static DrgType ParseType(TsvTable table, int line, string text) => text switch
    {
        "MEDICAL" => DrgType.Medical,
        "SURGICAL" => DrgType.Surgical,
        "NA" => DrgType.None,
        _ => throw new DataFileException(table.Path, line, $"The type '{text}' is not MEDICAL, SURGICAL or NA."),
    };
}
