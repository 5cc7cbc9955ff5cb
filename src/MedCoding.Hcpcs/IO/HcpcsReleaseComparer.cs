using System.Globalization;

namespace MedCoding.Hcpcs.IO;

/// <summary>
/// Compares two HCPCS Level II releases record by record and field by field: the check that a compiled file reads back
/// exactly as the release read from the official alpha-numeric file.
/// </summary>
internal static class HcpcsReleaseComparer
{
    /// <summary>Returns the first difference between two releases, in words, or <see langword="null"/> when they are identical.</summary>
    /// <remarks>The official file is compared by name, not path: a compiled release keeps only the name.</remarks>
    public static string? FindDifference(HcpcsLevel2Release expected, HcpcsLevel2Release actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Release;
        var b = actual.Release;
        if (a.System != b.System || a.Version != b.Version || a.Name != b.Name || a.EffectiveFrom != b.EffectiveFrom || a.EffectiveThrough != b.EffectiveThrough)
        {
            return $"the release is {b}, expected {a}";
        }

        if (Path.GetFileName(expected.SourcePath) != Path.GetFileName(actual.SourcePath))
        {
            return $"the official file is {Path.GetFileName(actual.SourcePath)}, expected {Path.GetFileName(expected.SourcePath)}";
        }

        if ((expected.LineCount, expected.PreambleLineCount, expected.ContinuationLineCount, expected.ShortLineCount)
            != (actual.LineCount, actual.PreambleLineCount, actual.ContinuationLineCount, actual.ShortLineCount))
        {
            return $"the line counts (lines, preamble, continuations, short lines) are {(actual.LineCount, actual.PreambleLineCount, actual.ContinuationLineCount, actual.ShortLineCount)}, expected {(expected.LineCount, expected.PreambleLineCount, expected.ContinuationLineCount, expected.ShortLineCount)}";
        }

        return Compare("procedure", expected.Procedures, actual.Procedures) ?? Compare("modifier", expected.Modifiers, actual.Modifiers);
    }

    /// <summary>Returns every field of a record by its name, as text, in the order of the record layout.</summary>
    public static IEnumerable<(string Field, string Value)> Fields(HcpcsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        yield return (nameof(record.Code), record.Code);
        yield return (nameof(record.Kind), record.Kind.ToString());
        yield return (nameof(record.SequenceNumber), Text(record.SequenceNumber));
        yield return (nameof(record.LongDescription), record.LongDescription);
        yield return (nameof(record.ShortDescription), record.ShortDescription);
        yield return (nameof(record.PricingIndicators), Text(record.PricingIndicators));
        yield return (nameof(record.MultiplePricingIndicator), Text(record.MultiplePricingIndicator));
        yield return (nameof(record.CoverageIssuesManualReferences), Text(record.CoverageIssuesManualReferences));
        yield return (nameof(record.CarriersManualReferences), Text(record.CarriersManualReferences));
        yield return (nameof(record.Statute), record.Statute ?? "(none)");
        yield return (nameof(record.LabCertifications), Text(record.LabCertifications));
        yield return (nameof(record.CrossReferences), Text(record.CrossReferences));
        yield return (nameof(record.Coverage), record.Coverage?.ToString() ?? "(none)");
        yield return (nameof(record.IsAscApproved), record.IsAscApproved ? "yes" : "no");
        yield return (nameof(record.AscPaymentGroupEffectiveDate), Text(record.AscPaymentGroupEffectiveDate));
        yield return (nameof(record.MogPaymentGroup), record.MogPaymentGroup ?? "(none)");
        yield return (nameof(record.MogPaymentPolicyIndicator), Text(record.MogPaymentPolicyIndicator));
        yield return (nameof(record.MogEffectiveDate), Text(record.MogEffectiveDate));
        yield return (nameof(record.ProcessingNoteNumber), record.ProcessingNoteNumber ?? "(none)");
        yield return (nameof(record.Betos), record.Betos ?? "(none)");
        yield return (nameof(record.TypesOfService), Text(record.TypesOfService.Select(t => t.ToString()).ToArray()));
        yield return (nameof(record.AnesthesiaBaseUnits), record.AnesthesiaBaseUnits is { } units ? Text(units) : "(none)");
        yield return (nameof(record.AddedDate), Text(record.AddedDate));
        yield return (nameof(record.ActionEffectiveDate), Text(record.ActionEffectiveDate));
        yield return (nameof(record.TerminationDate), Text(record.TerminationDate));
        yield return (nameof(record.ActionCode), record.ActionCode.ToString());
        yield return (nameof(record.LineNumber), Text(record.LineNumber));
        yield return (nameof(record.LineCount), Text(record.LineCount));
    }

    private static string? Compare(string what, IReadOnlyList<HcpcsRecord> expected, IReadOnlyList<HcpcsRecord> actual)
    {
        if (expected.Count != actual.Count)
        {
            return $"{actual.Count} {what} records, expected {expected.Count}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            using var x = Fields(expected[i]).GetEnumerator();
            using var y = Fields(actual[i]).GetEnumerator();
            while (x.MoveNext() && y.MoveNext())
            {
                if (!string.Equals(x.Current.Value, y.Current.Value, StringComparison.Ordinal))
                {
                    return $"{what} record {i} ({expected[i].Code}) has {x.Current.Field} '{y.Current.Value}', expected '{x.Current.Value}'";
                }
            }
        }

        return null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(char? value) => value?.ToString() ?? "(none)";

    private static string Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(none)";

    private static string Text(IReadOnlyList<string> values) => "[" + string.Join("|", values) + "]";
}
