namespace MedCoding.Encoder;

/// <summary>
/// Documents given one by one with their source, code, origin and heading (tests, adapters): <see cref="DocumentPaths"/>
/// gives their paths. Open a document with <see cref="Begin"/>, give it words with <see cref="AddText"/>, close it with
/// <see cref="End"/>; <see cref="Build"/> makes the segment.
/// </summary>
internal sealed class ListDocumentSet : DocumentSet
{
    private readonly List<(SearchSource Source, string Code, object Origin, string? Heading)> _items = [];
    private readonly SearchSegmentBuilder _builder = new(recordWidth: 0);
    private (SearchSource, string, object, string?)? _open;
    private SearchSegment? _segment;

    /// <summary>Opens a document.</summary>
    /// <param name="source">Where it comes from.</param>
    /// <param name="code">The code as the source writes it (<c>C34.1-</c>), or <see langword="null"/> when <paramref name="origin"/> is a <see cref="MedCoding.CodeSets.CodeEntry"/> naming it.</param>
    /// <param name="origin">What the document stands for: a Tabular entry, or its path as a string array.</param>
    /// <param name="heading">For a table cell, the column heading that ends the path.</param>
    public void Begin(SearchSource source, string? code, object origin, string? heading = null)
    {
        code ??= ((MedCoding.CodeSets.CodeEntry)origin).Name;
        _builder.Begin();
        _open = (source, code, origin, heading);
    }

    /// <summary>Adds the words of a text to the open document.</summary>
    /// <param name="text">The text; <see langword="null"/> adds nothing.</param>
    /// <param name="secondary">Whether the words are secondary (count half, no part in exact matches).</param>
    public void AddText(string? text, bool secondary = false) => _builder.AddText(text, secondary);

    /// <summary>Records that a word also matches the words of a text (<see cref="SearchSegmentBuilder.AddSynonym"/>).</summary>
    /// <param name="word">The word.</param>
    /// <param name="target">The text it stands for.</param>
    public void AddSynonym(string word, string target) => _builder.AddSynonym(word, target);

    /// <summary>Closes the open document; a document without a word is dropped.</summary>
    /// <returns>Whether the document was kept.</returns>
    public bool End()
    {
        var open = _open ?? throw new InvalidOperationException("No document is open.");
        _open = null;
        if (!_builder.End([]))
        {
            return false;
        }

        _items.Add(open);
        return true;
    }

    /// <summary>Builds the documents' segment (once).</summary>
    /// <returns>The segment.</returns>
    public SearchSegment Build() => _segment ??= _builder.Build();

    /// <inheritdoc/>
    public override SearchSource SourceOf(int item) => _items[item].Source;

    /// <inheritdoc/>
    public override string CodeOf(int item) => _items[item].Code;

    /// <inheritdoc/>
    public override IReadOnlyList<string> PathOf(int item) => DocumentPaths.Of(_items[item].Origin, _items[item].Heading);

    /// <inheritdoc/>
    public override MedCoding.CodeSets.CodeEntry? EntryOf(int item) => _items[item].Origin as MedCoding.CodeSets.CodeEntry;
}
