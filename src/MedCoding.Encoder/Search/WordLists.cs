using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Lists of the search's words cut once (<see cref="SearchText"/>), each word a number in a vocabulary of their own: the
/// words of an index's strings (<see cref="IndexWords"/>), of a release's Tabular titles (<see cref="TabularTitleWords"/>).
/// Cut here, written and read back here, compared here, so that both are kept the same way.
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

    /// <summary>Writes the vocabulary: the count, then each word.</summary>
    public void WriteVocabulary(PayloadWriter field)
    {
        field.WriteVarInt(Vocabulary.Length);
        foreach (var word in Vocabulary)
        {
            field.WriteString(word);
        }
    }

    /// <summary>Reads a vocabulary written by <see cref="WriteVocabulary"/>.</summary>
    public static string[] ReadVocabulary(ref PayloadReader field)
    {
        var vocabulary = new string[field.ReadCount()];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = field.ReadString();
        }

        return vocabulary;
    }

    /// <summary>Writes the lists: the number of words of all lists, then each list (its count, then its words' numbers).</summary>
    public void WriteLists(PayloadWriter field)
    {
        field.WriteVarInt(TotalWords);
        for (var i = 0; i < Count; i++)
        {
            var list = Of(i);
            field.WriteVarInt(list.Length);
            foreach (var number in list)
            {
                field.WriteVarInt(number);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="count"/> lists written by <see cref="WriteLists"/> into one array of the size the field
    /// announces, checking every count against <paramref name="maxPerList"/> and the announced total, and every word
    /// number against the vocabulary.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="vocabulary">The vocabulary the numbers are in.</param>
    /// <param name="count">The number of lists.</param>
    /// <param name="maxPerList">The most words one list may have.</param>
    /// <param name="item">What a list is of, for messages: <c>string</c>, <c>title</c>.</param>
    /// <returns>The lists.</returns>
    public static WordLists ReadLists(ref PayloadReader field, string[] vocabulary, int count, int maxPerList, string item)
    {
        var start = new int[count + 1];
        var words = new int[field.ReadCount()];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            var n = field.ReadVarInt();
            if (n > maxPerList || n > words.Length - total)
            {
                throw field.Malformed($"{item} {i} has {n} words, more than the {maxPerList} one may have or than the field announces");
            }

            for (var w = 0; w < n; w++)
            {
                var number = field.ReadVarInt();
                words[total++] = number < vocabulary.Length ? number : throw field.Malformed($"a word number {number} is past the {vocabulary.Length} words");
            }

            start[i + 1] = total;
        }

        return total == words.Length
            ? new WordLists(vocabulary, start, words)
            : throw field.Malformed($"the {item}s have {total} words, not the {words.Length} the field announces");
    }

    /// <summary>Returns the first list whose words, as text, differ between two sets of lists, or <see langword="null"/>.</summary>
    /// <param name="expected">The lists cut from the official files.</param>
    /// <param name="actual">The lists read back.</param>
    /// <param name="describe">Names list <c>i</c> in the message.</param>
    /// <returns>The difference, or <see langword="null"/>.</returns>
    public static string? FindDifference(WordLists expected, WordLists actual, Func<int, string> describe)
    {
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} lists of words against {actual.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var a = expected.Of(i);
            var b = actual.Of(i);
            var same = a.Length == b.Length;
            for (var w = 0; same && w < a.Length; w++)
            {
                same = expected.Vocabulary[a[w]] == actual.Vocabulary[b[w]];
            }

            if (!same)
            {
                return $"the words of {describe(i)} differ";
            }
        }

        return null;
    }
}
