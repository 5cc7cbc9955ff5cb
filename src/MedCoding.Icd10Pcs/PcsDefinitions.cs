using MedCoding.Icd10Pcs.IO;

namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns the ICD-10-PCS Definitions of one release, read from CMS's Definitions XML (<c>icd10pcs_definitions_YYYY.xml</c>,
/// root <c>ICD10PCS.definitions</c>): the definitions of axis values section by section (root operations, approaches,
/// body parts, devices, substances, types...) with their explanations and what they include, and the Device
/// Aggregation table.
/// </summary>
/// <remarks>
/// The FY2026 Definitions hold 954 entries over 16 sections and 60 device aggregations. They are keyed by the values'
/// labels, not their characters: <see cref="Find(PcsTable, PcsAxisValue)"/> finds the definition of a value of the Tables.
/// </remarks>
/// <threadsafety>Immutable once loaded and safe to share across threads.</threadsafety>
public sealed class PcsDefinitions
{
    private readonly PcsDefinition[] _definitions;
    private readonly PcsDeviceAggregate[] _aggregates;
    private readonly Dictionary<(char Section, PcsAxis Axis, string Title), PcsDefinition> _byTitle;

    internal PcsDefinitions(string version, string title, PcsDefinition[] definitions, PcsDeviceAggregate[] aggregates, string sourcePath)
    {
        Version = version;
        Title = title;
        SourcePath = sourcePath;
        _definitions = definitions;
        _aggregates = aggregates;
        _byTitle = new Dictionary<(char, PcsAxis, string), PcsDefinition>(definitions.Length * 2);
        foreach (var definition in definitions)
        {
            foreach (var value in definition.Titles)
            {
                // A title defined twice in one section and position would make the lookup ambiguous: the reader refuses it.
                _byTitle.Add((definition.Section, definition.Axis, value), definition);
            }
        }
    }

    /// <summary>Gets the version the XML states, e.g. <c>2026</c>.</summary>
    public string Version { get; }

    /// <summary>Gets the title the XML states, e.g. <c>2026 ICD-10-PCS Definitions</c>.</summary>
    public string Title { get; }

    /// <summary>Gets the file the definitions were read from; for a release read from a compiled file, the name of the file they were compiled from.</summary>
    public string SourcePath { get; }

    /// <summary>Gets every definition, in the order published (section by section, position by position).</summary>
    public IReadOnlyList<PcsDefinition> Definitions => _definitions;

    /// <summary>Gets the Device Aggregation table: specific devices and the general device values they are coded to.</summary>
    public IReadOnlyList<PcsDeviceAggregate> DeviceAggregates => _aggregates;

    /// <summary>
    /// Returns the definitions read from a Definitions XML file.
    /// </summary>
    /// <param name="path">The file, e.g. <c>icd10pcs_definitions_2026.xml</c>.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="MedCoding.CodeSets.DataFileException">The file is missing, is not well-formed, or does not follow the Definitions layout; the message names the line.</exception>
    public static PcsDefinitions Load(string path) => PcsDefinitionsReader.Read(path);

    /// <summary>
    /// Returns the definitions read from a stream holding a Definitions XML file.
    /// </summary>
    /// <param name="stream">The content; it is read to the end and not closed.</param>
    /// <param name="sourceName">The name to give in error messages, usually the file's path.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="MedCoding.CodeSets.DataFileException">The content is not well-formed or does not follow the Definitions layout.</exception>
    public static PcsDefinitions Load(Stream stream, string sourceName) => PcsDefinitionsReader.Read(stream, sourceName);

    /// <summary>Returns the definition of a value titled exactly so in a section and position.</summary>
    /// <param name="section">The section's character, e.g. <c>0</c>.</param>
    /// <param name="axis">The position, e.g. <see cref="PcsAxis.RootOperation"/>.</param>
    /// <param name="title">The value's title as the Definitions give it, e.g. <c>Bypass</c> (ordinal comparison).</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public PcsDefinition? Find(char section, PcsAxis axis, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return _byTitle.GetValueOrDefault((section, axis, title));
    }

    /// <summary>
    /// Returns the definition of a value of a table: the definition, in the table's section and at the value's position,
    /// titled, in this order of preference,
    /// <c>{label} for {root operation} in {body system}</c> (a device defined for one root operation in one body system),
    /// <c>{label} in {body system}</c> (a device defined for one body system),
    /// <c>{label} in {section}</c> (a New Technology device),
    /// <c>{label} ({last word of the type})</c> (a Physical Rehabilitation type qualifier: <c>Aphasia (Assessment)</c> in a Speech Assessment table),
    /// or <c>{label}</c>.
    /// </summary>
    /// <param name="table">The table the value belongs to.</param>
    /// <param name="value">The value: one of the table's three, or a value of one of its rows.</param>
    /// <returns>The definition, or <see langword="null"/> where the Definitions give none for the value (most body parts, every qualifier).</returns>
    /// <remarks>In the FY2025 and FY2026 files no value matches more than one of these titles.</remarks>
    public PcsDefinition? Find(PcsTable table, PcsAxisValue value)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(value);
        var section = table.Section.Character;
        var axis = value.Axis;
        var label = value.Label;
        var operation = table.RootOperation.Label;
        var lastWord = operation.LastIndexOf(' ') is var space and >= 0 ? operation[(space + 1)..] : operation;
        return Find(section, axis, $"{label} for {operation} in {table.BodySystem.Label}")
            ?? Find(section, axis, $"{label} in {table.BodySystem.Label}")
            ?? Find(section, axis, $"{label} in {table.Section.Label}")
            ?? Find(section, axis, $"{label} ({lastWord})")
            ?? Find(section, axis, label);
    }

    /// <summary>Returns the version and size.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Title}: {_definitions.Length} definitions, {_aggregates.Length} device aggregations";
}
