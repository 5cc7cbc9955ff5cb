namespace MedCoding.CodeSets;

/// <summary>Reads and writes POA indicators as they appear on a claim.</summary>
public static class PresentOnAdmissionExtensions
{
    /// <summary>Returns the indicator for a claim letter (<c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c>, or blank).</summary>
    /// <param name="text">The letter; case and surrounding blanks are ignored.</param>
    /// <param name="poa">The indicator; <see cref="PresentOnAdmission.NotReported"/> for a blank.</param>
    /// <returns><see langword="true"/> when the text is one of those.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PresentOnAdmission poa)
    {
        text = text.Trim();
        poa = text.Length == 0 ? PresentOnAdmission.NotReported : char.ToUpperInvariant(text[0]) switch
        {
            'Y' => PresentOnAdmission.Yes,
            'N' => PresentOnAdmission.No,
            'U' => PresentOnAdmission.Unknown,
            'W' => PresentOnAdmission.ClinicallyUndetermined,
            '1' => PresentOnAdmission.Exempt,
            _ => (PresentOnAdmission)(-1),
        };
        if (text.Length <= 1 && Enum.IsDefined(poa))
        {
            return true;
        }

        poa = PresentOnAdmission.NotReported;
        return false;
    }

    /// <summary>Returns the claim letter for the indicator (blank when not reported).</summary>
    /// <param name="poa">The indicator.</param>
    /// <returns>The letter: <c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c>, or the empty string for <see cref="PresentOnAdmission.NotReported"/> or a value that is not defined.</returns>
    public static string ToClaimValue(this PresentOnAdmission poa) => poa switch
    {
        PresentOnAdmission.Yes => "Y",
        PresentOnAdmission.No => "N",
        PresentOnAdmission.Unknown => "U",
        PresentOnAdmission.ClinicallyUndetermined => "W",
        PresentOnAdmission.Exempt => "1",
        _ => "",
    };

    /// <summary>Returns whether the indicator is one a condition can be reported with: <c>Y</c>, <c>N</c>, <c>U</c> or <c>W</c> (not blank, not exempt).</summary>
    /// <param name="poa">The indicator.</param>
    /// <returns><see langword="true"/> for <see cref="PresentOnAdmission.Yes"/>, <see cref="PresentOnAdmission.No"/>, <see cref="PresentOnAdmission.Unknown"/> and <see cref="PresentOnAdmission.ClinicallyUndetermined"/>.</returns>
    public static bool IsReported(this PresentOnAdmission poa) =>
        poa is PresentOnAdmission.Yes or PresentOnAdmission.No or PresentOnAdmission.Unknown or PresentOnAdmission.ClinicallyUndetermined;

    /// <summary>Returns whether the indicator says the condition was not present on admission (<c>N</c> or <c>U</c>), the case in which a hospital-acquired condition loses its CC/MCC.</summary>
    /// <param name="poa">The indicator.</param>
    /// <returns><see langword="true"/> for <c>N</c> and <c>U</c>.</returns>
    public static bool IsNotPresentOnAdmission(this PresentOnAdmission poa) =>
        poa is PresentOnAdmission.No or PresentOnAdmission.Unknown;
}
