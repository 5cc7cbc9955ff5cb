namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one row of an ICD-10-PCS table: the values of positions 4 to 7 that combine, each with each,
/// into valid codes under the table's first three characters.
/// </summary>
/// <remarks>
/// A row of 1 body part, 3 approaches, 3 devices and 11 qualifiers defines 1 x 3 x 3 x 11 = 99 codes.
/// The Tables XML states that number on the row (<c>&lt;pcsRow codes="99"&gt;</c>); the loader checks it.
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class PcsRow
{
    private readonly PcsAxisValue[][] _values;

    internal PcsRow(PcsAxisValue[][] values, int index, int lineNumber)
    {
        _values = values;
        Index = index;
        LineNumber = lineNumber;
        var count = 1;
        foreach (var axis in values)
        {
            count = checked(count * axis.Length);
        }

        CodeCount = count;
    }

    /// <summary>Gets the table the row belongs to.</summary>
    public PcsTable Table { get; internal set; } = null!;

    /// <summary>Gets the row's place in its table (0 first).</summary>
    public int Index { get; }

    /// <summary>Gets the 1-based line of the Tables XML where the row starts.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the number of codes the row defines: the product of its value counts.</summary>
    public int CodeCount { get; }

    /// <summary>Gets the values of position 4 (body part, body region...).</summary>
    public IReadOnlyList<PcsAxisValue> BodyParts => _values[0];

    /// <summary>Gets the values of position 5 (approach, contrast...).</summary>
    public IReadOnlyList<PcsAxisValue> Approaches => _values[1];

    /// <summary>Gets the values of position 6 (device, substance...).</summary>
    public IReadOnlyList<PcsAxisValue> Devices => _values[2];

    /// <summary>Gets the values of position 7 (qualifier).</summary>
    public IReadOnlyList<PcsAxisValue> Qualifiers => _values[3];

    /// <summary>Gets every code the row defines, in the order of its values (position 7 varying fastest).</summary>
    public IEnumerable<PcsCode> Codes
    {
        get
        {
            var prefix = Table.Prefix;
            foreach (var bodyPart in _values[0])
            {
                foreach (var approach in _values[1])
                {
                    foreach (var device in _values[2])
                    {
                        foreach (var qualifier in _values[3])
                        {
                            yield return PcsCode.FromNormalized(string.Create(PcsCode.Length, (prefix, bodyPart.Character, approach.Character, device.Character, qualifier.Character), static (span, state) =>
                            {
                                state.prefix.AsSpan().CopyTo(span);
                                span[3] = state.Item2;
                                span[4] = state.Item3;
                                span[5] = state.Item4;
                                span[6] = state.Item5;
                            }));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Returns the values of one of positions 4 to 7.</summary>
    /// <param name="axis">The position, <see cref="PcsAxis.BodyPart"/> to <see cref="PcsAxis.Qualifier"/>.</param>
    /// <returns>The values, in the order the table lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is one of the table's positions (1 to 3) or undefined.</exception>
    public IReadOnlyList<PcsAxisValue> GetValues(PcsAxis axis) => _values[RowIndex(axis)];

    /// <summary>Returns the value a character stands for at one of positions 4 to 7 in this row.</summary>
    /// <param name="axis">The position.</param>
    /// <param name="character">The character.</param>
    /// <returns>The value, or <see langword="null"/> when the row does not offer it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 4 to 7.</exception>
    public PcsAxisValue? FindValue(PcsAxis axis, char character)
    {
        foreach (var value in _values[RowIndex(axis)])
        {
            if (value.Character == character)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Returns whether the row defines a code: its first three characters name the row's table and each other character is one of the row's values.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> if the row defines the code.</returns>
    public bool Contains(PcsCode code) =>
        !code.IsEmpty
        && code.Value.AsSpan(0, 3).SequenceEqual(Table.Prefix)
        && Offers(code.Value.AsSpan());

    /// <summary>Returns the row's values as a table row reads, e.g. <c>6 | 0 3 4 | 7 J K | 0 1 2 ...</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{Table?.Prefix} row {Index + 1}: {string.Join(" | ", _values.Select(v => string.Join(' ', v.Select(x => x.Character))))} ({CodeCount} codes)";

    internal bool Offers(ReadOnlySpan<char> code)
    {
        for (var axis = 0; axis < 4; axis++)
        {
            if (!Has(_values[axis], code[axis + 3]))
            {
                return false;
            }
        }

        return true;
    }

    internal bool OffersPrefix(ReadOnlySpan<char> prefix)
    {
        for (var i = 3; i < prefix.Length; i++)
        {
            if (!Has(_values[i - 3], prefix[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Has(PcsAxisValue[] values, char character)
    {
        foreach (var value in values)
        {
            if (value.Character == character)
            {
                return true;
            }
        }

        return false;
    }

    private static int RowIndex(PcsAxis axis) => axis is >= PcsAxis.BodyPart and <= PcsAxis.Qualifier
        ? (int)axis - (int)PcsAxis.BodyPart
        : throw new ArgumentOutOfRangeException(nameof(axis), axis, "A row holds positions 4 (body part) to 7 (qualifier); positions 1 to 3 belong to the table.");
}
