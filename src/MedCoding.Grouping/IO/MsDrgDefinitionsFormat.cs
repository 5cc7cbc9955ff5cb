using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;
using MedCoding.Grouping.Formulas;
using MedCoding.Grouping.Tables;

namespace MedCoding.Grouping.IO;

/// <summary>
/// Writes and reads one MS-DRG version's tables in the compiled format (format version 1, the envelope of
/// <see cref="CompiledDataFormat"/>): the fields of <see cref="FieldId"/> in id order. See <c>docs/compiled-format.md</c>.
/// </summary>
/// <remarks>
/// The reader builds the same flat tables <see cref="MsDrgTableFiles"/> builds from CMS's files, with no object per code:
/// codes are front-coded against the previous row and packed into 64-bit keys, operand lists are shared by index, and
/// CC exclusions are diagnosis row numbers. Every number read is checked before it is used as an index.
/// </remarks>
internal static class MsDrgDefinitionsFormat
{
    private const byte SeverityMask = 0x03;
    private const byte HasMaleMdcFlag = 0x04;
    private const byte HasFemaleMdcFlag = 0x08;
    private const byte HasHacNumbersFlag = 0x10;
    private const byte IsOrFlag = 0x01;
    private const byte HasClustersFlag = 0x02;
    private const int MaxCodeLength = 8;
    private const int MaxChoices = 30;

    public static void Write(MsDrgDefinitions definitions, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var pool = new StringPoolBuilder();
        var dx = definitions.Diagnoses;
        var pr = definitions.Procedures;
        if (!ReferenceEquals(dx.Lists, pr.Lists))
        {
            throw new InvalidOperationException("The diagnosis and procedure tables must share one list pool to be written.");
        }

        var release = new PayloadWriter(256);
        release.WriteVarInt((int)definitions.Release.System);
        release.WriteString(definitions.Release.Version);
        release.WriteString(definitions.Release.Name);
        release.WriteVarInt(definitions.Release.EffectiveFrom.DayNumber);
        release.WriteVarInt(definitions.Release.EffectiveThrough.DayNumber);

        var operands = new PayloadWriter(4096);
        operands.WriteVarInt(definitions.Operands.Count);
        for (var id = 0; id < definitions.Operands.Count; id++)
        {
            operands.WriteVarInt(pool[definitions.Operands.Name(id)]);
        }

        var lists = new PayloadWriter(16 * 1024);
        lists.WriteVarInt(dx.Lists.Count);
        for (var list = 0; list < dx.Lists.Count; list++)
        {
            WriteInts(lists, dx.Lists[list]);
        }

        var clusters = new PayloadWriter(256 * 1024);
        clusters.WriteVarInt(definitions.Clusters.Length);
        foreach (var cluster in definitions.Clusters)
        {
            clusters.WriteVarInt(pool[cluster.Id]);
            WriteInts(clusters, cluster.SuppressionMdcs);
            clusters.WriteVarInt(cluster.Choices.Length);
            foreach (var choice in cluster.Choices)
            {
                clusters.WriteVarInt(choice.Length);
                foreach (var code in choice)
                {
                    clusters.WriteVarInt(pool[code]);
                }
            }

            WriteInts(clusters, cluster.Operands);
        }

        var diagnoses = new PayloadWriter(dx.Count * 10);
        diagnoses.WriteVarInt(dx.Count);
        for (var row = 0; row < dx.Count; row++)
        {
            WriteCode(diagnoses, row == 0 ? 0 : dx.Keys[row - 1], dx.Keys[row]);
            var male = dx.MdcsIfMale[row];
            var female = dx.MdcsIfFemale[row];
            var hacs = dx.HacLists[row];
            diagnoses.WriteByte(dx.Mdcs[row]);
            diagnoses.WriteByte((byte)((byte)dx.Severities[row]
                | (male != DiagnosisTable.NoMdc ? HasMaleMdcFlag : 0)
                | (female != DiagnosisTable.NoMdc ? HasFemaleMdcFlag : 0)
                | (hacs != 0 ? HasHacNumbersFlag : 0)));
            if (male != DiagnosisTable.NoMdc)
            {
                diagnoses.WriteByte(male);
            }

            if (female != DiagnosisTable.NoMdc)
            {
                diagnoses.WriteByte(female);
            }

            diagnoses.WriteVarInt(dx.ExclusionListIds[row]);
            diagnoses.WriteVarInt(dx.OperandLists[row]);
            if (hacs != 0)
            {
                diagnoses.WriteVarInt(hacs);
            }
        }

        var procedures = new PayloadWriter(pr.Count * 7);
        procedures.WriteVarInt(pr.Count);
        for (var row = 0; row < pr.Count; row++)
        {
            WriteCode(procedures, row == 0 ? 0 : pr.Keys[row - 1], pr.Keys[row]);
            var memberships = pr[row].Clusters;
            procedures.WriteByte((byte)((pr.IsOr[row] ? IsOrFlag : 0) | (memberships.Length > 0 ? HasClustersFlag : 0)));
            procedures.WriteVarInt(pr.OperandLists[row]);
            if (memberships.Length > 0)
            {
                procedures.WriteVarInt(memberships.Length);
                foreach (var membership in memberships)
                {
                    procedures.WriteVarInt(membership.Cluster);
                    procedures.WriteVarInt(membership.Choices);
                }
            }
        }

        var exclusions = new PayloadWriter(definitions.Exclusions.Count * 2);
        exclusions.WriteVarInt(definitions.Exclusions.IdCount);
        exclusions.WriteVarInt(definitions.Exclusions.Count);
        for (var id = 0; id < definitions.Exclusions.IdCount; id++)
        {
            // Rows ascend within a list: store the first, then each one's distance from the one before, less one.
            var rows = definitions.Exclusions[id];
            exclusions.WriteVarInt(rows.Length);
            for (var i = 0; i < rows.Length; i++)
            {
                exclusions.WriteVarInt(i == 0 ? rows[0] : rows[i] - rows[i - 1] - 1);
            }
        }

        var drgs = new PayloadWriter(16 * 1024);
        drgs.WriteVarInt(definitions.Drgs.Count(d => d is not null));
        foreach (var drg in definitions.Drgs)
        {
            if (drg is not null)
            {
                drgs.WriteVarInt(drg.Drg);
                drgs.WriteByte((byte)drg.Type);
                drgs.WriteVarInt(pool[drg.Title]);
            }
        }

        var mdcs = new PayloadWriter(1024);
        mdcs.WriteVarInt(definitions.MdcTitles.Count(t => t is not null));
        for (var mdc = 0; mdc < definitions.MdcTitles.Length; mdc++)
        {
            if (definitions.MdcTitles[mdc] is { } title)
            {
                mdcs.WriteVarInt(mdc);
                mdcs.WriteVarInt(pool[title]);
            }
        }

        var formulas = new PayloadWriter(32 * 1024);
        formulas.WriteVarInt(definitions.FormulaCount);
        foreach (var row in definitions.FormulasByMdc.SelectMany(rows => rows))
        {
            formulas.WriteVarInt(row.Mdc);
            formulas.WriteVarInt(row.Rank);
            formulas.WriteVarInt(row.Drg);
            formulas.WriteVarInt(row.RerouteMdc);
            WriteInts(formulas, row.SeveritySuppression);
            formulas.WriteVarInt(pool[row.Text]);
        }

        var hacFormulas = new PayloadWriter(1024);
        hacFormulas.WriteVarInt(definitions.Hacs.Length);
        foreach (var hac in definitions.Hacs)
        {
            hacFormulas.WriteVarInt(hac.Number);
            hacFormulas.WriteVarInt(pool[hac.Title]);
            hacFormulas.WriteVarInt(pool[hac.Text]);
        }

        var statuses = new PayloadWriter(128);
        statuses.WriteVarInt(definitions.ValidDischargeStatuses.Count(valid => valid));
        for (var status = 0; status < definitions.ValidDischargeStatuses.Length; status++)
        {
            if (definitions.ValidDischargeStatuses[status])
            {
                statuses.WriteVarInt(status);
            }
        }

        var strings = new PayloadWriter(256 * 1024);
        pool.WriteTo(strings);

        PayloadWriter[] fields = [release, strings, operands, lists, clusters, diagnoses, procedures, exclusions, drgs, mdcs, formulas, hacFormulas, statuses];
        var payload = new PayloadWriter(fields.Sum(f => f.Length) + (fields.Length * 8));
        payload.WriteField((int)FieldId.Release, release);
        payload.WriteField((int)FieldId.StringPool, strings);
        payload.WriteField((int)FieldId.Operands, operands);
        payload.WriteField((int)FieldId.Lists, lists);
        payload.WriteField((int)FieldId.Clusters, clusters);
        payload.WriteField((int)FieldId.Diagnoses, diagnoses);
        payload.WriteField((int)FieldId.Procedures, procedures);
        payload.WriteField((int)FieldId.CcExclusions, exclusions);
        payload.WriteField((int)FieldId.Drgs, drgs);
        payload.WriteField((int)FieldId.Mdcs, mdcs);
        payload.WriteField((int)FieldId.Formulas, formulas);
        payload.WriteField((int)FieldId.Hacs, hacFormulas);
        payload.WriteField((int)FieldId.DischargeStatuses, statuses);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static MsDrgDefinitions Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        var reader = new Reader(source);
        while (!payload.AtEnd)
        {
            var id = (FieldId)payload.ReadFieldId();
            var body = payload.ReadBody(payload.ReadVarInt());
            var field = new PayloadReader(body, source);
            if (reader.ReadField(id, ref field, body) && !field.AtEnd)
            {
                throw field.Malformed("a field holds more than its content");
            }
        }

        payload.CheckAtEnd();
        return reader.Build();
    }

    private static void WriteInts(PayloadWriter writer, ReadOnlySpan<int> values)
    {
        writer.WriteVarInt(values.Length);
        foreach (var value in values)
        {
            writer.WriteVarInt(value);
        }
    }

    /// <summary>Writes a code as the number of leading characters it shares with the previous row's code (high 4 bits) and the number that follow (low 4 bits), then those characters.</summary>
    private static void WriteCode(PayloadWriter writer, ulong previous, ulong key)
    {
        Span<byte> before = stackalloc byte[MaxCodeLength];
        Span<byte> code = stackalloc byte[MaxCodeLength];
        before = before[..Characters(previous, before)];
        code = code[..Characters(key, code)];
        var shared = before.CommonPrefixLength(code);
        writer.WriteByte((byte)((shared << 4) | (code.Length - shared)));
        foreach (var c in code[shared..])
        {
            writer.WriteByte(c);
        }
    }

    private static int Characters(ulong key, Span<byte> characters)
    {
        var length = 0;
        for (var shift = 56; shift >= 0; shift -= 8)
        {
            var c = unchecked((byte)(key >> shift));
            if (c != 0 || length > 0)
            {
                characters[length++] = c;
            }
        }

        return length;
    }

    /// <summary>Collects the fields as they are read, then builds the tables once all are there.</summary>
    private sealed class Reader(string source)
    {
        private Release? _release;
        private StringPool? _pool;
        private string?[] _decoded = [];
        private OperandCatalog? _operands;
        private IntListPool? _lists;
        private ClusterEntry[]? _clusters;
        private DiagnosisTable? _diagnoses;
        private ProcedureTable? _procedures;
        private ExclusionTable? _exclusions;
        private DrgEntry?[]? _drgs;
        private string?[]? _mdcTitles;
        private List<(int Mdc, int Rank, int Drg, int Reroute, int[] Suppression, string Text)>? _formulas;
        private List<(int Number, string Title, string Text)>? _hacs;
        private bool[]? _statuses;

        /// <summary>Reads a field it knows and returns <see langword="true"/>; skips one from a later writer.</summary>
        public bool ReadField(FieldId id, ref PayloadReader field, byte[] body)
        {
            switch (id)
            {
                case FieldId.Release:
                    _release = ReadRelease(ref field);
                    break;
                case FieldId.StringPool:
                    _pool = StringPool.Read(ref field, body, 0);
                    _decoded = new string?[_pool.Count];
                    break;
                case FieldId.Operands:
                    _operands = ReadOperands(ref field);
                    break;
                case FieldId.Lists:
                    _lists = ReadLists(ref field);
                    break;
                case FieldId.Clusters:
                    _clusters = ReadClusters(ref field);
                    break;
                case FieldId.Diagnoses:
                    _diagnoses = ReadDiagnoses(ref field);
                    break;
                case FieldId.Procedures:
                    _procedures = ReadProcedures(ref field);
                    break;
                case FieldId.CcExclusions:
                    _exclusions = ReadExclusions(ref field);
                    break;
                case FieldId.Drgs:
                    _drgs = ReadDrgs(ref field);
                    break;
                case FieldId.Mdcs:
                    _mdcTitles = ReadMdcs(ref field);
                    break;
                case FieldId.Formulas:
                    _formulas = ReadFormulas(ref field);
                    break;
                case FieldId.Hacs:
                    _hacs = ReadHacs(ref field);
                    break;
                case FieldId.DischargeStatuses:
                    _statuses = ReadStatuses(ref field);
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    return false;
            }

            return true;
        }

        public MsDrgDefinitions Build()
        {
            var release = _release ?? throw Missing("release");
            var operands = _operands ?? throw Missing("operands");
            var diagnoses = _diagnoses ?? throw Missing("diagnoses");
            var procedures = _procedures ?? throw Missing("procedures");
            var drgs = _drgs ?? throw Missing("DRGs");
            var mdcTitles = _mdcTitles ?? throw Missing("MDCs");
            var rawFormulas = _formulas ?? throw Missing("formulas");
            CheckOperandLists(diagnoses.OperandLists, operands.Count);
            CheckOperandLists(procedures.OperandLists, operands.Count);

            var computed = new ComputedOperands(operands);
            var formulas = new List<DrgFormula>(rawFormulas.Count);
            foreach (var (mdc, rank, drg, reroute, suppression, text) in rawFormulas)
            {
                var drgTitle = drg == 0 ? "" : drgs[drg]?.Title ?? throw Malformed($"a formula assigns the DRG {drg}, which it does not list");
                formulas.Add(DrgFormula.Create(mdc, rank, drg, reroute, suppression, text, Parse(text, operands), computed, drgTitle, mdcTitles[reroute] ?? ""));
            }

            var hacs = (_hacs ?? throw Missing("HACs"))
                .Select(h => new HacEntry(h.Number, h.Title, h.Text, Parse(h.Text, operands), operands.Intern(HacEntry.OperandName(h.Number))))
                .ToArray();
            return new MsDrgDefinitions(
                release,
                operands,
                computed,
                diagnoses,
                procedures,
                _clusters ?? throw Missing("clusters"),
                _exclusions ?? throw Missing("CC exclusions"),
                drgs,
                mdcTitles,
                formulas,
                hacs,
                _statuses ?? throw Missing("discharge statuses"));
        }

        private Release ReadRelease(ref PayloadReader field)
        {
            var system = (CodeSystem)field.ReadVarInt();
            var version = field.ReadString();
            var name = field.ReadString();
            var from = field.ReadVarInt();
            var through = field.ReadVarInt();
            if (system != CodeSystem.MsDrg)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} holds {(Enum.IsDefined(system) ? system.DisplayName() : $"code system {(int)system}")} data, not MS-DRG tables.");
            }

            try
            {
                // A day number past 9999-12-31 or dates that end before they start are not a release.
                return new Release(system, version, DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(through), name);
            }
            catch (ArgumentException e)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: its release is not valid ({e.Message}).", e);
            }
        }

        private OperandCatalog ReadOperands(ref PayloadReader field)
        {
            var count = field.ReadCount();
            var catalog = new OperandCatalog();
            for (var id = 0; id < count; id++)
            {
                if (catalog.Intern(Text(ref field)) != id)
                {
                    throw field.Malformed("an operand is named twice");
                }
            }

            return catalog;
        }

        private static IntListPool ReadLists(ref PayloadReader field)
        {
            var count = field.ReadCount();
            var starts = new int[count + 1];
            var values = new List<int>(count * 4);
            for (var list = 0; list < count; list++)
            {
                var length = field.ReadCount();
                for (var i = 0; i < length; i++)
                {
                    values.Add(field.ReadVarInt());
                }

                starts[list + 1] = values.Count;
            }

            if (count == 0 || starts[1] != 0)
            {
                throw field.Malformed("the first list is not the empty list");
            }

            return new IntListPool(starts, [.. values]);
        }

        private ClusterEntry[] ReadClusters(ref PayloadReader field)
        {
            var operandCount = (_operands ?? throw field.Malformed("the clusters come before the operands")).Count;
            var clusters = new ClusterEntry[field.ReadCount()];
            for (var index = 0; index < clusters.Length; index++)
            {
                var id = Text(ref field);
                var suppression = ReadInts(ref field, int.MaxValue);
                var choices = new string[field.ReadCount()][];
                if (choices.Length > MaxChoices)
                {
                    throw field.Malformed($"a cluster has more than {MaxChoices} choices");
                }

                for (var choice = 0; choice < choices.Length; choice++)
                {
                    choices[choice] = new string[field.ReadCount()];
                    for (var i = 0; i < choices[choice].Length; i++)
                    {
                        choices[choice][i] = Text(ref field);
                    }
                }

                clusters[index] = new ClusterEntry { Index = index, Id = id, SuppressionMdcs = suppression, Choices = choices, Operands = ReadInts(ref field, operandCount) };
            }

            return clusters;
        }

        private DiagnosisTable ReadDiagnoses(ref PayloadReader field)
        {
            var lists = _lists ?? throw field.Malformed("the diagnoses come before the lists");
            var count = field.ReadCount();
            var keys = new ulong[count];
            var mdcs = new byte[count];
            var male = new byte[count];
            var female = new byte[count];
            var severities = new CcSeverity[count];
            var exclusionListIds = new int[count];
            var operandLists = new int[count];
            var hacLists = new int[count];
            Span<byte> code = stackalloc byte[MaxCodeLength];
            var codeLength = 0;
            for (var row = 0; row < count; row++)
            {
                keys[row] = ReadCode(ref field, code, ref codeLength);
                mdcs[row] = Mdc(ref field);
                var flags = field.ReadByte();
                var severity = flags & SeverityMask;
                severities[row] = severity <= (int)CcSeverity.Mcc ? (CcSeverity)severity : throw field.Malformed("a severity is out of range");
                male[row] = (flags & HasMaleMdcFlag) != 0 ? Mdc(ref field) : DiagnosisTable.NoMdc;
                female[row] = (flags & HasFemaleMdcFlag) != 0 ? Mdc(ref field) : DiagnosisTable.NoMdc;
                var exclusions = field.ReadVarInt();
                exclusionListIds[row] = exclusions <= ExclusionTable.MaxListId ? exclusions : throw field.Malformed("a CC exclusion list id is out of range");
                operandLists[row] = List(ref field, lists);
                hacLists[row] = (flags & HasHacNumbersFlag) != 0 ? List(ref field, lists) : 0;
            }

            return new DiagnosisTable(Index(keys), keys, mdcs, male, female, severities, exclusionListIds, operandLists, hacLists, lists);
        }

        private ProcedureTable ReadProcedures(ref PayloadReader field)
        {
            var lists = _lists ?? throw field.Malformed("the procedures come before the lists");
            var clusters = _clusters ?? throw field.Malformed("the procedures come before the clusters");
            var count = field.ReadCount();
            var keys = new ulong[count];
            var isOr = new bool[count];
            var operandLists = new int[count];
            var starts = new int[count + 1];
            var memberships = new List<ClusterMembership>();
            Span<byte> code = stackalloc byte[MaxCodeLength];
            var codeLength = 0;
            for (var row = 0; row < count; row++)
            {
                keys[row] = ReadCode(ref field, code, ref codeLength);
                var flags = field.ReadByte();
                isOr[row] = (flags & IsOrFlag) != 0;
                operandLists[row] = List(ref field, lists);
                starts[row] = memberships.Count;
                if ((flags & HasClustersFlag) != 0)
                {
                    var membershipCount = field.ReadCount();
                    for (var i = 0; i < membershipCount; i++)
                    {
                        var cluster = field.ReadVarInt();
                        var choices = field.ReadVarInt();
                        if (cluster >= clusters.Length || choices == 0 || (choices & ~clusters[cluster].AllChoices) != 0)
                        {
                            throw field.Malformed("a procedure's cluster or choice is out of range");
                        }

                        memberships.Add(new ClusterMembership(cluster, choices));
                    }
                }
            }

            starts[count] = memberships.Count;
            return new ProcedureTable(Index(keys), keys, isOr, operandLists, lists, starts, [.. memberships]);
        }

        private ExclusionTable ReadExclusions(ref PayloadReader field)
        {
            var diagnosisCount = (_diagnoses ?? throw field.Malformed("the CC exclusions come before the diagnoses")).Count;
            var idCount = field.ReadCount();
            if (idCount > ExclusionTable.MaxListId + 1)
            {
                throw field.Malformed("a CC exclusion list id is out of range");
            }

            var starts = new int[idCount + 1];
            var rows = new int[field.ReadCount()];
            var at = 0;
            for (var id = 0; id < idCount; id++)
            {
                starts[id] = at;
                var count = field.ReadCount();
                if (count > rows.Length - at)
                {
                    throw field.Malformed("the CC exclusion lists hold more rows than announced");
                }

                var row = -1;
                for (var i = 0; i < count; i++)
                {
                    // Within a list rows ascend: the first is stored, then each one's distance from the one before, less one.
                    var step = field.ReadVarInt();
                    row = i == 0 ? step : step < diagnosisCount - row - 1 ? row + 1 + step : diagnosisCount;
                    rows[at++] = row < diagnosisCount ? row : throw field.Malformed("a CC exclusion names a diagnosis row out of range");
                }
            }

            starts[idCount] = at;
            return at == rows.Length ? new ExclusionTable(starts, rows) : throw field.Malformed("the CC exclusion lists hold fewer rows than announced");
        }

        private DrgEntry?[] ReadDrgs(ref PayloadReader field)
        {
            var drgs = new DrgEntry?[MsDrgDefinitions.MaxDrg + 1];
            var count = field.ReadCount();
            for (var i = 0; i < count; i++)
            {
                var drg = field.ReadVarInt();
                var type = (DrgType)field.ReadByte();
                if (drg > MsDrgDefinitions.MaxDrg || !Enum.IsDefined(type))
                {
                    throw field.Malformed("a DRG or its type is out of range");
                }

                drgs[drg] = new DrgEntry(drg, Text(ref field), type);
            }

            return drgs;
        }

        private string?[] ReadMdcs(ref PayloadReader field)
        {
            var titles = new string?[MsDrgDefinitions.TwoDigitLimit];
            var count = field.ReadCount();
            for (var i = 0; i < count; i++)
            {
                titles[Mdc(ref field, varint: true)] = Text(ref field);
            }

            return titles;
        }

        private List<(int, int, int, int, int[], string)> ReadFormulas(ref PayloadReader field)
        {
            var operandCount = (_operands ?? throw field.Malformed("the formulas come before the operands")).Count;
            var count = field.ReadCount();
            var formulas = new List<(int, int, int, int, int[], string)>(count);
            for (var i = 0; i < count; i++)
            {
                var mdc = Mdc(ref field, varint: true);
                var rank = field.ReadVarInt();
                var drg = field.ReadVarInt();
                var reroute = Mdc(ref field, varint: true);
                if (drg > MsDrgDefinitions.MaxDrg)
                {
                    throw field.Malformed("a formula's DRG is out of range");
                }

                formulas.Add((mdc, rank, drg, reroute, ReadInts(ref field, operandCount), Text(ref field)));
            }

            return formulas;
        }

        private List<(int, string, string)> ReadHacs(ref PayloadReader field)
        {
            var count = field.ReadCount();
            var hacs = new List<(int, string, string)>(count);
            for (var i = 0; i < count; i++)
            {
                hacs.Add((field.ReadVarInt(), Text(ref field), Text(ref field)));
            }

            return hacs;
        }

        private static bool[] ReadStatuses(ref PayloadReader field)
        {
            var valid = new bool[MsDrgDefinitions.TwoDigitLimit];
            var count = field.ReadCount();
            for (var i = 0; i < count; i++)
            {
                var status = field.ReadVarInt();
                valid[status < valid.Length ? status : throw field.Malformed("a discharge status is out of range")] = true;
            }

            return valid;
        }

        /// <summary>Reads a front-coded code (see <see cref="WriteCode"/>) over the previous one in <paramref name="code"/>, and returns its key.</summary>
        private static ulong ReadCode(ref PayloadReader field, scoped Span<byte> code, ref int length)
        {
            var header = field.ReadByte();
            var shared = header >> 4;
            var suffix = header & 0x0F;
            if (shared > length || shared + suffix is 0 or > MaxCodeLength)
            {
                throw field.Malformed("a code is longer than 8 characters, or empty");
            }

            field.ReadBytes(suffix).CopyTo(code[shared..]);
            length = shared + suffix;
            ulong key = 0;
            foreach (var c in code[..length])
            {
                if (!char.IsAsciiDigit((char)c) && !char.IsAsciiLetterUpper((char)c))
                {
                    throw field.Malformed("a code has a character other than a digit or an upper-case letter");
                }

                key = (key << 8) | c;
            }

            return key;
        }

        private static byte Mdc(ref PayloadReader field, bool varint = false)
        {
            var mdc = varint ? field.ReadVarInt() : field.ReadByte();
            return mdc < MsDrgDefinitions.TwoDigitLimit ? (byte)mdc : throw field.Malformed("an MDC is out of range 0-99");
        }

        private static int List(ref PayloadReader field, IntListPool lists)
        {
            var list = field.ReadVarInt();
            return list < lists.Count ? list : throw field.Malformed("a row names a list out of range");
        }

        private static int[] ReadInts(ref PayloadReader field, int limit)
        {
            var values = new int[field.ReadCount()];
            for (var i = 0; i < values.Length; i++)
            {
                var value = field.ReadVarInt();
                values[i] = value < limit ? value : throw field.Malformed("an operand id is out of range");
            }

            return values;
        }

        /// <summary>Returns a string of the pool, decoded once however many rows use it.</summary>
        private string Text(ref PayloadReader field)
        {
            var pool = _pool ?? throw field.Malformed("a field comes before the string pool");
            var index = field.ReadVarInt();
            return index < pool.Count ? _decoded[index] ??= pool.GetText(index) : throw field.Malformed("a string index is out of range");
        }

        private CodeIndex Index(ulong[] keys) =>
            CodeIndex.TryBuild(keys, out var index, out var duplicate) ? index! : throw Malformed($"the code {CodeIndex.Unpack(keys[duplicate])} appears twice");

        /// <summary>Checks that the lists rows use as operand lists hold operand ids only.</summary>
        private void CheckOperandLists(int[] rows, int operandCount)
        {
            var lists = _lists!;
            var checkedLists = new bool[lists.Count];
            foreach (var list in rows)
            {
                if (!checkedLists[list])
                {
                    checkedLists[list] = true;
                    foreach (var operand in lists[list])
                    {
                        if ((uint)operand >= (uint)operandCount)
                        {
                            throw Malformed("an operand id is out of range");
                        }
                    }
                }
            }
        }

        private Formula Parse(string text, OperandCatalog operands)
        {
            try
            {
                return FormulaParser.Parse(text, operands);
            }
            catch (FormatException e)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: {e.Message}", e);
            }
        }

        private CompiledDataException Missing(string field) => Malformed($"it lacks the {field} field");

        private CompiledDataException Malformed(string problem) => new(CompiledDataProblem.Malformed, $"{source} is malformed: {problem}.");
    }
}
