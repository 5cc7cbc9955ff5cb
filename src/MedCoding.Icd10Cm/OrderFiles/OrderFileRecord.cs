namespace MedCoding.Icd10Cm.OrderFiles;

/// <summary>
/// Returns one line of a CMS order file (ICD-10-CM or ICD-10-PCS): a code or a header, with its titles.
/// </summary>
/// <param name="OrderNumber">The order number (columns 1-5), the line's place in tabular order.</param>
/// <param name="Code">The code as published: upper case, without a dot (columns 7-13).</param>
/// <param name="IsBillable">Column 15: <see langword="true"/> (1) for a code valid for HIPAA-covered transactions, <see langword="false"/> (0) for a header.</param>
/// <param name="ShortTitle">The short description (columns 17-76), trailing blanks removed.</param>
/// <param name="LongTitle">The long description (column 78 to the end of the line).</param>
/// <param name="LineNumber">The 1-based line the record was read from.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record OrderFileRecord(int OrderNumber, string Code, bool IsBillable, string ShortTitle, string LongTitle, int LineNumber);
