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

    /// <summary>Returns the names of what drove a what-if change, e.g. <c>became_mcc</c>, <c>mdc_changed</c>.</summary>
    /// <param name="drivers">The drivers.</param>
    /// <returns>The names, in flag order (empty for <see cref="WhatIfDrivers.None"/>).</returns>
    public static IReadOnlyList<string> ToNames(this WhatIfDrivers drivers)
    {
        var names = new List<string>();
        foreach (var (flag, name) in s_driverNames)
        {
            if (drivers.HasFlag(flag))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static readonly (WhatIfDrivers Flag, string Name)[] s_driverNames =
    [
        (WhatIfDrivers.BecameCc, "became_cc"),
        (WhatIfDrivers.BecameMcc, "became_mcc"),
        (WhatIfDrivers.CcExclusionLifted, "cc_exclusion_lifted"),
        (WhatIfDrivers.MdcChanged, "mdc_changed"),
        (WhatIfDrivers.SeverityLost, "severity_lost"),
        (WhatIfDrivers.BaseDrgChanged, "base_drg_changed"),
        (WhatIfDrivers.DrivingProcedureChanged, "driving_procedure_changed"),
    ];
}
