namespace MedCoding.Encoder.IO;

/// <summary>
/// One term as a reader of an official file (XML, CSV) makes it, with its subterms: the tree the reader builds before
/// <see cref="IndexTermTable.FromTree"/> lays it out depth first into the table an <see cref="AlphabeticIndex"/> keeps.
/// </summary>
internal sealed record IndexTermNode(
    string Title,
    string? Modifiers,
    int ModifiersPosition,
    string? Code,
    string? PcsCodes,
    string? Manifestation,
    string? Warning,
    CrossReference[]? References,
    string?[]? Cells,
    IndexTermNode[]? Subterms);
