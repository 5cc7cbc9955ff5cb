using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// An index's main terms by title, as a coder looks one up (case-insensitive): by its title with and without its
/// nonessential modifiers, by its title without a final <c>NEC</c>, and by its title's part before the comma.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class TitleLookup
{
    /// <summary>Makes the lookup of a list of main terms; the first term of a title wins.</summary>
    public TitleLookup(IReadOnlyList<IndexTerm> mainTerms)
    {
        foreach (var term in mainTerms)
        {
            ByTitle.TryAdd(term.Title, term);
            ByTitle.TryAdd(term.TitleWithModifiers, term);
            ByBareTitle.TryAdd(IndexText.WithoutQualifier(term.Title), term);
            var comma = term.Title.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                var head = term.Title[..comma].TrimEnd();
                if (!ByHead.TryGetValue(head, out var terms))
                {
                    ByHead.Add(head, terms = []);
                }

                terms.Add(term);
            }
        }
    }

    /// <summary>Gets the main terms by title, with or without modifiers.</summary>
    public Dictionary<string, IndexTerm> ByTitle { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the main terms by title without a final <c>NEC</c>.</summary>
    public Dictionary<string, IndexTerm> ByBareTitle { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the main terms by their title's part before the comma.</summary>
    public Dictionary<string, List<IndexTerm>> ByHead { get; } = new(StringComparer.OrdinalIgnoreCase);
}
