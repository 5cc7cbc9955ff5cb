using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Gems.IO;

/// <summary>
/// Reads a CMS diagnosis GEM file: one entry per line, <c>source target flags</c> separated by blanks,
/// CRLF line ends. Every line is checked: the source and target must have the shape of their code sets
/// (or the target be <c>NoDx</c>), the flags five digits that agree with each other and with the target,
/// and no line may repeat.
/// </summary>
internal static class GemFileReader
{
    private const string NoMap = "NoDx";
    private const int MaxLineLength = 64;

    public static List<GemEntry> Read(string path, GemDirection direction, List<GemIrregularity> irregularities)
    {
        return Parse(DataFileLines.ReadAllBytes(path, "GEM file"), path, direction, irregularities);
    }

    public static List<GemEntry> Parse(ReadOnlySpan<byte> content, string source, GemDirection direction, List<GemIrregularity> irregularities)
    {
        var entries = new List<GemEntry>(content.Length / 20);
        var seen = new HashSet<(string, string?, GemFlags)>();
        // Codes repeat across lines (a source on consecutive lines, a target under many sources): keep one string each.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        var pooled = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var dotted9 = new Dictionary<string, string>(StringComparer.Ordinal);
        var dotted10 = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[4];
        Span<char> chars = stackalloc char[MaxLineLength];
        var lines = new DataFileLines(content, source);
        while (lines.MoveNext())
        {
            var lineNumber = lines.LineNumber;
            var bytes = lines.Current;
            if (bytes.IsEmpty && lines.AtEnd)
            {
                break;
            }

            foreach (var b in bytes)
            {
                if (b is (< 0x20 or > 0x7E) and not (byte)'\r')
                {
                    throw lines.Error($"Unexpected byte 0x{b:X2}; GEM files are printable ASCII.");
                }
            }

            if (bytes.Length > MaxLineLength)
            {
                throw lines.Error($"The line has {bytes.Length} characters; a GEM line has at most {MaxLineLength}.");
            }

            bytes = bytes.TrimEnd((byte)'\r');
            ReadOnlySpan<char> line = chars[..Encoding.ASCII.GetChars(bytes, chars)];
            var count = DelimitedFields.SplitOnBlanks(bytes, fields);
            if (count != 3)
            {
                throw lines.Error("Expected three fields: source code, target code (or NoDx) and five flag digits.");
            }

            var from = Pool(pooled, line[fields[0]]);
            var to = Pool(pooled, line[fields[1]]);
            if (to != NoMap && to.Any(char.IsAsciiLetterLower))
            {
                // The official 2018 backward GEM writes one ICD-9-CM code in lower case (v5889): accept it upper-cased, and report it.
                irregularities.Add(new GemIrregularity(source, lineNumber, $"The target '{to}' is in lower case; read as '{to.ToUpperInvariant()}'."));
                to = to.ToUpperInvariant();
            }
            var flags = ParseFlags(line[fields[2]], source, lineNumber);
            CheckShape(from, direction == GemDirection.Icd9ToIcd10, source, lineNumber, "source", direction == GemDirection.Icd9ToIcd10 ? dotted9 : dotted10);
            string? target = null;
            string? display = null;
            if (to == NoMap)
            {
                if (!flags.IsNoMap)
                {
                    throw new DataFileException(source, lineNumber, "The target is NoDx but the no-map flag (the second digit) is 0.");
                }
            }
            else
            {
                if (flags.IsNoMap)
                {
                    throw new DataFileException(source, lineNumber, $"The no-map flag is 1 but the target is {to}, not NoDx.");
                }

                display = CheckShape(to, direction != GemDirection.Icd9ToIcd10, source, lineNumber, "target", direction != GemDirection.Icd9ToIcd10 ? dotted9 : dotted10);
                target = to;
            }

            if (!seen.Add((from, target, flags)))
            {
                throw new DataFileException(source, lineNumber, $"The entry {from} {to} {flags} appears a second time.");
            }

            entries.Add(new GemEntry(from, target, display, flags, lineNumber));
        }

        if (entries.Count == 0)
        {
            throw new DataFileException(source, null, "The GEM file holds no entries.");
        }

        return entries;
    }

    private static string Pool(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool, ReadOnlySpan<char> code)
    {
        if (pool.TryGetValue(code, out var text))
        {
            return text;
        }

        text = new string(code);
        pool[text] = text;
        return text;
    }

    private static GemFlags ParseFlags(ReadOnlySpan<char> text, string source, int lineNumber)
    {
        if (text.Length != 5 || text.ContainsAnyExceptInRange('0', '9') || text[0] > '1' || text[1] > '1' || text[2] > '1')
        {
            throw new DataFileException(source, lineNumber,
                $"The flags '{text}' must be five digits: approximate (0/1), no map (0/1), combination (0/1), scenario (0-9), choice list (0-9).");
        }

        var flags = new GemFlags(text[0] == '1', text[1] == '1', text[2] == '1', text[3] - '0', text[4] - '0');
        if (flags.IsCombination != (flags.Scenario > 0) || flags.IsCombination != (flags.ChoiceList > 0))
        {
            throw new DataFileException(source, lineNumber,
                $"The flags '{text}' disagree: a combination entry (third digit 1) has a scenario and a choice list above 0, and any other entry has both 0.");
        }

        if (flags.IsNoMap && (flags.IsCombination || !flags.IsApproximate))
        {
            throw new DataFileException(source, lineNumber, $"The flags {MessageText.Quote(text)} disagree: a no-map entry is approximate and not a combination (11000).");
        }

        return flags;
    }

    private static string CheckShape(string code, bool icd9, string source, int lineNumber, string what, Dictionary<string, string> dotted)
    {
        if (dotted.TryGetValue(code, out var known))
        {
            return known;
        }

        var result = CheckShape(code, icd9, source, lineNumber, what);
        dotted.Add(code, result);
        return result;
    }

    private static string CheckShape(string code, bool icd9, string source, int lineNumber, string what)
    {
        if (icd9)
        {
            if (!Icd9CmCode.TryParse(code, out var parsed, out var error) || parsed.Value != code)
            {
                throw new DataFileException(source, lineNumber, $"The {what} {MessageText.Quote(code)} is not an undotted ICD-9-CM diagnosis code: {error ?? "write it in upper case"}");
            }

            return parsed.ToString();
        }

        if (!Icd10CmCode.TryParse(code, out var icd10, out var error10) || icd10.Value != code)
        {
            throw new DataFileException(source, lineNumber, $"The {what} {MessageText.Quote(code)} is not an undotted ICD-10-CM code: {error10 ?? "write it in upper case"}");
        }

        return icd10.ToString();
    }
}
