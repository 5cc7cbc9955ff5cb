namespace MedCoding.CodeSets;

/// <summary>
/// Identifies where an entry sits in its code set: the ICD-10-CM Tabular List, an ICD-10-PCS table, or a flat list.
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

    /// <summary>An ICD-10-PCS table: the first three characters (section, body system, root operation), a header in the order file (<c>001</c>).</summary>
    Table = 6,

    /// <summary>A complete code of a code system without levels below it: an ICD-10-PCS, HCPCS Level II or CPT code (<c>0016070</c>, <c>A4206</c>).</summary>
    Code = 7,
}
