namespace MedCoding.Grouping;

/// <summary>Reads and writes POA indicators as they appear on a claim.</summary>
public static class PresentOnAdmissionExtensions
{
    /// <summary>Returns the indicator for a claim letter (<c>Y</c>, <c>N</c>, <c>U</c>, <c>W</c>, <c>1</c>, or blank).</summary>
    /// <param name="text">The letter; case is ignored.</param>
    /// <param name="poa">The indicator.</param>
    /// <returns><see langword="true"/> when the letter is one of those.</returns>
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
        return text.Length <= 1 && Enum.IsDefined(poa);
    }

    /// <summary>Returns the claim letter for the indicator (blank when not reported).</summary>
    /// <param name="poa">The indicator.</param>
    /// <returns>The letter.</returns>
    public static string ToClaimValue(this PresentOnAdmission poa) => poa switch
    {
        PresentOnAdmission.Yes => "Y",
        PresentOnAdmission.No => "N",
        PresentOnAdmission.Unknown => "U",
        PresentOnAdmission.ClinicallyUndetermined => "W",
        PresentOnAdmission.Exempt => "1",
        _ => "",
    };

    /// <summary>Returns whether the indicator says the condition was not present on admission (<c>N</c> or <c>U</c>), the case in which a hospital-acquired condition loses its CC/MCC.</summary>
    /// <param name="poa">The indicator.</param>
    /// <returns><see langword="true"/> for <c>N</c> and <c>U</c>.</returns>
    public static bool IsNotPresentOnAdmission(this PresentOnAdmission poa) =>
        poa is PresentOnAdmission.No or PresentOnAdmission.Unknown;
}
