namespace MedCoding.Encoder;

/// <summary>
/// Cuts text into the search's words, the same way for the documents and for a query: lower case, letters and
/// digits only (<c>4-Aminophenol</c> is <c>4</c> and <c>aminophenol</c>), a possessive <c>'s</c> dropped
/// (<c>Crohn's</c> is <c>crohn</c>), a plural folded (<c>fractures</c> is <c>fracture</c>, <c>injuries</c> is
/// <c>injury</c>), and the few words a coder's phrase can do without (<c>of</c>, <c>the</c>, <c>and</c>...) left out.
/// <c>with</c> and <c>without</c> are kept: they carry meaning in the index, and their frequency gives them little weight.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// The version of these rules, kept with words cut ahead of time (the compiled indexes' words): words cut by another
    /// version are cut again. Change it with any change to how text is cut.
    /// </summary>
    public const int Version = 1;

    /// <summary>The longest word kept; longer ones are cut (no word of the official files comes near).</summary>
    public const int MaxWordLength = 48;

    /// <summary>Returns whether a normalised word is a stop word.</summary>
    /// <param name="word">The word, lower case.</param>
    /// <returns><see langword="true"/> for <c>a</c>, <c>an</c>, <c>and</c>, <c>as</c>, <c>at</c>, <c>by</c>, <c>for</c>, <c>from</c>, <c>in</c>, <c>is</c>, <c>of</c>, <c>on</c>, <c>or</c>, <c>the</c>, <c>to</c>.</returns>
    public static bool IsStopWord(ReadOnlySpan<char> word) => word.Length switch
    {
        1 => word[0] == 'a',
        2 => word is "an" or "as" or "at" or "by" or "in" or "is" or "of" or "on" or "or" or "to",
        3 => word is "and" or "for" or "the",
        4 => word is "from",
        _ => false,
    };

    /// <summary>Returns the words of a text, each normalised into a buffer of the caller.</summary>
    /// <param name="text">The text.</param>
    /// <param name="buffer">At least <see cref="MaxWordLength"/> characters.</param>
    /// <returns>An enumerator; <c>Current</c> is valid until the next <c>MoveNext</c>.</returns>
    public static WordEnumerator Words(ReadOnlySpan<char> text, Span<char> buffer) => new(text, buffer);

    /// <summary>Returns the words of a text as strings (where a list is wanted rather than speed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The words, normalised, in order.</returns>
    public static List<string> WordList(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[MaxWordLength];
        foreach (var word in Words(text, buffer))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>Walks the words of a text without allocating.</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly Span<char> _buffer;
        private int _position;
        private int _length;

        internal WordEnumerator(ReadOnlySpan<char> text, Span<char> buffer)
        {
            _text = text;
            _buffer = buffer;
            _position = 0;
            _length = 0;
        }

        /// <summary>Gets the current word, normalised (never a stop word).</summary>
        public readonly ReadOnlySpan<char> Current => _buffer[.._length];

        /// <summary>Gets the enumerator itself, so that <c>foreach</c> works.</summary>
        /// <returns>This enumerator.</returns>
        public readonly WordEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next word that is not a stop word.</summary>
        /// <returns><see langword="false"/> at the end of the text.</returns>
        public bool MoveNext()
        {
            while (NextWord())
            {
                if (!IsStopWord(Current))
                {
                    return true;
                }
            }

            return false;
        }

        private bool NextWord()
        {
            var text = _text;
            var i = _position;
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                _position = i;
                _length = 0;
                return false;
            }

            var length = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < _buffer.Length)
                    {
                        _buffer[length++] = char.ToLowerInvariant(c);
                    }
                }
                else if (c is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // A possessive 's ends the word (Crohn's = crohn); other apostrophes join (O'Brien = obrien).
                    if ((text[i + 1] is 's' or 'S') && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        i += 2;
                        break;
                    }
                }
                else
                {
                    break;
                }
            }

            _position = i;
            _length = Fold(_buffer[..length]);
            return true;
        }

        /// <summary>Folds a plural: <c>-ies</c> to <c>-y</c> (5 letters or more), a final <c>s</c> dropped (4 or more, not <c>-ss</c>, <c>-us</c>, <c>-is</c>).</summary>
        private static int Fold(Span<char> word)
        {
            var n = word.Length;
            if (n >= 5 && word[n - 1] == 's' && word[n - 2] == 'e' && word[n - 3] == 'i')
            {
                word[n - 3] = 'y';
                return n - 2;
            }

            if (n >= 4 && word[n - 1] == 's' && word[n - 2] is not ('s' or 'u' or 'i') && char.IsLetter(word[n - 2]))
            {
                return n - 1;
            }

            return n;
        }
    }
}
