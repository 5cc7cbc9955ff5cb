namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one ICD-10-PCS table: the first three characters (section, body system, root operation),
/// the root operation's definition, and the rows that give the valid values of positions 4 to 7.
/// </summary>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class PcsTable
{
    private readonly PcsRow[] _rows;

    internal PcsTable(PcsAxisValue section, PcsAxisValue bodySystem, PcsAxisValue rootOperation, PcsRow[] rows, int lineNumber)
    {
        Section = section;
        BodySystem = bodySystem;
        RootOperation = rootOperation;
        Prefix = new string([section.Character, bodySystem.Character, rootOperation.Character]);
        LineNumber = lineNumber;
        _rows = rows;
        var count = 0;
        foreach (var row in rows)
        {
            row.Table = this;
            count = checked(count + row.CodeCount);
        }

        CodeCount = count;
    }

    /// <summary>Gets the three characters that name the table, e.g. <c>001</c>.</summary>
    public string Prefix { get; }

    /// <summary>Gets the value of position 1, e.g. <c>0</c> Medical and Surgical.</summary>
    public PcsAxisValue Section { get; }

    /// <summary>Gets the value of position 2, e.g. <c>0</c> Central Nervous System and Cranial Nerves.</summary>
    public PcsAxisValue BodySystem { get; }

    /// <summary>Gets the value of position 3, e.g. <c>1</c> Bypass, with its definition.</summary>
    public PcsAxisValue RootOperation { get; }

    /// <summary>
    /// Gets the root operation's definition, e.g. "Altering the route of passage of the contents of a tubular body part";
    /// <see langword="null"/> where the Tables XML gives none (the Radiation Therapy section).
    /// </summary>
    public string? Definition => RootOperation.Definition;

    /// <summary>Gets the table's rows, in the order published.</summary>
    public IReadOnlyList<PcsRow> Rows => _rows;

    /// <summary>Gets the number of codes the table defines: the sum of its rows'.</summary>
    public int CodeCount { get; }

    /// <summary>Gets the 1-based line of the Tables XML where the table starts.</summary>
    public int LineNumber { get; }

    /// <summary>
    /// Gets the table's title as CMS's order file writes its header: body system and root operation in the
    /// Medical and Surgical section (<c>Central Nervous System and Cranial Nerves, Bypass</c>); section, body system
    /// and root operation elsewhere (<c>Obstetrics, Pregnancy, Change</c>), leaving out a body system of "None"
    /// (<c>Mental Health, Psychological Tests</c>).
    /// </summary>
    public string Title
    {
        get
        {
            var parts = new List<string>(3);
            if (Section.Character != '0')
            {
                parts.Add(Section.Label);
            }

            if (!string.Equals(BodySystem.Label, "None", StringComparison.Ordinal))
            {
                parts.Add(BodySystem.Label);
            }

            parts.Add(RootOperation.Label);
            return string.Join(", ", parts);
        }
    }

    /// <summary>Gets every code the table defines, row by row.</summary>
    public IEnumerable<PcsCode> Codes => _rows.SelectMany(r => r.Codes);

    /// <summary>Returns the row that defines a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The row, or <see langword="null"/> when the table does not define the code.</returns>
    public PcsRow? FindRow(PcsCode code)
    {
        if (code.IsEmpty || !code.Value.AsSpan(0, 3).SequenceEqual(Prefix))
        {
            return null;
        }

        foreach (var row in _rows)
        {
            if (row.Offers(code.Value))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Returns the prefix and title, e.g. <c>001 Central Nervous System and Cranial Nerves, Bypass</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Prefix} {Title}";
}
