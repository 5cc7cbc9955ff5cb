using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>Reads, from two groupings' explanations, the codes that moved the DRG from one to the other.</summary>
internal static class ShiftCauses
{
    public static IReadOnlyList<ShiftCause> Find(DrgCase fromCase, DrgResult from, DrgCase toCase, DrgResult to)
    {
        if (from.Drg == to.Drg)
        {
            return [];
        }

        var causes = new List<ShiftCause>();
        var fromPdx = Codes.Normalize(fromCase.PrincipalDiagnosis.Code);
        var toPdx = Codes.Normalize(toCase.PrincipalDiagnosis.Code);
        if (fromPdx != toPdx && (from.Mdc != to.Mdc || !DrgComparison.SameFamily(from, to)))
        {
            var what = from.Mdc != to.Mdc ? $"MDC {from.Mdc:00} to MDC {to.Mdc:00}" : $"{DrgComparison.BaseTitle(from.DrgTitle)} to {DrgComparison.BaseTitle(to.DrgTitle)}";
            causes.Add(new ShiftCause(ShiftCauseKind.PrincipalDiagnosisChanged, toCase.PrincipalDiagnosis.Code, $"principal diagnosis {fromCase.PrincipalDiagnosis.Code} to {toCase.PrincipalDiagnosis.Code} moved the case from {what}"));
        }

        if (!string.Equals(from.DrivingProcedure, to.DrivingProcedure, StringComparison.Ordinal))
        {
            var code = to.DrivingProcedure ?? from.DrivingProcedure!;
            var text = (from.DrivingProcedure, to.DrivingProcedure) switch
            {
                (null, { } now) => $"{now} now drives a surgical DRG",
                ({ } before, null) => $"{before} no longer drives a surgical DRG",
                var (before, now) => $"{now} drives the surgical DRG instead of {before}",
            };
            causes.Add(new ShiftCause(ShiftCauseKind.DrivingProcedureChanged, code, text));
        }

        if (from.CountedSeverity != to.CountedSeverity)
        {
            var fromDrivers = Drivers(from);
            var toDrivers = Drivers(to);
            foreach (var code in toDrivers.Where(c => !fromDrivers.Contains(c)).Distinct())
            {
                causes.Add(new ShiftCause(ShiftCauseKind.BecameSeverityDriver, code, $"{code} became a counted {DrgComparison.Name(to.CountedSeverity)}"));
            }

            foreach (var code in fromDrivers.Where(c => !toDrivers.Contains(c)).Distinct())
            {
                var finding = to.SecondaryDiagnoses.FirstOrDefault(f => Codes.Normalize(f.Diagnosis.Code) == code);
                var why = finding is null
                    ? Codes.Normalize(toCase.PrincipalDiagnosis.Code) == code ? "it is now the principal diagnosis" : "it is no longer coded"
                    : finding.Counted ? $"it counts only as a {DrgComparison.Name(finding.Severity)}" : finding.Status.Describe();
                causes.Add(new ShiftCause(ShiftCauseKind.StoppedBeingSeverityDriver, code, $"{code} no longer sets the {DrgComparison.Name(from.CountedSeverity)}: {why}"));
            }
        }

        return causes;
    }

    /// <summary>Returns the codes of the secondary diagnoses that set a grouping's severity.</summary>
    public static List<string> Drivers(DrgResult result)
    {
        var severity = result.CountedSeverity;
        var drivers = new List<string>();
        foreach (var finding in result.SecondaryDiagnoses)
        {
            if (DrgComparison.SetsSeverity(finding, severity))
            {
                drivers.Add(Codes.Normalize(finding.Diagnosis.Code));
            }
        }

        return drivers;
    }
}
