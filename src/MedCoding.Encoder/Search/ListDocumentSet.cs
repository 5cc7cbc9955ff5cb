namespace MedCoding.Encoder;

/// <summary>Documents given one by one with their code, origin and heading (tests, adapters): <see cref="DocumentPaths"/> gives their paths.</summary>
internal sealed class ListDocumentSet : DocumentSet
{
    private readonly List<(string Code, object Origin, string? Heading)> _items = [];

    /// <summary>Adds an item; returns its number.</summary>
    public int Add(string code, object origin, string? heading)
    {
        _items.Add((code, origin, heading));
        return _items.Count - 1;
    }

    /// <inheritdoc/>
    public override string CodeOf(int item) => _items[item].Code;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item) => DocumentPaths.Of(_items[item].Origin, _items[item].Heading);

    /// <inheritdoc/>
    public override MedCoding.CodeSets.CodeEntry? EntryOf(int item) => _items[item].Origin as MedCoding.CodeSets.CodeEntry;
}
