namespace MedCoding.Billing.X12.IO;

/// <summary>Splits X12 text into segments, taking the delimiters from the fixed-width ISA segment.</summary>
internal static class SegmentReader
{
    private const int IsaLength = 106;

    public static List<Segment> Read(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        if (text.Length - start < IsaLength || string.CompareOrdinal(text, start, "ISA", 0, 3) != 0)
        {
            throw new X12FormatException(1, "ISA", 0, "an X12 interchange starts with a 106-character ISA segment.");
        }

        var element = text[start + 3];
        var component = text[start + 104];
        var terminator = text[start + 105];
        if (char.IsLetterOrDigit(element) || char.IsLetterOrDigit(component) || char.IsLetterOrDigit(terminator)
            || element == component || element == terminator || component == terminator)
        {
            throw new X12FormatException(1, "ISA", 16, "the ISA segment does not define distinct element, component and segment delimiters at its fixed positions.");
        }

        var segments = new List<Segment>();
        var index = 0;
        foreach (var raw in text.AsSpan(start).ToString().Split(terminator))
        {
            var body = raw.Trim('\r', '\n', ' ', '\t');
            if (body.Length == 0)
            {
                continue;
            }

            index++;
            var elements = body.Split(element);
            var id = elements[0];
            if (id.Length is < 2 or > 3 || !id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                throw new X12FormatException(index, string.Empty, 0, "expected a segment id of two or three upper-case letters or digits.");
            }

            if (index == 1 && elements.Length != 17)
            {
                throw new X12FormatException(1, "ISA", 0, "the ISA segment has 16 elements.");
            }

            segments.Add(new Segment(index, elements, component));
        }

        return segments;
    }
}
