using System.Text;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>One line of an order file as the test reads it, by column, without the SDK's reader.</summary>
public sealed record RawOrderLine(int LineNumber, string OrderNumber, string Code, char Flag, string ShortTitle, string LongTitle);

/// <summary>
/// An order file read by the test itself: split at line breaks and cut at the columns of the CMS
/// layout (1-5 order number, 7-13 code, 15 flag, 17-76 short title, 78-end long title). This is the
/// independent reference the SDK's <c>OrderFile</c> and releases are checked against.
/// </summary>
public sealed class RawOrderFile
{
    private RawOrderFile(string path, IReadOnlyList<RawOrderLine> lines)
    {
        Path = path;
        Lines = lines;
        Codes = lines.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        Billable = lines.Count(l => l.Flag == '1');
        Headers = lines.Count(l => l.Flag == '0');
    }

    public string Path { get; }

    public IReadOnlyList<RawOrderLine> Lines { get; }

    public IReadOnlySet<string> Codes { get; }

    /// <summary>Lines with 1 in column 15.</summary>
    public int Billable { get; }

    /// <summary>Lines with 0 in column 15.</summary>
    public int Headers { get; }

    public static RawOrderFile Read(string path)
    {
        // Latin-1 maps every byte to a char, so a stray non-ASCII byte would show up in a title instead of being lost.
        var text = File.ReadAllText(path, Encoding.Latin1);
        var rawLines = text.Split("\r\n");
        if (rawLines[^1].Length == 0)
        {
            rawLines = rawLines[..^1];
        }

        var lines = new List<RawOrderLine>(rawLines.Length);
        for (var i = 0; i < rawLines.Length; i++)
        {
            var line = rawLines[i];
            lines.Add(new RawOrderLine(
                i + 1,
                line[..5],
                line[6..13].TrimEnd(' '),
                line[14],
                line[16..76].TrimEnd(' '),
                line[77..].TrimEnd(' ')));
        }

        return new RawOrderFile(path, lines);
    }
}
