using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;

namespace MedCoding.Encoder;

/// <summary>
/// Checks a code an index or a title gave against a release: billable, header (and what is missing), or not in it;
/// and completes it (7th characters, PCS axes, notes).
/// </summary>
internal static class CodeChecker
{
    /// <summary>Finds an ICD-10-CM code (dotted or not, a final "-" ignored) in a release without allocating.</summary>
    public static CodeEntry? FindCm(Icd10CmRelease release, ReadOnlySpan<char> code)
    {
        Span<char> buffer = stackalloc char[Icd10CmCode.MaxLength + 1];
        var text = code.Trim().TrimEnd('-');
        return Icd10CmCode.TryNormalize(text, buffer, out var written) ? release.Find(buffer[..written]) : null;
    }

    /// <summary>Returns what an ICD-10-CM entry still lacks: more characters, a 7th character, or both.</summary>
    public static MissingParts MissingOf(Icd10CmRelease release, CodeEntry entry)
    {
        if (entry.IsBillable)
        {
            return MissingParts.None;
        }

        var missing = MissingParts.None;
        foreach (var child in release.GetChildren(entry))
        {
            missing |= child.Kind == EntryKind.Extension ? MissingParts.SeventhCharacter : MissingParts.Characters;
        }

        if (missing.HasFlag(MissingParts.Characters))
        {
            // A 7th character further down (S00.0 -> S00.00 -> S00.00XA)? The first line of descent says (O(depth)).
            var current = entry;
            while (!current.IsBillable && FirstChild(release, current) is { } child)
            {
                current = child;
            }

            if (current.Kind == EntryKind.Extension)
            {
                missing |= MissingParts.SeventhCharacter;
            }
        }

        return missing == MissingParts.None ? MissingParts.Characters : missing;
    }

    private static CodeEntry? FirstChild(Icd10CmRelease release, CodeEntry entry)
    {
        foreach (var child in release.GetChildren(entry))
        {
            return child;
        }

        return null;
    }

    /// <summary>Returns the billable codes at or below an ICD-10-CM entry, in tabular order.</summary>
    public static IReadOnlyList<string> BillableBelow(Icd10CmRelease release, CodeEntry entry)
    {
        if (entry.IsBillable)
        {
            return [entry.Name];
        }

        var result = new List<string>();
        foreach (var descendant in release.GetDescendants(entry))
        {
            if (descendant.IsBillable)
            {
                result.Add(descendant.Name);
            }
        }

        return result;
    }

    /// <summary>Returns whether a text is the shape of an ICD-10-PCS code or partial code (3 to 7 characters, digits and letters other than I and O).</summary>
    public static bool IsPcsShape(ReadOnlySpan<char> text)
    {
        if (text.Length is < 3 or > PcsCode.Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!PcsCode.IsValidCharacter(char.ToUpperInvariant(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks an ICD-10-PCS code or partial code (<c>0DTJ</c>, <c>0DT</c>, <c>0DTJ4ZZ</c>) against a release.</summary>
    public static (CodeStatus Status, MissingParts Missing, string? Title) CheckPcs(PcsRelease release, string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (upper.Length == PcsCode.Length)
        {
            var entry = release.Find(upper);
            return entry is null ? (CodeStatus.NotInRelease, MissingParts.None, null) : (CodeStatus.Billable, MissingParts.None, entry.Title);
        }

        var rows = CompatibleRows(release, upper, out var table);
        if (table is null || rows.Count == 0)
        {
            var header = upper.Length == 3 ? release.FindTable(upper) : null;
            return header is null ? (CodeStatus.NotInRelease, MissingParts.None, null) : (CodeStatus.Header, MissingParts.PcsAxes, header.Title);
        }

        var title = table.Title;
        if (upper.Length >= 4 && rows[0].FindValue(PcsAxis.BodyPart, upper[3]) is { } bodyPart)
        {
            title = $"{title}, {bodyPart.Label}";
        }

        return (CodeStatus.Header, MissingParts.PcsAxes, title);
    }

    /// <summary>Returns the rows of the table of a partial PCS code that offer its characters beyond the third.</summary>
    public static List<PcsRow> CompatibleRows(PcsRelease release, string prefix, out PcsTable? table)
    {
        table = prefix.Length >= 3 ? release.Tables?.FindTable(prefix.AsSpan(0, 3)) : null;
        var rows = new List<PcsRow>();
        if (table is null)
        {
            return rows;
        }

        foreach (var row in table.Rows)
        {
            var fits = true;
            for (var i = 3; i < prefix.Length && fits; i++)
            {
                fits = row.FindValue((PcsAxis)(i + 1), prefix[i]) is not null;
            }

            if (fits)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Returns the billable codes a partial PCS code reaches in a release, in table order.</summary>
    public static IReadOnlyList<string> PcsBillableBelow(PcsRelease release, string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        if (upper.Length == PcsCode.Length)
        {
            return release.Find(upper) is null ? [] : [upper];
        }

        var result = new List<string>();
        foreach (var row in CompatibleRows(release, upper, out _))
        {
            foreach (var c in row.Codes)
            {
                if (c.Value.StartsWith(upper, StringComparison.Ordinal))
                {
                    result.Add(c.Value);
                }
            }
        }

        return result;
    }

    /// <summary>Returns the axes a partial PCS code leaves open, each with the values its compatible rows offer.</summary>
    public static IReadOnlyList<PcsOpenAxis> OpenAxes(PcsRelease release, string code)
    {
        var upper = code.Trim().ToUpperInvariant();
        var rows = CompatibleRows(release, upper, out var table);
        if (table is null || rows.Count == 0 || upper.Length >= PcsCode.Length)
        {
            return [];
        }

        var axes = new List<PcsOpenAxis>();
        for (var position = upper.Length + 1; position <= PcsCode.Length; position++)
        {
            var axis = (PcsAxis)position;
            var values = new SortedDictionary<char, PcsAxisValue>();
            foreach (var row in rows)
            {
                foreach (var value in row.GetValues(axis))
                {
                    values.TryAdd(value.Character, value);
                }
            }

            var list = values.Values.ToArray();
            axes.Add(new PcsOpenAxis(axis, list.Length > 0 ? list[0].AxisTitle : axis.ToString(), list));
        }

        return axes;
    }
}
