namespace MedCoding.Audit;

/// <summary>Gets the direction of the DRG from the coder's version of a case to the auditor's.</summary>
/// <remarks>
/// <para>"Up" means the auditor's DRG is worth more than the coder's: the coder under-coded. "Down" means the coder over-coded.</para>
/// <para>
/// Which DRG is worth more is decided by the first rule that applies:
/// (1) with a relative weights table weighing both DRGs, the higher weight;
/// (2) within one MS-DRG family (the same base title, "with MCC" / "with CC" / "without CC/MCC"), the higher counted
/// CC/MCC severity, and on equal severity the lower DRG number, since CMS numbers a family's most severe DRG first;
/// (3) otherwise the shift is <see cref="Indeterminate"/>: two DRGs of different families are not ordered without weights.
/// </para>
/// </remarks>
public enum DrgShift
{
    /// <summary>Both versions group to the same DRG.</summary>
    None = 0,

    /// <summary>The auditor's DRG is worth more than the coder's.</summary>
    Up = 1,

    /// <summary>The auditor's DRG is worth less than the coder's.</summary>
    Down = 2,

    /// <summary>The DRGs differ and cannot be ordered: different families and no weights for both.</summary>
    Indeterminate = 3,
}
