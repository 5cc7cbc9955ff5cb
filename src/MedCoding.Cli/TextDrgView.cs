using MedCoding.Grouping;

namespace MedCoding.Cli;

/// <summary>Writes grouping results as tab-separated lines, and an explanation as a page a coder reads.</summary>
internal sealed class TextDrgView(TextWriter output) : IDrgView
{
    private bool _withExpected;

    public void WriteGroupHeader(bool withExpected)
    {
        _withExpected = withExpected;
        output.WriteLine(withExpected
            ? "line\tversion\tdrg\tmdc\treturn_code\ttype\ttitle\texpected_drg\texpected_mdc\texpected_return_code\tagrees"
            : "line\tversion\tdrg\tmdc\treturn_code\ttype\ttitle");
    }

    public void WriteGroupResult(DrgCaseRecord record, DrgResult result)
    {
        output.Write($"{record.LineNumber}\tv{result.Release.Version}\t{DrgCommand.Format(result.Drg, "000")}\t{DrgCommand.Format(result.Mdc, "00")}\t{result.ReturnCode.ToCmsName()}\t{result.Type.ToCmsName()}\t{result.DrgTitle}");
        if (_withExpected && record.Expected is { } expected)
        {
            output.Write($"\t{DrgCommand.Format(expected.Drg, "000")}\t{DrgCommand.Format(expected.Mdc, "00")}\t{expected.ReturnCode.ToCmsName()}\t{(expected.Matches(result) ? "yes" : "NO")}");
        }

        output.WriteLine();
    }

    public void WriteExplanation(DrgCase drgCase, DrgResult result)
    {
        output.WriteLine($"MS-DRG v{result.Release.Version}: DRG {DrgCommand.Format(result.Drg, "000")} {result.DrgTitle} ({result.Type.ToCmsName()})");
        output.WriteLine($"MDC {DrgCommand.Format(result.Mdc, "00")} {result.MdcTitle}".TrimEnd());
        output.WriteLine($"Return code: {result.ReturnCode.ToCmsName()}");
        output.WriteLine();
        output.WriteLine($"Principal diagnosis: {drgCase.PrincipalDiagnosis} (MDC {DrgCommand.Format(result.PrincipalDiagnosisMdc, "00")})");
        output.WriteLine(result.SecondaryDiagnoses.Count == 0 ? "Secondary diagnoses: none" : "Secondary diagnoses:");
        foreach (var finding in result.SecondaryDiagnoses)
        {
            var hac = finding.HacNumbers.Count > 0 ? $" (HAC {string.Join(", ", finding.HacNumbers)})" : "";
            output.WriteLine($"  {finding.Diagnosis,-12} {finding.Severity.ToCmsName(),-4} {finding.Status.Describe()}{hac}");
        }

        output.WriteLine($"Severity that counted: {result.CountedSeverity.ToCmsName()}");
        output.WriteLine(drgCase.Procedures.Count == 0 ? "Procedures: none" : $"Procedures: {string.Join(", ", drgCase.Procedures)}");
        if (result.DrivingProcedure is { } driving)
        {
            output.WriteLine($"Procedure that drove the surgical DRG: {driving}");
        }

        output.WriteLine(result.Hacs.Count == 0 ? "Hospital-acquired conditions: none" : "Hospital-acquired conditions:");
        foreach (var hac in result.Hacs)
        {
            output.WriteLine($"  HAC {DrgCommand.Format(hac.Number, "00")} {hac.Title}: {hac.DiagnosisCode}");
        }

        output.WriteLine();
        output.WriteLine("Grouping path (formulas that matched, in order):");
        foreach (var step in result.Path)
        {
            output.WriteLine($"  {step}");
        }
    }
}
