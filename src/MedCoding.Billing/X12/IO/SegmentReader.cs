using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.Billing.X12.IO;

/// <summary>
/// Reads X12 text one segment at a time, taking the delimiters from the fixed-width ISA segment: it keeps only the segment
/// being read, so memory does not grow with the file, and refuses a segment longer than <see cref="InputLimits.SegmentChars"/>
/// or a file longer than <see cref="InputLimits.RemittanceChars"/> after reading no more than that.
/// </summary>
internal sealed class SegmentReader
{
    private const int IsaLength = 106;

    // Short elements (codes, qualifiers, reason codes, dates, amounts) repeat from claim to claim: each distinct one is
    // kept once, so what the remittances keep grows with the claims, not with the copies of their values.
    private const int PooledLength = 16;
    private const int PoolCapacity = 1 << 16;

    private readonly TextReader _text;
    private readonly char _element;
    private readonly char _component;
    private readonly char _terminator;
    private readonly StringBuilder _body = new();
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly char[] _buffer = new char[1 << 14];
    private int _position;
    private int _length;
    private long _read;
    private string? _isa;

    public SegmentReader(TextReader text)
    {
        _text = text;
        var start = new char[IsaLength];
        int c;
        do
        {
            c = NextChar();
        }
        while (c >= 0 && (char.IsWhiteSpace((char)c) || c == '\uFEFF'));

        var length = 0;
        while (c >= 0)
        {
            start[length++] = (char)c;
            if (length == IsaLength)
            {
                break;
            }

            c = NextChar();
        }

        if (length < IsaLength || start[0] != 'I' || start[1] != 'S' || start[2] != 'A')
        {
            throw new X12FormatException(1, "ISA", 0, "an X12 interchange starts with a 106-character ISA segment.");
        }

        _element = start[3];
        _component = start[104];
        _terminator = start[105];
        if (char.IsLetterOrDigit(_element) || char.IsLetterOrDigit(_component) || char.IsLetterOrDigit(_terminator)
            || _element == _component || _element == _terminator || _component == _terminator)
        {
            throw new X12FormatException(1, "ISA", 16, "the ISA segment does not define distinct element, component and segment delimiters at its fixed positions.");
        }

        _isa = new string(start, 0, IsaLength - 1);
    }

    /// <summary>Returns every segment of a whole interchange held in memory (the 837 writer's output, in tests).</summary>
    public static List<Segment> Read(string text)
    {
        var reader = new SegmentReader(new StringReader(text));
        var segments = new List<Segment>();
        while (reader.Next() is { } segment)
        {
            segments.Add(segment);
        }

        return segments;
    }

    /// <summary>Gets the number of segments read so far.</summary>
    public int Count { get; private set; }

    /// <summary>Returns the next segment, or <see langword="null"/> at the end of the text.</summary>
    public Segment? Next()
    {
        while (true)
        {
            string body;
            if (_isa is not null)
            {
                body = _isa;
                _isa = null;
            }
            else if (ReadBody() is { } read)
            {
                body = read;
            }
            else
            {
                return null;
            }

            if (body.Length == 0)
            {
                continue;
            }

            var index = ++Count;
            var elements = Split(body);
            var id = elements[0];
            if (id.Length is < 2 or > 3 || !id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                throw new X12FormatException(index, string.Empty, 0, "expected a segment id of two or three upper-case letters or digits.");
            }

            if (index == 1 && elements.Length != 17)
            {
                throw new X12FormatException(1, "ISA", 0, "the ISA segment has 16 elements.");
            }

            return new Segment(index, elements, _component, this);
        }
    }

    /// <summary>Returns the elements of a segment, each short one taken from the pool.</summary>
    private string[] Split(string body)
    {
        var count = 1;
        foreach (var c in body)
        {
            count += c == _element ? 1 : 0;
        }

        var elements = new string[count];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = body.IndexOf(_element, start);
            end = end < 0 ? body.Length : end;
            var span = body.AsSpan(start, end - start);
            if (span.Length == 0)
            {
                elements[i] = string.Empty;
            }
            else
            {
                elements[i] = Intern(span);
            }

            start = end + 1;
        }

        return elements;
    }

    /// <summary>Returns the string of a short value from the pool (adding it while the pool has room), or a new string.</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (value.Length > PooledLength)
        {
            return value.ToString();
        }

        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        if (_pool.Count < PoolCapacity)
        {
            _pool.Add(text, text);
        }

        return text;
    }

    /// <summary>Returns the text up to the next terminator, trimmed of line breaks and blanks, or <see langword="null"/> at the end.</summary>
    private string? ReadBody()
    {
        _body.Clear();
        while (true)
        {
            var c = NextChar();
            if (c < 0)
            {
                return _body.Length == 0 ? null : Trim(_body);
            }

            if (c == _terminator)
            {
                return Trim(_body);
            }

            if (_body.Length == InputLimits.SegmentChars)
            {
                throw new X12FormatException(Count + 1, string.Empty, 0,
                    $"the segment is longer than {InputLimits.Describe(InputLimits.SegmentChars)} characters; no X12 segment is that long.");
            }

            _body.Append((char)c);
        }
    }

    private static string Trim(StringBuilder body)
    {
        var start = 0;
        var end = body.Length;
        while (start < end && body[start] is '\r' or '\n' or ' ' or '\t')
        {
            start++;
        }

        while (end > start && body[end - 1] is '\r' or '\n' or ' ' or '\t')
        {
            end--;
        }

        return body.ToString(start, end - start);
    }

    private int NextChar()
    {
        if (_position == _length)
        {
            _length = _text.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }

            _read += _length;
            if (_read > InputLimits.RemittanceChars)
            {
                throw new X12FormatException(Count + 1, string.Empty, 0,
                    $"the file is longer than {InputLimits.Describe(InputLimits.RemittanceChars)} characters, the most an 835 may have here.");
            }
        }

        return _buffer[_position++];
    }
}
