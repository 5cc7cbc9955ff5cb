using MedCoding.Grouping.Formulas;

namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>hacs.tsv</c>: a hospital-acquired condition and its formula.</summary>
internal sealed record HacEntry(int Number, string Title, string Text, Formula Formula, int DiagnosisOperand);
