namespace MedCoding.Grouping;

/// <summary>Gets why a case grouped or could not group, as the CMS grouper reports it.</summary>
/// <remarks>Every code except <see cref="Ok"/> comes with DRG 999 (ungroupable) and MDC 0.</remarks>
public enum GrouperReturnCode
{
    /// <summary><c>OK</c>: the case grouped.</summary>
    Ok = 0,

    /// <summary><c>INVALID_PDX</c>: the principal diagnosis is not a valid ICD-10-CM code for the version.</summary>
    InvalidPdx = 1,

    /// <summary><c>DX_CANNOT_BE_PDX</c>: the principal diagnosis may not be principal (an external-cause code).</summary>
    DxCannotBePdx = 2,

    /// <summary><c>INVALID_SEX</c>: the principal diagnosis's MDC depends on sex and the sex is not male or female.</summary>
    InvalidSex = 5,

    /// <summary><c>INVALID_DISCHARGE_STATUS</c>: the discharge status is not valid and the DRG depends on it.</summary>
    InvalidDischargeStatus = 6,
}
