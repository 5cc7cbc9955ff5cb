using System.Diagnostics.CodeAnalysis;
using MedCoding.CodeSets;
using MedCoding.Icd10Pcs;

namespace MedCoding.Grouping;

/// <summary>
/// Returns whether the values of an MS-DRG case are possible: its age, sex, discharge status and codes. The one check that
/// <see cref="DrgCaseFile"/> makes on each line and <c>medcoding drg explain</c> on its options.
/// </summary>
/// <remarks>
/// A possible value may still be one the grouper flags (a code not in the release, a discharge status not in CMS's table when
/// no table is given): these checks refuse what no claim can carry, not what the grouper answers with an error DRG.
/// </remarks>
public static class DrgCaseValues
{
    /// <summary>The youngest age a case may give, in years (the MCE's valid ages are 0 to 124).</summary>
    public const int MinAge = 0;

    /// <summary>The oldest age a case may give, in years.</summary>
    public const int MaxAge = 124;

    /// <summary>Returns whether an age in years is one a case may give: <see cref="MinAge"/> to <see cref="MaxAge"/>.</summary>
    /// <param name="years">The age in years.</param>
    /// <returns><see langword="true"/> when it is within the range.</returns>
    public static bool IsPossibleAge(int years) => years is >= MinAge and <= MaxAge;

    /// <summary>Returns the sex for a claim letter, <c>F</c>, <c>M</c> or <c>U</c> (either case, blanks around it ignored), as the claim model defines it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sex">The sex; <see cref="AdministrativeSex.Unknown"/> when the text is not one of the letters.</param>
    /// <returns><see langword="true"/> when the text is one of the letters.</returns>
    public static bool TryParseSex(ReadOnlySpan<char> text, out AdministrativeSex sex)
    {
        text = text.Trim();
        Span<char> upper = stackalloc char[1];
        if (text.Length != 1)
        {
            sex = AdministrativeSex.Unknown;
            return false;
        }

        upper[0] = char.ToUpperInvariant(text[0]);
        return AdministrativeSexExtensions.TryParse(upper, out sex);
    }

    /// <summary>
    /// Returns the patient discharge status of one or two digits (<c>1</c> or <c>01</c> home, <c>20</c> expired ...), and, when
    /// <paramref name="validCodes"/> is given, one of them (CMS's table: <c>MceRelease.DischargeStatuses</c>).
    /// </summary>
    /// <param name="text">The text; blanks around it are ignored.</param>
    /// <param name="validCodes">The valid codes, or <see langword="null"/> to accept any of 1 to 99.</param>
    /// <param name="status">The status, or 0.</param>
    /// <returns><see langword="true"/> when the text is such a code.</returns>
    public static bool TryParseDischargeStatus(ReadOnlySpan<char> text, IReadOnlySet<int>? validCodes, out int status)
    {
        text = text.Trim();
        status = 0;
        if (text.Length is < 1 or > 2 || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var value = text.Length == 1 ? text[0] - '0' : ((text[0] - '0') * 10) + (text[1] - '0');
        if (value == 0 || (validCodes is not null && !validCodes.Contains(value)))
        {
            return false;
        }

        status = value;
        return true;
    }

    /// <summary>Returns whether a diagnosis code is the shape of an ICD-10-CM code (<see cref="Icd10CmCode.TryParse(string?, out Icd10CmCode, out string?)"/>), with the reason when not.</summary>
    /// <param name="code">The code.</param>
    /// <param name="problem">Why it is not, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsWellFormedDiagnosis(string code, [NotNullWhen(false)] out string? problem) => Icd10CmCode.TryParse(code, out _, out problem);

    /// <summary>Returns whether a procedure code is the shape of an ICD-10-PCS code (<see cref="PcsCode.TryParse(string?, out PcsCode, out string?)"/>), with the reason when not.</summary>
    /// <param name="code">The code.</param>
    /// <param name="problem">Why it is not, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsWellFormedProcedure(string code, [NotNullWhen(false)] out string? problem) => PcsCode.TryParse(code, out _, out problem);
}
