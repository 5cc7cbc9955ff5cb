using System.Collections.Frozen;

namespace MedCoding.ClaimEdits;

/// <summary>
/// Returns the names of the rule sets, to run a subset of the edits (NCCI only, MUE only).
/// </summary>
public static class RuleSets
{
    /// <summary>Diagnosis codes, their order, pointers and Excludes1 notes.</summary>
    public const string Diagnosis = "Diagnosis";

    /// <summary>Procedure codes (ICD-10-PCS, CPT, HCPCS).</summary>
    public const string Procedure = "Procedure";

    /// <summary>NCCI procedure-to-procedure edits.</summary>
    public const string Ncci = "Ncci";

    /// <summary>Medically Unlikely Edits.</summary>
    public const string Mue = "Mue";

    /// <summary>Modifiers.</summary>
    public const string Modifier = "Modifier";

    /// <summary>Present-on-admission indicators (institutional claims).</summary>
    public const string PresentOnAdmission = "Poa";

    /// <summary>Medicare Code Editor edits: age, sex, principal diagnosis, non-covered and limited-coverage procedures.</summary>
    public const string Mce = "Mce";

    /// <summary>Service-line edits (duplicates).</summary>
    public const string Line = "Line";

    /// <summary>
    /// The rule set of <see cref="RuleCatalog.DataUnavailable"/>. It is not selected on its own: whichever edit runs and
    /// cannot check its rules reports the finding, whatever rule sets were asked for.
    /// </summary>
    public const string DataAvailability = "DataAvailability";
}
