namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns an ICD-10-PCS code read axis by axis: each of the seven characters with its label, the table and
/// row that define the code, the root operation's definition and, when decoded by a release with the Definitions XML,
/// each value's definition.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class PcsDecodedCode
{
    private readonly PcsAxisValue[] _axes;
    private readonly PcsDefinitions? _definitions;
    private PcsDefinition?[]? _axisDefinitions;

    internal PcsDecodedCode(PcsCode code, PcsRow row, PcsDefinitions? definitions = null)
    {
        Code = code;
        Row = row;
        _definitions = definitions;
        var table = row.Table;
        _axes =
        [
            table.Section,
            table.BodySystem,
            table.RootOperation,
            row.FindValue(PcsAxis.BodyPart, code.Value[3])!,
            row.FindValue(PcsAxis.Approach, code.Value[4])!,
            row.FindValue(PcsAxis.Device, code.Value[5])!,
            row.FindValue(PcsAxis.Qualifier, code.Value[6])!,
        ];
    }

    /// <summary>Gets the code.</summary>
    public PcsCode Code { get; }

    /// <summary>Gets the table that defines the code.</summary>
    public PcsTable Table => Row.Table;

    /// <summary>Gets the row of the table that defines the code.</summary>
    public PcsRow Row { get; }

    /// <summary>Gets the seven values, position 1 first.</summary>
    public IReadOnlyList<PcsAxisValue> Axes => _axes;

    /// <summary>Gets the root operation's definition, or <see langword="null"/> where the tables give none.</summary>
    public string? RootOperationDefinition => Table.Definition;

    /// <summary>
    /// Gets the definition of each of the seven values, position 1 first (<see cref="PcsDefinitions.Find(PcsTable, PcsAxisValue)"/>):
    /// <see langword="null"/> where the Definitions give none for the value (always positions 1, 2 and 7), and all
    /// <see langword="null"/> when the code was not decoded by a release with the Definitions XML.
    /// </summary>
    /// <remarks>Found on first use and kept: safe from any thread.</remarks>
    public IReadOnlyList<PcsDefinition?> Definitions => _axisDefinitions ??= FindDefinitions();

    /// <summary>
    /// Gets a description composed from the seven labels, e.g.
    /// <c>Medical and Surgical, Central Nervous System and Cranial Nerves, Bypass: Cerebral Ventricle, Open, Autologous Tissue Substitute, Nasopharynx</c>.
    /// </summary>
    /// <remarks>This is not CMS's long description, which only the order file gives; it names every axis, in order.</remarks>
    public string Description =>
        $"{_axes[0].Label}, {_axes[1].Label}, {_axes[2].Label}: {_axes[3].Label}, {_axes[4].Label}, {_axes[5].Label}, {_axes[6].Label}";

    /// <summary>Gets the value at one position.</summary>
    /// <param name="axis">The position.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 1 to 7.</exception>
    public PcsAxisValue this[PcsAxis axis] => axis is >= PcsAxis.Section and <= PcsAxis.Qualifier
        ? _axes[(int)axis - 1]
        : throw new ArgumentOutOfRangeException(nameof(axis), axis, "An ICD-10-PCS axis is 1 (section) to 7 (qualifier).");

    /// <summary>Returns the definition of the value at one position.</summary>
    /// <param name="axis">The position.</param>
    /// <returns>The definition, or <see langword="null"/> where there is none (see <see cref="Definitions"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="axis"/> is not 1 to 7.</exception>
    public PcsDefinition? GetDefinition(PcsAxis axis) => axis is >= PcsAxis.Section and <= PcsAxis.Qualifier
        ? Definitions[(int)axis - 1]
        : throw new ArgumentOutOfRangeException(nameof(axis), axis, "An ICD-10-PCS axis is 1 (section) to 7 (qualifier).");

    /// <summary>Returns the code and its description.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} {Description}";

    private PcsDefinition?[] FindDefinitions()
    {
        var found = new PcsDefinition?[_axes.Length];
        if (_definitions is { } definitions)
        {
            for (var i = 0; i < _axes.Length; i++)
            {
                found[i] = definitions.Find(Table, _axes[i]);
            }
        }

        return found;
    }
}
