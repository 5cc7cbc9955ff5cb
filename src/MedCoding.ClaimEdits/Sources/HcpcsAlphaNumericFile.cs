using System.Collections.Frozen;
using System.Text;
using MedCoding.Lookup;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>Reads CMS's alpha-numeric HCPCS file (fixed width, 320 columns; record layout <c>HCPCS2019_recordlayout.txt</c>).</summary>
internal static class HcpcsAlphaNumericFile
{
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Modifiers) Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.Latin1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The HCPCS file could not be read: {e.Message}", e);
        }

        var codes = new List<string>(lines.Length);
        var modifiers = new List<string>(400);
        var started = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // CMS puts a disclaimer above the records; the records start with the first line shaped like one.
            if (!started)
            {
                if (!LooksLikeRecord(line))
                {
                    continue;
                }

                started = true;
            }

            if (line.Length < 11)
            {
                throw new DataFileException(path, i + 1, $"A record is {line.Length} characters; expected at least 11 (code, modifier, sequence number, record identification code).");
            }

            switch (line[10])
            {
                case '3':
                    codes.Add(RequireCode(path, i + 1, line.AsSpan(0, 5).TrimEnd().ToString(), 5, "Columns 1-5 must hold the HCPCS code"));
                    break;
                case '7':
                    modifiers.Add(RequireCode(path, i + 1, line.Substring(3, 2), 2, "Columns 4-5 must hold the modifier"));
                    break;
                case '4' or '8':
                    break;
                default:
                    throw new DataFileException(path, i + 1, $"Column 11 holds '{line[10]}'; the record identification code is 3, 4, 7 or 8.");
            }
        }

        if (codes.Count == 0)
        {
            throw new DataFileException(path, null, "The file holds no HCPCS procedure records (record identification code 3).");
        }

        return (codes, modifiers);
    }

    private static bool LooksLikeRecord(string line) =>
        line.Length >= 11 && line[10] is '3' or '4' or '7' or '8' && char.IsAsciiDigit(line[5]) && line.AsSpan(5, 5).ContainsAnyExcept("0123456789") == false;

    private static string RequireCode(string path, int line, string code, int length, string expected)
    {
        if (code.Length != length || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new DataFileException(path, line, $"{expected} ({length} letters or digits).");
        }

        return code;
    }
}
