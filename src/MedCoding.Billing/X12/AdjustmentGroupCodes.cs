using System.Diagnostics.CodeAnalysis;

namespace MedCoding.Billing.X12;

/// <summary>
/// Returns the X12 codes of adjustment groups (<c>CO</c>, <c>PR</c>, <c>OA</c>, <c>PI</c>).
/// </summary>
public static class AdjustmentGroupCodes
{
    /// <summary>Returns the X12 code of a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns><c>CO</c>, <c>PR</c>, <c>OA</c> or <c>PI</c>.</returns>
    public static string ToCode(this AdjustmentGroup group) => group switch
    {
        AdjustmentGroup.ContractualObligation => "CO",
        AdjustmentGroup.PatientResponsibility => "PR",
        AdjustmentGroup.OtherAdjustment => "OA",
        AdjustmentGroup.PayerInitiatedReduction => "PI",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>Returns the group of an X12 code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="group">The group when known.</param>
    /// <returns><see langword="true"/> for <c>CO</c>, <c>PR</c>, <c>OA</c> or <c>PI</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out AdjustmentGroup group)
    {
        group = code switch
        {
            "CO" => AdjustmentGroup.ContractualObligation,
            "PR" => AdjustmentGroup.PatientResponsibility,
            "OA" => AdjustmentGroup.OtherAdjustment,
            "PI" => AdjustmentGroup.PayerInitiatedReduction,
            _ => 0,
        };
        return group != 0;
    }
}
