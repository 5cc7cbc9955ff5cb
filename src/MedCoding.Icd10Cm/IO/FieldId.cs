namespace MedCoding.Icd10Cm.IO;

/// <summary>The ids of the tagged fields in the payload. Readers skip ids they do not know.</summary>
internal enum FieldId
{
    /// <summary>The release: code system, version, name, effective dates, whether the Tabular List was loaded. Inline strings.</summary>
    Release = 1,

    /// <summary>Every string the later fields refer to, by index.</summary>
    StringPool = 2,

    /// <summary>Every entry in tabular order: kind, billable flag, name, titles and parent.</summary>
    Entries = 3,

    /// <summary>The instructional notes and 7th characters of the entries that have any.</summary>
    Notes = 4,

    /// <summary>
    /// The titles of the entries, a string pool of its own. Always the last field: it is the bulk of the file, and a reader
    /// inflates it only when a title is first read, so that a release is ready for lookups without it.
    /// </summary>
    Titles = 5,
}
