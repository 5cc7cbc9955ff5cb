namespace MedCoding.Encoder;

/// <summary>
/// Lists of the search's words cut once (<see cref="SearchText"/>), each word a number in a vocabulary of their own: the
/// words of an index's strings (<see cref="IndexWords"/>), from which its search segment is built.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class WordLists
{
    private readonly int[] _start;
    private readonly int[] _words;

    private WordLists(string[] vocabulary, int[] start, int[] words)
    {
        Vocabulary = vocabulary;
        _start = start;
        _words = words;
    }

    /// <summary>Gets the distinct words, normalised, in order of first use.</summary>
    public string[] Vocabulary { get; }

    /// <summary>Gets the number of lists.</summary>
    public int Count => _start.Length - 1;

    /// <summary>Gets the number of words of all lists together.</summary>
    public int TotalWords => _start[^1];

    /// <summary>Returns list <paramref name="list"/>: its words as numbers in <see cref="Vocabulary"/>.</summary>
    public ReadOnlySpan<int> Of(int list) => _words.AsSpan(_start[list], _start[list + 1] - _start[list]);

    /// <summary>Cuts texts into lists of words, one list per text (an empty one for <see langword="null"/>), keeping at most <paramref name="maxPerList"/> words of each.</summary>
    /// <param name="count">The number of texts.</param>
    /// <param name="textOf">Returns text number <c>i</c>, or <see langword="null"/>.</param>
    /// <param name="maxPerList">The most words kept of one text.</param>
    /// <returns>The lists.</returns>
    public static WordLists Cut(int count, Func<int, string?> textOf, int maxPerList)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var vocabulary = new List<string>();
        var start = new int[count + 1];
        var words = new List<int>(count * 4);
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            if (textOf(i) is { } text)
            {
                var kept = 0;
                foreach (var word in SearchText.Words(text, buffer))
                {
                    if (kept++ == maxPerList)
                    {
                        break;
                    }

                    if (!lookup.TryGetValue(word, out var number))
                    {
                        number = vocabulary.Count;
                        var normalised = word.ToString();
                        vocabulary.Add(normalised);
                        numbers.Add(normalised, number);
                    }

                    words.Add(number);
                }
            }

            start[i + 1] = words.Count;
        }

        return new WordLists([.. vocabulary], start, [.. words]);
    }
}
