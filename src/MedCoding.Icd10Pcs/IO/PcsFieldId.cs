namespace MedCoding.Icd10Pcs.IO;

/// <summary>The ids of the tagged fields in the payload of a compiled ICD-10-PCS release. Readers skip ids they do not know.</summary>
internal enum PcsFieldId
{
    /// <summary>The release: code system, version, name, effective dates, and which official files it was read from. Inline strings.</summary>
    Release = 1,

    /// <summary>Every string the tables and definitions refer to (labels, axis titles, definitions...), by index.</summary>
    StringPool = 2,

    /// <summary>Every entry in order-file (or table) order: kind, billable flag, name (ASCII) and the indexes of its titles.</summary>
    Entries = 3,

    /// <summary>The Tables XML: its version, title and file name, the distinct axis values, and every table and row referring to them.</summary>
    Tables = 4,

    /// <summary>The Definitions XML: its version, title and file name, every definition, and the Device Aggregation table.</summary>
    Definitions = 5,

    /// <summary>
    /// The titles of the entries, a string pool of its own. Always the last field: it is the bulk of the file, and a reader
    /// inflates it only when a title is first read, so that a release is ready for lookups without it.
    /// </summary>
    Titles = 6,
}
