namespace MedCoding.Grouping.Tables;

/// <summary>One row of <c>drgs.tsv</c>.</summary>
internal sealed record DrgEntry(int Drg, string Title, DrgType Type);
