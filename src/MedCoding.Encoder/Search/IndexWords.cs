using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// The search's words of an index's texts, cut once (<see cref="SearchText"/>): a vocabulary of the index's own, and for
/// each string the index names by number (<see cref="IndexStrings"/>) the numbers of its words in that vocabulary;
/// empty for a string no term uses as text (a code, a cell). The compiled format keeps them (the field
/// <c>Words</c>), so that a search over the embedded indexes cuts no text when it starts.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class IndexWords
{
    /// <summary>The most words kept of one text (no text of the official files comes near).</summary>
    public const int MaxWordsPerText = 64;

    private readonly int[] _start;
    private readonly int[] _words;

    /// <summary>Keeps the words as read back from the compiled format, checked by the reader.</summary>
    public IndexWords(string[] vocabulary, int[] start, int[] words)
    {
        Vocabulary = vocabulary;
        _start = start;
        _words = words;
    }

    /// <summary>Gets the distinct words, normalised, in order of first use.</summary>
    public string[] Vocabulary { get; }

    /// <summary>Gets the number of strings the words are given for.</summary>
    public int StringCount => _start.Length - 1;

    /// <summary>Returns the words of string <paramref name="id"/>, as numbers in <see cref="Vocabulary"/>.</summary>
    public ReadOnlySpan<int> Of(int id) => _words.AsSpan(_start[id], _start[id + 1] - _start[id]);

    /// <summary>Cuts the texts of a table: every title, every set of nonessential modifiers and every cross-reference target, in string order.</summary>
    /// <param name="table">The terms.</param>
    /// <returns>The words.</returns>
    public static IndexWords Compute(IndexTermTable table)
    {
        var strings = table.Strings;
        var isText = new bool[strings.Count];
        for (var t = 0; t < table.Count; t++)
        {
            MarkText(isText, table.Get(t, IndexTermTable.Field.Title));
            MarkText(isText, table.Get(t, IndexTermTable.Field.Modifiers));
        }

        foreach (var target in table.ReferenceTarget)
        {
            MarkText(isText, target);
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var vocabulary = new List<string>();
        var start = new int[strings.Count + 1];
        var words = new List<int>();
        Span<char> buffer = stackalloc char[SearchText.MaxWordLength];
        for (var id = 0; id < strings.Count; id++)
        {
            if (isText[id])
            {
                var count = 0;
                foreach (var word in SearchText.Words(strings[id], buffer))
                {
                    if (count++ == MaxWordsPerText)
                    {
                        break;
                    }

                    if (!lookup.TryGetValue(word, out var number))
                    {
                        number = vocabulary.Count;
                        var text = word.ToString();
                        vocabulary.Add(text);
                        numbers.Add(text, number);
                    }

                    words.Add(number);
                }
            }

            start[id + 1] = words.Count;
        }

        return new IndexWords([.. vocabulary], start, [.. words]);
    }

    private static void MarkText(bool[] isText, int id)
    {
        if (id != IndexTermTable.None)
        {
            isText[id] = true;
        }
    }
}
