using System.Globalization;
using MedCoding.CodeSets;
using MedCoding.Grouping.Formulas;

namespace MedCoding.Grouping.Tables;

/// <summary>
/// Reads one version's tables from CMS's tab-separated grouper tables (see <c>msdrg/v43/README.md</c> of the data): the
/// input of the compiler. Every problem throws a <see cref="DataFileException"/> naming the file and line.
/// </summary>
internal static class MsDrgTableFiles
{
    public static MsDrgDefinitions Read(string folder, Release release)
    {
        var operands = new OperandCatalog();
        var computed = new ComputedOperands(operands);
        var lists = new IntListPool.Builder();
        var clusters = ReadClusters(folder, operands);
        var dx = ReadDiagnoses(folder, operands, lists);
        var pr = ReadProcedures(folder, operands, lists, clusters);
        var pool = lists.Build();
        var diagnoses = new DiagnosisTable(dx.Index, dx.Keys, dx.Mdcs, dx.MdcsIfMale, dx.MdcsIfFemale, dx.Severities, dx.ExclusionListIds, dx.OperandLists, dx.HacLists, pool);
        var procedures = new ProcedureTable(pr.Index, pr.Keys, pr.IsOr, pr.OperandLists, pool, pr.MembershipStarts, pr.Memberships);
        var exclusions = ReadExclusions(folder, diagnoses);
        var drgs = ReadDrgs(folder);
        var mdcTitles = ReadMdcs(folder);
        var formulas = ReadFormulas(folder, operands, computed, drgs, mdcTitles);
        var hacs = ReadHacs(folder, operands);
        var statuses = ReadDischargeStatuses(Path.GetFullPath(Path.Combine(folder, "..", "mce")), release);
        return new MsDrgDefinitions(release, operands, computed, diagnoses, procedures, clusters, exclusions, drgs, mdcTitles, formulas, hacs, statuses);
    }

    private static ClusterEntry[] ReadClusters(string folder, OperandCatalog operands)
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

            var code = choicesTable.Text(cells, "code");
            if (!CodeIndex.TryPackExact(code, out _))
            {
                throw new DataFileException(choicesTable.Path, line, $"{MessageText.Quote(code)} is not an ICD-10-PCS code of 1 to 8 upper-case letters and digits.");
            }

            codes.Add(code);
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
                Index = clusters.Count,
                Id = id,
                SuppressionMdcs = [.. TsvTable.List(table.Text(cells, "suppression_mdcs")).Select(m => ParseInt(table.Path, line, m))],
                Choices = [.. byChoice.Values.Select(codes => codes.ToArray())],
                Operands = operands.InternAll(TsvTable.List(table.Text(cells, "cluster_attributes"))),
            });
        }

        return [.. clusters];
    }

    private static DiagnosisColumns ReadDiagnoses(string folder, OperandCatalog operands, IntListPool.Builder lists)
    {
        var table = TsvTable.Read(Path.Combine(folder, "dx.tsv"), "code", "mdc", "mdc_if_male", "mdc_if_female", "severity", "cc_exclusion_list_id", "dx_attributes", "dx_cat_attributes", "hac_operands", "hac_numbers");
        var count = table.Rows.Count;
        var columns = new DiagnosisColumns(count);
        for (var row = 0; row < count; row++)
        {
            var (line, cells) = table.Rows[row];
            columns.Keys[row] = PackCode(table, line, table.Text(cells, "code"));
            columns.Severities[row] = table.Text(cells, "severity") switch
            {
                "MCC" => CcSeverity.Mcc,
                "CC" => CcSeverity.Cc,
                "NCC" => CcSeverity.None,
                var other => throw new DataFileException(table.Path, line, $"The severity {MessageText.Quote(other)} is not MCC, CC or NCC."),
            };
            columns.Mdcs[row] = Mdc(table, line, cells, "mdc", optional: false);
            columns.MdcsIfMale[row] = Mdc(table, line, cells, "mdc_if_male", optional: true);
            columns.MdcsIfFemale[row] = Mdc(table, line, cells, "mdc_if_female", optional: true);
            var exclusionList = table.Text(cells, "cc_exclusion_list_id").Length == 0 ? 0 : table.Int(line, cells, "cc_exclusion_list_id");
            columns.ExclusionListIds[row] = exclusionList <= ExclusionTable.MaxListId
                ? exclusionList
                : throw new DataFileException(table.Path, line, $"The CC exclusion list id {exclusionList} is above {ExclusionTable.MaxListId}.");
            string[] names = [.. TsvTable.List(table.Text(cells, "dx_attributes")), .. TsvTable.List(table.Text(cells, "dx_cat_attributes")), .. TsvTable.List(table.Text(cells, "hac_operands"))];
            columns.OperandLists[row] = lists.Add(operands.InternAll(names));
            columns.HacLists[row] = lists.Add([.. TsvTable.List(table.Text(cells, "hac_numbers")).Select(n => ParseInt(table.Path, line, n))]);
        }

        columns.Index = Index(table, columns.Keys);
        return columns;
    }

    private static ProcedureColumns ReadProcedures(string folder, OperandCatalog operands, IntListPool.Builder lists, ClusterEntry[] clusters)
    {
        var table = TsvTable.Read(Path.Combine(folder, "pr.tsv"), "code", "is_or", "pr_attributes", "cluster_ids", "hac_operands");
        var clusterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var memberships = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            clusterIndex[cluster.Id] = cluster.Index;
            for (var choice = 0; choice < cluster.Choices.Length; choice++)
            {
                foreach (var code in cluster.Choices[choice])
                {
                    if (!memberships.TryGetValue(code, out var ofCode))
                    {
                        memberships[code] = ofCode = [];
                    }

                    ofCode[cluster.Index] = ofCode.GetValueOrDefault(cluster.Index) | (1 << choice);
                }
            }
        }

        var count = table.Rows.Count;
        var columns = new ProcedureColumns(count);
        var rowMemberships = new List<ClusterMembership>();
        for (var row = 0; row < count; row++)
        {
            var (line, cells) = table.Rows[row];
            var code = table.Text(cells, "code");
            columns.Keys[row] = PackCode(table, line, code);
            memberships.TryGetValue(code, out var ofCode);
            foreach (var id in TsvTable.List(table.Text(cells, "cluster_ids")))
            {
                if (!clusterIndex.TryGetValue(id, out var index) || ofCode is null || !ofCode.ContainsKey(index))
                {
                    throw new DataFileException(table.Path, line, $"The cluster {id} is not in clusters.tsv, or cluster_choices.tsv does not list {code} in it.");
                }
            }

            columns.IsOr[row] = table.Text(cells, "is_or") == "Y";
            columns.OperandLists[row] = lists.Add(operands.InternAll([.. TsvTable.List(table.Text(cells, "pr_attributes")), .. TsvTable.List(table.Text(cells, "hac_operands"))]));
            columns.MembershipStarts[row] = rowMemberships.Count;
            if (ofCode is not null)
            {
                rowMemberships.AddRange(ofCode.Select(pair => new ClusterMembership(pair.Key, pair.Value)));
            }
        }

        columns.MembershipStarts[count] = rowMemberships.Count;
        columns.Memberships = [.. rowMemberships];
        columns.Index = Index(table, columns.Keys);
        return columns;
    }

    private static ExclusionTable ReadExclusions(string folder, DiagnosisTable diagnoses)
    {
        var table = TsvTable.Read(Path.Combine(folder, "cc_exclusions.tsv"), "cc_exclusion_list_id", "excluded_sdx_code");
        var lists = new SortedDictionary<int, SortedSet<int>>();
        foreach (var (line, cells) in table.Rows)
        {
            var id = table.Int(line, cells, "cc_exclusion_list_id");
            if (id > ExclusionTable.MaxListId)
            {
                throw new DataFileException(table.Path, line, $"The CC exclusion list id {id} is above {ExclusionTable.MaxListId}.");
            }

            var code = table.Text(cells, "excluded_sdx_code");
            var row = CodeIndex.TryPackExact(code, out var key) ? diagnoses.Index.Find(key) : -1;
            if (row < 0)
            {
                throw new DataFileException(table.Path, line, $"The excluded code {MessageText.Quote(code)} is not a diagnosis code of dx.tsv.");
            }

            if (!lists.TryGetValue(id, out var rows))
            {
                lists[id] = rows = [];
            }

            // A list is a set: the same code twice is the same exclusion.
            rows.Add(row);
        }

        var idCount = lists.Count == 0 ? 0 : lists.Keys.Max() + 1;
        var starts = new int[idCount + 1];
        var all = new List<int>();
        for (var id = 0; id < idCount; id++)
        {
            starts[id] = all.Count;
            if (lists.TryGetValue(id, out var rows))
            {
                all.AddRange(rows);
            }
        }

        starts[idCount] = all.Count;
        return new ExclusionTable(starts, [.. all]);
    }

    private static DrgEntry?[] ReadDrgs(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "drgs.tsv"), "drg", "title", "med_surg");
        var drgs = new DrgEntry?[MsDrgDefinitions.MaxDrg + 1];
        foreach (var (line, cells) in table.Rows)
        {
            var drg = table.Int(line, cells, "drg");
            if (drg > MsDrgDefinitions.MaxDrg)
            {
                throw new DataFileException(table.Path, line, $"The DRG {drg} is out of range 0-{MsDrgDefinitions.MaxDrg}.");
            }

            var type = table.Text(cells, "med_surg") switch
            {
                "MEDICAL" => DrgType.Medical,
                "SURGICAL" => DrgType.Surgical,
                "NA" => DrgType.None,
                var text => throw new DataFileException(table.Path, line, $"The type {MessageText.Quote(text)} is not MEDICAL, SURGICAL or NA."),
            };
            drgs[drg] = new DrgEntry(drg, table.Text(cells, "title"), type);
        }

        return drgs;
    }

    private static string?[] ReadMdcs(string folder)
    {
        var table = TsvTable.Read(Path.Combine(folder, "mdcs.tsv"), "mdc", "title");
        var titles = new string?[MsDrgDefinitions.TwoDigitLimit];
        foreach (var (line, cells) in table.Rows)
        {
            var mdc = table.Int(line, cells, "mdc");
            if (mdc >= titles.Length)
            {
                throw new DataFileException(table.Path, line, $"The MDC {mdc} is out of range 0-99.");
            }

            titles[mdc] = table.Text(cells, "title");
        }

        return titles;
    }

    private static List<DrgFormula> ReadFormulas(string folder, OperandCatalog operands, ComputedOperands computed, DrgEntry?[] drgs, string?[] mdcTitles)
    {
        var table = TsvTable.Read(Path.Combine(folder, "drg_formulas.tsv"), "mdc", "rank", "drg", "reroute_mdc", "severity_suppression_operands", "formula");
        var formulas = new List<DrgFormula>(table.Rows.Count);
        foreach (var (line, cells) in table.Rows)
        {
            var mdc = table.Int(line, cells, "mdc");
            if (mdc >= MsDrgDefinitions.TwoDigitLimit)
            {
                throw new DataFileException(table.Path, line, $"The MDC {mdc} is out of range 0-99.");
            }

            var text = table.Text(cells, "formula");
            var formula = Parse(table, line, text, operands);
            var drg = table.Int(line, cells, "drg");
            var reroute = table.Int(line, cells, "reroute_mdc");
            if (reroute >= MsDrgDefinitions.TwoDigitLimit)
            {
                throw new DataFileException(table.Path, line, $"The reroute MDC {reroute} is out of range 0-99.");
            }

            var drgTitle = drg == 0 ? "" : (drg <= MsDrgDefinitions.MaxDrg ? drgs[drg]?.Title : null) ?? throw new DataFileException(table.Path, line, $"The DRG {drg} is not in drgs.tsv.");
            var suppression = operands.InternAll(TsvTable.List(table.Text(cells, "severity_suppression_operands")));
            formulas.Add(DrgFormula.Create(mdc, table.Int(line, cells, "rank"), drg, reroute, suppression, text, formula, computed, drgTitle, mdcTitles[reroute] ?? ""));
        }

        return formulas;
    }

    private static HacEntry[] ReadHacs(string folder, OperandCatalog operands)
    {
        var table = TsvTable.Read(Path.Combine(folder, "hacs.tsv"), "hac_number", "title", "formula");
        var hacs = new List<HacEntry>();
        foreach (var (line, cells) in table.Rows)
        {
            var number = table.Int(line, cells, "hac_number");
            var text = table.Text(cells, "formula");
            var formula = Parse(table, line, text, operands);
            hacs.Add(new HacEntry(number, table.Text(cells, "title"), text, formula, operands.Intern(HacEntry.OperandName(number))));
        }

        return [.. hacs];
    }

    private static bool[] ReadDischargeStatuses(string mceFolder, Release release)
    {
        var table = TsvTable.Read(Path.Combine(mceFolder, "mce_discharge_status.tsv"), "code", "start_date", "end_date");
        var on = int.Parse(release.EffectiveFrom.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var valid = new bool[MsDrgDefinitions.TwoDigitLimit];
        foreach (var (line, cells) in table.Rows)
        {
            var code = table.Int(line, cells, "code");
            if (code >= valid.Length)
            {
                throw new DataFileException(table.Path, line, $"The discharge status {code} is out of range 0-99.");
            }

            var start = table.Int(line, cells, "start_date");
            var end = table.Text(cells, "end_date").Length == 0 ? int.MaxValue : table.Int(line, cells, "end_date");
            if (start <= on && on <= end)
            {
                valid[code] = true;
            }
        }

        return valid;
    }

    private static Formula Parse(TsvTable table, int line, string text, OperandCatalog operands)
    {
        try
        {
            return FormulaParser.Parse(text, operands);
        }
        catch (FormatException e)
        {
            throw new DataFileException(table.Path, line, e.Message, e);
        }
    }

    private static ulong PackCode(TsvTable table, int line, string code) =>
        CodeIndex.TryPackExact(code, out var key)
            ? key
            : throw new DataFileException(table.Path, line, $"{MessageText.Quote(code)} is not a code of 1 to 8 upper-case letters and digits.");

    private static CodeIndex Index(TsvTable table, ulong[] keys) =>
        CodeIndex.TryBuild(keys, out var index, out var duplicate)
            ? index!
            : throw new DataFileException(table.Path, table.Rows[duplicate].Line, $"The code {CodeIndex.Unpack(keys[duplicate])} appears twice.");

    private static byte Mdc(TsvTable table, int line, string[] cells, string column, bool optional)
    {
        if (optional && table.Text(cells, column).Length == 0)
        {
            return DiagnosisTable.NoMdc;
        }

        var mdc = table.Int(line, cells, column);
        return mdc < MsDrgDefinitions.TwoDigitLimit ? (byte)mdc : throw new DataFileException(table.Path, line, "An MDC is out of range 0-99.");
    }

    private static int ParseInt(string path, int line, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFileException(path, line, $"{MessageText.Quote(text)} in a list is not a whole number.");

    private sealed class DiagnosisColumns(int count)
    {
        public CodeIndex Index { get; set; } = null!;

        public ulong[] Keys { get; } = new ulong[count];

        public int[] OperandLists { get; } = new int[count];

        public byte[] Mdcs { get; } = new byte[count];

        public byte[] MdcsIfMale { get; } = new byte[count];

        public byte[] MdcsIfFemale { get; } = new byte[count];

        public CcSeverity[] Severities { get; } = new CcSeverity[count];

        public int[] ExclusionListIds { get; } = new int[count];

        public int[] HacLists { get; } = new int[count];
    }

    private sealed class ProcedureColumns(int count)
    {
        public CodeIndex Index { get; set; } = null!;

        public ulong[] Keys { get; } = new ulong[count];

        public bool[] IsOr { get; } = new bool[count];

        public int[] OperandLists { get; } = new int[count];

        public int[] MembershipStarts { get; } = new int[count + 1];

        public ClusterMembership[] Memberships { get; set; } = [];
    }
}
