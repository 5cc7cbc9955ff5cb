namespace MedCoding.Hcpcs.IO;

/// <summary>The ids of the tagged fields of a compiled HCPCS Level II release. Readers skip ids they do not know.</summary>
internal enum HcpcsFieldId
{
    /// <summary>The release (code system, version, name, effective dates), the official file's name and its line counts.</summary>
    Release = 1,

    /// <summary>Every short string the later fields refer to, by index: codes, short descriptions, coded values.</summary>
    StringPool = 2,

    /// <summary>Every distinct list of repeated-field values (pricing indicators, references, lab certifications...), as pool indexes.</summary>
    Lists = 3,

    /// <summary>Every procedure record then every modifier record, in file order, each field of the record layout.</summary>
    Records = 4,

    /// <summary>
    /// The long descriptions, a string pool of their own. Always the last field: the bulk of the file, inflated only when a
    /// long description is first read.
    /// </summary>
    LongDescriptions = 5,
}
