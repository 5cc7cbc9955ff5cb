using System.Text.RegularExpressions;
using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>The one rule that orders two DRGs (see <see cref="DrgShift"/>) and reads what set a grouping's severity.</summary>
internal static partial class DrgComparison
{
    /// <summary>The most DRGs one MS-DRG family spans (with MCC, with CC, without CC/MCC, and a few four-level families).</summary>
    private const int FamilySpan = 4;

    /// <summary>Returns the direction from one grouping to another, by weight, else severity within a family, else DRG number within a family.</summary>
    public static DrgShift Shift(DrgResult from, DrgResult to, RelativeWeightTable? weights)
    {
        if (from.Drg == to.Drg)
        {
            return DrgShift.None;
        }

        if (weights?.WeightOf(from.Drg) is { } fromWeight && weights.WeightOf(to.Drg) is { } toWeight)
        {
            return toWeight > fromWeight ? DrgShift.Up : toWeight < fromWeight ? DrgShift.Down : DrgShift.Indeterminate;
        }

        if (!SameFamily(from, to))
        {
            return DrgShift.Indeterminate;
        }

        if (to.CountedSeverity != from.CountedSeverity)
        {
            return to.CountedSeverity > from.CountedSeverity ? DrgShift.Up : DrgShift.Down;
        }

        // CMS numbers a family's most severe DRG first (291 with MCC, 292 with CC, 293 without).
        return to.Drg < from.Drg ? DrgShift.Up : DrgShift.Down;
    }

    /// <summary>Returns whether two DRGs are of one MS-DRG family: near in number, with the same title once "with MCC", "with CC" ... is cut off.</summary>
    public static bool SameFamily(DrgResult a, DrgResult b) =>
        Math.Abs(a.Drg - b.Drg) < FamilySpan
        && a.Mdc == b.Mdc
        && string.Equals(BaseTitle(a.DrgTitle), BaseTitle(b.DrgTitle), StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a DRG title without its severity split: <c>SIMPLE PNEUMONIA AND PLEURISY WITH MCC</c> gives <c>SIMPLE PNEUMONIA AND PLEURISY</c>.</summary>
    public static string BaseTitle(string title)
    {
        var match = SeveritySplit().Match(title);
        return match.Success ? title[..match.Index] : title;
    }

    /// <summary>Returns whether a secondary diagnosis finding is one that sets its grouping's severity: counted, at the highest counted level.</summary>
    public static bool SetsSeverity(SecondaryDiagnosisFinding finding, CcSeverity counted) =>
        counted != CcSeverity.None && finding.Counted && finding.Severity == counted;

    /// <summary>Returns <c>CC</c>, <c>MCC</c> or <c>no CC/MCC</c>.</summary>
    public static string Name(CcSeverity severity) => severity switch
    {
        CcSeverity.Mcc => "MCC",
        CcSeverity.Cc => "CC",
        _ => "no CC/MCC",
    };

    [GeneratedRegex(@"\s+(WITH|WITHOUT|W/O|W)\s+(MCC|CC)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeveritySplit();
}
