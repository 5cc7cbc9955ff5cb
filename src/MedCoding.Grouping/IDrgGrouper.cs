using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// Gets the DRG of an inpatient case: the seam other domains (the claim editor, billing) depend on to
/// ask for the DRG of an institutional claim, and tests replace with a fake.
/// </summary>
public interface IDrgGrouper
{
    /// <summary>Returns the grouping of a case with the MS-DRG version in force on its discharge date.</summary>
    /// <param name="drgCase">The case.</param>
    /// <returns>The DRG, MDC, return code and grouping path.</returns>
    /// <exception cref="NoReleaseInForceException">No version the grouper has is in force on the case's discharge date.</exception>
    DrgResult Group(DrgCase drgCase);
}
