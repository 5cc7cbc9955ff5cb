namespace MedCoding.Gems.IO;

/// <summary>The ids of the tagged fields of compiled diagnosis GEMs. Readers skip ids they do not know.</summary>
internal enum GemsFieldId
{
    /// <summary>The release: data set, version, name, effective dates.</summary>
    Release = 1,

    /// <summary>Every distinct code of both files, undotted, by index.</summary>
    Codes = 2,

    /// <summary>The forward (ICD-9-CM to ICD-10-CM) entries, in file order.</summary>
    Forward = 3,

    /// <summary>The backward (ICD-10-CM to ICD-9-CM) entries, in file order.</summary>
    Backward = 4,

    /// <summary>The departures from the layout the loader corrected and reported.</summary>
    Irregularities = 5,
}
