using System.Globalization;
using MedCoding.Grouping.Formulas;

namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>hacs.tsv</c>: a hospital-acquired condition and its formula.</summary>
internal sealed record HacEntry(int Number, string Title, string Text, Formula Formula, int DiagnosisOperand)
{
    /// <summary>Returns the operand a diagnosis of the HAC carries: <c>HAC05</c>.</summary>
    public static string OperandName(int number) => string.Create(CultureInfo.InvariantCulture, $"HAC{number:00}");
}
