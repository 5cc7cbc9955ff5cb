namespace MedCoding.Encoder;

/// <summary>
/// Returns what a code found by the search is in the release in force on the date asked.
/// </summary>
public enum CodeStatus
{
    /// <summary>A complete code, valid for HIPAA-covered transactions (JSON <c>billable</c>).</summary>
    Billable = 1,

    /// <summary>A category, subcategory, PCS table or partial PCS code: a billable code lies below it (JSON <c>header</c>).</summary>
    Header = 2,

    /// <summary>The code is not in the release in force: deleted, or not yet created (JSON <c>not-in-release</c>).</summary>
    NotInRelease = 3,

    /// <summary>No release of the code's system is in force on the date (JSON <c>no-release-in-force</c>); nothing is guessed.</summary>
    NoReleaseInForce = 4,
}
