namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// Reads a CMS order-file addenda (<c>icd10cm_order_addenda_2026.txt</c>): lines "Add:", "Delete:", "Revise from:" and
/// "Revise to:" padded to 13 characters, then the order-file layout without its order number (flag, code, short
/// title in 60 characters, long title); then a summary of counts for headers and codes.
/// </summary>
internal sealed class OrderAddenda
{
    public List<AddendaLine> Lines { get; } = [];

    /// <summary>The summary's counts: (section "Headers"/"Codes", label "additions"/"deletions"/"revisions") → count.</summary>
    public Dictionary<(string Section, string Label), int> Summary { get; } = [];

    public static OrderAddenda Read(string path)
    {
        var addenda = new OrderAddenda();
        string? section = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 13 && line[..13] is "Add:         " or "Delete:      " or "Revise from: " or "Revise to:   ")
            {
                var rest = line[13..];
                addenda.Lines.Add(new AddendaLine(
                    line[..13].Trim().TrimEnd(':'),
                    rest[0] == '1',
                    Icd10CmCodeDotted(rest[2..9].Trim()),
                    rest.Length > 10 ? rest[10..Math.Min(70, rest.Length)].TrimEnd() : string.Empty,
                    rest.Length > 71 ? rest[71..].TrimEnd() : string.Empty));
            }
            else if (line.Trim() is "Headers" or "Codes")
            {
                section = line.Trim();
            }
            else if (section is not null && line.Trim().Split(' ', 2) is [var number, var label] && int.TryParse(number, out var count))
            {
                addenda.Summary[(section, label)] = count;
            }
        }

        return addenda;
    }

    private static string Icd10CmCodeDotted(string code) => code.Length <= 3 ? code : $"{code[..3]}.{code[3..]}";
}

internal sealed record AddendaLine(string Action, bool IsBillable, string Code, string ShortTitle, string Title);
