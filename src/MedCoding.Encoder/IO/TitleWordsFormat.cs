using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Writes and reads <see cref="TabularTitleWords"/> in the compiled format (format version 1, <c>docs/compiled-format.md</c>,
/// "Payload of title words"): the fields Release, Codes and Search, in that order, each once (the envelope refuses a field given twice), inside
/// the envelope of <see cref="CompiledDataFormat"/>.
/// </summary>
internal static class TitleWordsFormat
{
    private enum FieldId
    {
        /// <summary>The ICD-10-CM release: system, version, name, the dates it is in force.</summary>
        Release = 1,

        /// <summary>The number of the release's entries and the number of titles (its codes).</summary>
        Codes = 2,

        /// <summary>No longer written: the words' vocabulary, before the search segment held it.</summary>
        Vocabulary = 3,

        /// <summary>No longer written: each title's words, before the search segment held them.</summary>
        Words = 4,

        /// <summary>The titles' search segment (<see cref="SearchSegmentFormat"/>), each document's record its title's entry.</summary>
        Search = 5,
    }

    /// <summary>The most titles a release may have (ICD-10-CM has about 100,000 codes).</summary>
    private const int MaxTitles = 10_000_000;

    public static void Write(TabularTitleWords words, Stream output, CompiledDataCompression compression = CompiledDataCompression.Deflate)
    {
        var release = ReleaseField.Write(words.Release);

        var codes = new PayloadWriter(16);
        codes.WriteVarInt(words.EntryCount);
        codes.WriteVarInt(words.TitleCount);

        var search = new PayloadWriter(1 << 22);
        SearchSegmentFormat.Write(words.Segment, search);

        var payload = new PayloadWriter(release.Length + codes.Length + search.Length + 32);
        payload.WriteField((int)FieldId.Release, release);
        payload.WriteField((int)FieldId.Codes, codes);
        payload.WriteField((int)FieldId.Search, search);
        CompiledDataFormat.Write(output, payload.WrittenSpan, compression);
    }

    public static TabularTitleWords Read(Stream input, string source)
    {
        using var payload = CompiledDataFormat.OpenPayload(input, source);
        return Read(payload);
    }

    /// <summary>Reads title words from a payload; the search segment is read in place when the payload is held in memory.</summary>
    public static TabularTitleWords Read(PayloadStream payload)
    {
        var source = payload.Source;
        Release? release = null;
        (int EntryCount, int TitleCount)? codes = null;
        SearchSegment? segment = null;
        var searchRead = false;
        while (!payload.AtEnd)
        {
            var id = (FieldId)payload.ReadFieldId();
            var length = payload.ReadVarInt();
            if (id == FieldId.Search)
            {
                segment = SearchSegmentFormat.Read(payload.ReadMemory(length), source);
                searchRead = true;
                if (segment is null)
                {
                    throw new CompiledDataException(
                        CompiledDataProblem.UnsupportedVersion,
                        $"{source} holds words cut by another version of the search's rules than this library's (version {SearchText.Version}): compile the title words again with this version's 'medcoding data compile --system icd10cm-titles'.");
                }

                continue;
            }

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
                default:
                    // A field from a later writer (or an earlier one's words): readers skip what they do not know.
                    continue;
            }

            if (!field.AtEnd)
            {
                throw field.Malformed($"the {id.ToString().ToLowerInvariant()} field is longer than its content");
            }
        }

        payload.CheckAtEnd();
        if (release is null || codes is null || !searchRead)
        {
            var missing = release is null ? "release" : codes is null ? "codes" : "search";
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: it lacks the {missing} field.");
        }

        CheckSegment(segment!, codes.Value, source);
        return new TabularTitleWords(release, codes.Value.EntryCount, codes.Value.TitleCount, segment!);
    }

    /// <summary>Reads the number of entries and of titles.</summary>
    private static (int EntryCount, int TitleCount) ReadCodes(ref PayloadReader field)
    {
        var entryCount = field.ReadVarInt();
        var count = field.ReadVarInt();
        if (entryCount > MaxTitles || count > entryCount)
        {
            throw field.Malformed($"it announces {count} titles among {entryCount} entries");
        }

        return (entryCount, count);
    }

    /// <summary>Checks that the segment has a document per title at most, each naming an entry, in order.</summary>
    private static void CheckSegment(SearchSegment segment, (int EntryCount, int TitleCount) codes, string source)
    {
        if (segment.RecordWidth != TitleDocumentSet.RecordWidth || segment.DocumentCount > codes.TitleCount)
        {
            throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: its search segment holds {segment.DocumentCount} documents of {segment.RecordWidth}-number records for {codes.TitleCount} titles.");
        }

        var previous = -1;
        var records = segment.Records.Span;
        for (var d = 0; d < segment.DocumentCount; d++)
        {
            var entry = BlockFormat.Int32At(records, d);
            if (entry <= previous || entry >= codes.EntryCount)
            {
                throw new CompiledDataException(CompiledDataProblem.Malformed, $"{source} is malformed: title document {d} names entry {entry}, out of order or past the {codes.EntryCount} entries.");
            }

            previous = entry;
        }
    }
}
