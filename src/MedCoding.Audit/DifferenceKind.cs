namespace MedCoding.Audit;

/// <summary>Gets the class of one difference between the coder's version of a case and the auditor's.</summary>
public enum DifferenceKind
{
    /// <summary>The auditor made one of the coder's secondary diagnoses the principal diagnosis.</summary>
    PrincipalDiagnosisResequenced = 1,

    /// <summary>The auditor's principal diagnosis is none of the coder's diagnoses.</summary>
    PrincipalDiagnosisChanged = 2,

    /// <summary>The auditor added a secondary diagnosis the coder did not code.</summary>
    SecondaryDiagnosisAdded = 3,

    /// <summary>The auditor removed a secondary diagnosis the coder coded.</summary>
    SecondaryDiagnosisRemoved = 4,

    /// <summary>The auditor changed a secondary diagnosis to another code of its category (its first three characters): a change of specificity.</summary>
    SecondaryDiagnosisSpecificityChanged = 5,

    /// <summary>The auditor changed a secondary diagnosis to a code of another category in the same chapter letter.</summary>
    SecondaryDiagnosisCategoryChanged = 6,

    /// <summary>The auditor changed only the 7th character of a diagnosis (encounter or healing stage, ...).</summary>
    SeventhCharacterChanged = 7,

    /// <summary>The auditor kept a diagnosis and changed its present-on-admission indicator.</summary>
    PoaChanged = 8,

    /// <summary>The auditor added a procedure.</summary>
    ProcedureAdded = 9,

    /// <summary>The auditor removed a procedure.</summary>
    ProcedureRemoved = 10,

    /// <summary>The auditor changed a procedure to another of the same section, body system and root operation (its first three characters).</summary>
    ProcedureChanged = 11,

    /// <summary>The auditor changed the patient discharge status.</summary>
    DischargeStatusChanged = 12,
}
