namespace MedCoding.CodeSets;

/// <summary>Reads and writes a patient's sex as claims write it (X12 <c>F</c>, <c>M</c>, <c>U</c>).</summary>
public static class AdministrativeSexExtensions
{
    /// <summary>Returns the sex for a claim letter.</summary>
    /// <param name="text">The letter, exactly <c>F</c>, <c>M</c> or <c>U</c> (upper case, no blanks, as X12 and the claim JSON write it).</param>
    /// <param name="sex">The sex; <see cref="AdministrativeSex.Unknown"/> when the text is not one of those.</param>
    /// <returns><see langword="true"/> when the text is <c>F</c>, <c>M</c> or <c>U</c>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AdministrativeSex sex)
    {
        sex = text switch
        {
            "F" => AdministrativeSex.Female,
            "M" => AdministrativeSex.Male,
            _ => AdministrativeSex.Unknown,
        };
        return sex != AdministrativeSex.Unknown || text is "U";
    }

    /// <summary>Returns the claim letter for the sex.</summary>
    /// <param name="sex">The sex.</param>
    /// <returns><c>F</c>, <c>M</c>, or <c>U</c> for <see cref="AdministrativeSex.Unknown"/> and any value that is not defined.</returns>
    public static string ToClaimValue(this AdministrativeSex sex) => sex switch
    {
        AdministrativeSex.Female => "F",
        AdministrativeSex.Male => "M",
        _ => "U",
    };
}
