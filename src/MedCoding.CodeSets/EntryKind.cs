namespace MedCoding.CodeSets;

/// <summary>
/// Identifies where an entry sits in the ICD-10-CM Tabular List.
/// </summary>
public enum EntryKind
{
    /// <summary>A chapter, named by its number (<c>4</c>).</summary>
    Chapter = 1,

    /// <summary>A block (the Tabular List's "section") of categories, named by its range (<c>E08-E13</c>).</summary>
    Block = 2,

    /// <summary>A three-character category (<c>E11</c>).</summary>
    Category = 3,

    /// <summary>A subdivision of a category, four to seven characters (<c>E11.65</c>).</summary>
    Subcategory = 4,

    /// <summary>A code created by adding a 7th character to a code (<c>T36.0X1A</c>, <c>S00.00XA</c>).</summary>
    Extension = 5,
}
