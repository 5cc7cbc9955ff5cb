using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns an inpatient claim as CMS's Medicare Code Editor reads it: the discharge date, the age on admission, the sex,
/// the discharge status, the length of stay and the codes, each as written, so that every value the MCE would flag can be
/// given to it (an age of 150, a sex of 3, a status of 999).
/// </summary>
/// <remarks>
/// Codes are undotted or dotted, as written: the MCE upper-cases a code and ignores its dots for the table lookup, but
/// compares a secondary diagnosis with the principal exactly as written (<c>DUPLICATE_OF_PDX</c>). A secondary diagnosis,
/// procedure or admitting diagnosis that is blank or made only of zeros is not a code and gets no edit; a principal
/// diagnosis that is blank or zeros is <c>INVALID_CODE</c>. POA indicators are not read: the MCE never edits them.
/// </remarks>
/// <threadsafety>Immutable and thread-safe once built.</threadsafety>
public sealed record MceClaim
{
    /// <summary>The MCE's code for a male patient.</summary>
    public const int Male = 1;

    /// <summary>The MCE's code for a female patient.</summary>
    public const int Female = 2;

    /// <summary>The MCE's code for a patient of unknown sex.</summary>
    public const int UnknownSex = 0;

    /// <summary>Gets the discharge date, or <see langword="null"/> when none was given (the MCE answers <c>INVALID_DISCHARGE_DATE</c>).</summary>
    public DateOnly? DischargeDate { get; init; }

    /// <summary>Gets the age in years on admission, as given (outside 0 to 124 is <c>INVALID_AGE</c>).</summary>
    public int Age { get; init; }

    /// <summary>Gets the sex as the MCE codes it: <see cref="Male"/> 1, <see cref="Female"/> 2, <see cref="UnknownSex"/> 0; any other value is passed on, and is <c>INVALID_SEX</c>.</summary>
    public int Sex { get; init; }

    /// <summary>Gets the patient discharge status (1 = home, 20 = expired...).</summary>
    public int DischargeStatus { get; init; }

    /// <summary>Gets the length of stay in days.</summary>
    public int LengthOfStay { get; init; }

    /// <summary>Gets the admitting diagnosis, or <see langword="null"/> when none is reported.</summary>
    public string? AdmittingDiagnosis { get; init; }

    /// <summary>Gets the principal diagnosis; <see langword="null"/> or blank is <c>INVALID_CODE</c>.</summary>
    public string? PrincipalDiagnosis { get; init; }

    /// <summary>Gets the secondary diagnoses, in claim order.</summary>
    public IReadOnlyList<string> SecondaryDiagnoses { get; init; } = [];

    /// <summary>Gets the ICD-10-PCS procedures, in claim order.</summary>
    public IReadOnlyList<string> Procedures { get; init; } = [];

    /// <summary>Returns the MCE's code of a sex: male 1, female 2, unknown 0.</summary>
    /// <param name="sex">The sex as the SDK models it.</param>
    /// <returns>The MCE's code.</returns>
    public static int SexCodeOf(AdministrativeSex sex) => sex switch
    {
        AdministrativeSex.Male => Male,
        AdministrativeSex.Female => Female,
        _ => UnknownSex,
    };
}
