namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>dx.tsv</c>: an ICD-10-CM code's MDC, severity, CC exclusion list and operands.</summary>
internal sealed class DiagnosisEntry
{
    public required string Code { get; init; }

    public required int Mdc { get; init; }

    /// <summary>The MDC for a male patient, or -1 when the MDC does not depend on sex.</summary>
    public required int MdcIfMale { get; init; }

    /// <summary>The MDC for a female patient, or -1 when the MDC does not depend on sex.</summary>
    public required int MdcIfFemale { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The CC exclusion list that applies when this code is principal, or 0 for none.</summary>
    public required int ExclusionListId { get; init; }

    /// <summary>The code's operands: attributes, category attributes (<c>dxcMMnn</c>) and HAC operands.</summary>
    public required int[] Operands { get; init; }

    public required int[] HacNumbers { get; init; }

    public bool Has(int operand) => Array.IndexOf(Operands, operand) >= 0;
}
