namespace MedCoding.Audit;

/// <summary>Names of the difference classes, as reports and the command line write them.</summary>
public static class DifferenceKindExtensions
{
    /// <summary>Returns the class as a short machine name, e.g. <c>sdx_specificity</c>.</summary>
    /// <param name="kind">The class.</param>
    /// <returns>The name.</returns>
    public static string ToName(this DifferenceKind kind) => kind switch
    {
        DifferenceKind.PrincipalDiagnosisResequenced => "pdx_resequenced",
        DifferenceKind.PrincipalDiagnosisChanged => "pdx_changed",
        DifferenceKind.SecondaryDiagnosisAdded => "sdx_added",
        DifferenceKind.SecondaryDiagnosisRemoved => "sdx_removed",
        DifferenceKind.SecondaryDiagnosisSpecificityChanged => "sdx_specificity",
        DifferenceKind.SecondaryDiagnosisCategoryChanged => "sdx_category",
        DifferenceKind.SeventhCharacterChanged => "seventh_character",
        DifferenceKind.PoaChanged => "poa_changed",
        DifferenceKind.ProcedureAdded => "procedure_added",
        DifferenceKind.ProcedureRemoved => "procedure_removed",
        DifferenceKind.ProcedureChanged => "procedure_changed",
        DifferenceKind.DischargeStatusChanged => "discharge_status_changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a difference class."),
    };

    /// <summary>Returns the name of a DRG shift: <c>up</c>, <c>down</c>, <c>none</c> or <c>indeterminate</c>.</summary>
    /// <param name="shift">The shift.</param>
    /// <returns>The name.</returns>
    public static string ToName(this DrgShift shift) => shift switch
    {
        DrgShift.None => "none",
        DrgShift.Up => "up",
        DrgShift.Down => "down",
        DrgShift.Indeterminate => "indeterminate",
        _ => throw new ArgumentOutOfRangeException(nameof(shift), shift, "Not a DRG shift."),
    };
}
