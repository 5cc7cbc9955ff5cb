namespace MedCoding.Grouping.Tables;

/// <summary>
/// The rows of <c>dx.tsv</c> in flat arrays, one entry per row: the ICD-10-CM code (packed), its MDC as principal
/// diagnosis (and the MDC for a male or female patient where it depends on sex), its CC/MCC severity, the CC exclusion
/// list that applies when it is principal, and its operands and HAC numbers (as lists of a shared pool). No object per
/// row: a row is read through a <see cref="DiagnosisRow"/>.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class DiagnosisTable
{
    /// <summary>The value of an MDC column that is empty (the MDC does not depend on sex).</summary>
    public const byte NoMdc = byte.MaxValue;

    public DiagnosisTable(CodeIndex index, ulong[] keys, byte[] mdcs, byte[] mdcsIfMale, byte[] mdcsIfFemale, CcSeverity[] severities, int[] exclusionListIds, int[] operandLists, int[] hacLists, IntListPool lists)
    {
        Index = index;
        Keys = keys;
        Mdcs = mdcs;
        MdcsIfMale = mdcsIfMale;
        MdcsIfFemale = mdcsIfFemale;
        Severities = severities;
        ExclusionListIds = exclusionListIds;
        OperandLists = operandLists;
        HacLists = hacLists;
        Lists = lists;
    }

    public int Count => Keys.Length;

    public CodeIndex Index { get; }

    public ulong[] Keys { get; }

    public byte[] Mdcs { get; }

    public byte[] MdcsIfMale { get; }

    public byte[] MdcsIfFemale { get; }

    public CcSeverity[] Severities { get; }

    /// <summary>The CC exclusion list of each row as principal diagnosis; 0 for none.</summary>
    public int[] ExclusionListIds { get; }

    /// <summary>Each row's operand list in <see cref="Lists"/>: attributes, category attributes (<c>dxcMMnn</c>) and HAC operands.</summary>
    public int[] OperandLists { get; }

    /// <summary>Each row's HAC number list in <see cref="Lists"/>.</summary>
    public int[] HacLists { get; }

    public IntListPool Lists { get; }

    public DiagnosisRow this[int row] => new(this, row);

    /// <summary>Returns the row of a code as written (dots, blanks and lower case tolerated), or a row that does not <see cref="DiagnosisRow.Exists"/>.</summary>
    public DiagnosisRow Find(ReadOnlySpan<char> code) => Index.Find(code) is var row and >= 0 ? new(this, row) : default;
}

/// <summary>One row of a <see cref="DiagnosisTable"/>; <c>default</c> is "no such code".</summary>
internal readonly struct DiagnosisRow
{
    private readonly DiagnosisTable _table;

    public DiagnosisRow(DiagnosisTable table, int row)
    {
        _table = table;
        Row = row;
    }

    public bool Exists => _table is not null;

    public int Row { get; }

    /// <summary>Gets the code, upper case without dot (built on each call).</summary>
    public string Code => CodeIndex.Unpack(_table.Keys[Row]);

    public int Mdc => _table.Mdcs[Row];

    /// <summary>Gets the MDC for a male patient, or -1 when the MDC does not depend on sex.</summary>
    public int MdcIfMale => _table.MdcsIfMale[Row] is var mdc && mdc == DiagnosisTable.NoMdc ? -1 : mdc;

    /// <summary>Gets the MDC for a female patient, or -1 when the MDC does not depend on sex.</summary>
    public int MdcIfFemale => _table.MdcsIfFemale[Row] is var mdc && mdc == DiagnosisTable.NoMdc ? -1 : mdc;

    public CcSeverity Severity => _table.Severities[Row];

    /// <summary>Gets the CC exclusion list that applies when this code is principal, or 0 for none.</summary>
    public int ExclusionListId => _table.ExclusionListIds[Row];

    public ReadOnlySpan<int> Operands => _table.Lists[_table.OperandLists[Row]];

    public ReadOnlySpan<int> HacNumbers => _table.Lists[_table.HacLists[Row]];

    /// <summary>Gets the id of <see cref="Operands"/> in the table's list pool.</summary>
    public int OperandListId => _table.OperandLists[Row];

    /// <summary>Gets the id of <see cref="HacNumbers"/> in the table's list pool.</summary>
    public int HacListId => _table.HacLists[Row];

    public bool Has(int operand) => Operands.Contains(operand);
}
