using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Writes and reads <see cref="TabularTitleWords"/> in the compiled format (format version 1, <c>docs/compiled-format.md</c>,
/// "Payload of title words"): the fields Release, Codes, Vocabulary and Words, in that order, each once (the envelope refuses a field given twice), inside
/// the envelope of <see cref="CompiledDataFormat"/>.
/// </summary>
internal static class TitleWordsFormat
{
    private enum FieldId
    {
        /// <summary>The ICD-10-CM release: system, version, name, the dates it is in force.</summary>
        Release = 1,

        /// <summary>The number of the release's entries, the number of titles, and where each title's code stands among the entries (as the distance from the one before).</summary>
        Codes = 2,

        /// <summary>The version of the search's rules that cut the words, then the distinct words.</summary>
        Vocabulary = 3,

        /// <summary>The number of words of all titles, then each title's words: a count, then the words' numbers.</summary>
        Words = 4,
    }

    /// <summary>The most titles a release may have (ICD-10-CM has about 100,000 codes).</summary>
    private const int MaxTitles = 10_000_000;

    /// <summary>The most words one title may have (the longest official title has about 40).</summary>
    private const int MaxWordsPerTitle = 1024;

    public static void Write(TabularTitleWords words, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var release = ReleaseField.Write(words.Release);

        var codes = new PayloadWriter(words.TitleCount + 16);
        codes.WriteVarInt(words.EntryCount);
        codes.WriteVarInt(words.TitleCount);
        var previous = -1;
        foreach (var entry in words.Entries)
        {
            codes.WriteVarInt(entry - previous - 1);
            previous = entry;
        }

        var vocabulary = new PayloadWriter(1 << 18);
        vocabulary.WriteVarInt(SearchText.Version);
        words.Titles.WriteVocabulary(vocabulary);

        var titles = new PayloadWriter(1 << 20);
        words.Titles.WriteLists(titles);

        var payload = new PayloadWriter(release.Length + codes.Length + vocabulary.Length + titles.Length + 32);
        payload.WriteField((int)FieldId.Release, release);
        payload.WriteField((int)FieldId.Codes, codes);
        payload.WriteField((int)FieldId.Vocabulary, vocabulary);
        payload.WriteField((int)FieldId.Words, titles);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static TabularTitleWords Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        Release? release = null;
        (int EntryCount, int[] Entries)? codes = null;
        string[]? vocabulary = null;
        WordLists? titles = null;
        while (!payload.AtEnd)
        {
            var id = (FieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            using var body = payload.ReadPooledBody(length);
            var field = new PayloadReader(body.Span, source);
            switch (id)
            {
                case FieldId.Release:
                    release = ReleaseField.Read(ref field, source, CodeSystem.Icd10Cm, "the title words of an ICD-10-CM release");
                    break;
                case FieldId.Codes:
                    codes = ReadCodes(ref field);
                    break;
                case FieldId.Vocabulary:
                    var version = field.ReadVarInt();
                    if (version != SearchText.Version)
                    {
                        throw new CompiledDataException(
                            CompiledDataProblem.UnsupportedVersion,
                            $"{source} holds words cut by version {version} of the search's rules; this library cuts them by version {SearchText.Version}: compile the title words again with this version's 'medcoding data compile --system icd10cm-titles'.");
                    }

                    vocabulary = WordLists.ReadVocabulary(ref field);
                    break;
                case FieldId.Words:
                    titles = WordLists.ReadLists(
                        ref field,
                        vocabulary ?? throw field.Malformed("the words come before the vocabulary"),
                        codes?.Entries.Length ?? throw field.Malformed("the words come before the codes"),
                        MaxWordsPerTitle,
                        "title");
                    break;
                default:
                    // A field from a later writer: older readers skip what they do not know.
                    continue;
            }

            if (!field.AtEnd)
            {
                throw field.Malformed($"the {id.ToString().ToLowerInvariant()} field is longer than its content");
            }
        }

        payload.CheckAtEnd();
        if (release is null || codes is null || vocabulary is null || titles is null)
        {
            var missing = release is null ? "release" : codes is null ? "codes" : vocabulary is null ? "vocabulary" : "words";
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {missing} field.");
        }

        return new TabularTitleWords(release, codes.Value.EntryCount, codes.Value.Entries, titles);
    }

    /// <summary>Reads the number of entries and each title's entry, checking that they stand in order among the entries.</summary>
    private static (int EntryCount, int[] Entries) ReadCodes(ref PayloadReader field)
    {
        var entryCount = field.ReadVarInt();
        var count = field.ReadCount();
        if (entryCount > MaxTitles || count > entryCount)
        {
            throw field.Malformed($"it announces {count} titles among {entryCount} entries");
        }

        var entries = new int[count];
        var previous = -1;
        for (var t = 0; t < count; t++)
        {
            var entry = previous + 1 + field.ReadVarInt();
            entries[t] = entry < entryCount ? entry : throw field.Malformed($"title {t} stands past the {entryCount} entries");
            previous = entry;
        }

        return (entryCount, entries);
    }
}
