namespace MedCoding.Encoder;

/// <summary>Identifies the instruction an index gives with a <see cref="CrossReference"/>.</summary>
/// <remarks>Values are explicit and stable: they are written into compiled data files.</remarks>
public enum CrossReferenceKind
{
    /// <summary><c>see</c>: the term is coded elsewhere; go to the target.</summary>
    See = 1,

    /// <summary><c>see also</c>: more entries are under the target as well.</summary>
    SeeAlso = 2,

    /// <summary><c>see category</c> (ICD-10-CM <c>seecat</c>): the target is a Tabular List category, e.g. <c>M01</c>.</summary>
    SeeCategory = 3,

    /// <summary><c>see subcategory</c> (ICD-10-CM <c>subcat</c>): the target is a Tabular List subcategory, e.g. <c>H93.3</c>.</summary>
    SeeSubcategory = 4,

    /// <summary>ICD-10-PCS <c>use</c>: the term is coded with the target axis value, e.g. <c>Foot Muscle, Right</c>.</summary>
    Use = 5,
}
