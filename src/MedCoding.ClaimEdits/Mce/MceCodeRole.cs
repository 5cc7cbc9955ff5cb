namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns where a code stands on an <see cref="MceClaim"/>: principal, admitting, or the n-th secondary diagnosis or procedure.</summary>
public enum MceCodeRole
{
    /// <summary>The principal diagnosis (<c>pdx</c>).</summary>
    PrincipalDiagnosis,

    /// <summary>The admitting diagnosis (<c>adx</c>).</summary>
    AdmittingDiagnosis,

    /// <summary>A secondary diagnosis (<c>sdx1</c>, <c>sdx2</c>...).</summary>
    SecondaryDiagnosis,

    /// <summary>A procedure (<c>px1</c>, <c>px2</c>...).</summary>
    Procedure,
}
