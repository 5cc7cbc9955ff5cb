using System.Runtime.CompilerServices;

namespace MedCoding.Encoder;

/// <summary>
/// Finds the words of the vocabulary one typo away from a word that is not in it (a deletion dictionary, as
/// SymSpell): every word of four letters or more is stored under the hash of each of its one-letter deletions, so a
/// missing letter ("diabtes"), an extra one, a wrong one or two swapped ones are found with a handful of lookups, and
/// each candidate is confirmed by an edit distance (transposition counting one).
/// </summary>
/// <threadsafety>Immutable and thread-safe once built.</threadsafety>
internal sealed class TypoDictionary
{
    /// <summary>The shortest word corrected: a typo in a shorter word makes another word too often.</summary>
    public const int MinLength = 4;

    private const int MaxCorrections = 8;
    private readonly string[] _words;
    private readonly ulong[] _keys;
    private readonly int[] _terms;
    private readonly Dictionary<ulong, int> _wholeWords;

    public TypoDictionary(string[] words)
    {
        _words = words;
        var count = 0;
        foreach (var word in words)
        {
            if (word.Length >= MinLength)
            {
                count += word.Length;
            }
        }

        _keys = new ulong[count];
        _terms = new int[count];
        _wholeWords = new Dictionary<ulong, int>(words.Length);
        var n = 0;
        for (var t = 0; t < words.Length; t++)
        {
            var word = words[t].AsSpan();
            _wholeWords.TryAdd(Hash(word, -1), t);
            if (word.Length < MinLength)
            {
                continue;
            }

            for (var i = 0; i < word.Length; i++)
            {
                _keys[n] = Hash(word, i);
                _terms[n] = t;
                n++;
            }
        }

        Array.Sort(_keys, _terms);
    }

    /// <summary>Gets the number of deletions stored.</summary>
    public int DeletionCount => _keys.Length;

    /// <summary>Adds to the query's current group the vocabulary words one typo away from <paramref name="word"/>.</summary>
    /// <param name="word">A normalised query word not in the vocabulary.</param>
    /// <param name="scratch">The query being parsed.</param>
    /// <param name="corpus">The corpus that receives the corrections.</param>
    public void AddCorrections(ReadOnlySpan<char> word, SearchCorpus.Scratch scratch, SearchCorpus corpus)
    {
        var found = 0;

        // A letter missing from the query: the query is a deletion of a vocabulary word.
        found += AddFromDeletions(Hash(word, -1), word, scratch, corpus, found);
        for (var i = 0; i < word.Length && found < MaxCorrections; i++)
        {
            var key = Hash(word, i);

            // A letter too many in the query: one of its deletions is a vocabulary word.
            if (_wholeWords.TryGetValue(key, out var term) && WithinOneEdit(word, _words[term]))
            {
                corpus.AddCorrection(scratch, term);
                found++;
            }

            // A wrong letter, or two swapped: a deletion of each is the same.
            found += AddFromDeletions(key, word, scratch, corpus, found);
        }
    }

    private int AddFromDeletions(ulong key, ReadOnlySpan<char> word, SearchCorpus.Scratch scratch, SearchCorpus corpus, int found)
    {
        var added = 0;
        var i = LowerBound(key);
        for (; i < _keys.Length && _keys[i] == key && found + added < MaxCorrections; i++)
        {
            var term = _terms[i];
            if (WithinOneEdit(word, _words[term]))
            {
                corpus.AddCorrection(scratch, term);
                added++;
            }
        }

        return added;
    }

    private int LowerBound(ulong key)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (_keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>FNV-1a over the word without the character at <paramref name="skip"/> (-1: none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<char> word, int skip)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
        {
            if (i != skip)
            {
                hash = unchecked((hash ^ word[i]) * 1099511628211UL);
            }
        }

        return unchecked(hash ^ (ulong)(word.Length - (skip >= 0 ? 1 : 0)));
    }

    /// <summary>Whether two different words are one insertion, deletion, substitution or adjacent swap apart.</summary>
    internal static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var first = 0;
            while (a[first] == b[first])
            {
                first++;
            }

            if (a[(first + 1)..].SequenceEqual(b[(first + 1)..]))
            {
                return true; // substitution
            }

            return first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
                && a[(first + 2)..].SequenceEqual(b[(first + 2)..]);
        }

        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var longer = a.Length > b.Length ? a : b;
        var shorter = a.Length > b.Length ? b : a;
        var k = 0;
        while (k < shorter.Length && longer[k] == shorter[k])
        {
            k++;
        }

        return longer[(k + 1)..].SequenceEqual(shorter[k..]);
    }
}
