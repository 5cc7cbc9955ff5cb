namespace MedCoding.CodeSets;

/// <summary>
/// Identifies a kind of instructional note in the ICD-10-CM Tabular List.
/// </summary>
/// <remarks>The names follow the Tabular List XML elements.</remarks>
public enum NoteKind
{
    /// <summary>Conditions the code is used for (<c>inclusionTerm</c>).</summary>
    InclusionTerm = 1,

    /// <summary>Further definition of the content (<c>includes</c>).</summary>
    Includes = 2,

    /// <summary>"Not coded here": the two codes are never reported together (<c>excludes1</c>).</summary>
    Excludes1 = 3,

    /// <summary>"Not included here": both codes may be reported together (<c>excludes2</c>).</summary>
    Excludes2 = 4,

    /// <summary>The underlying condition is sequenced first (<c>codeFirst</c>).</summary>
    CodeFirst = 5,

    /// <summary>Another code is added to give a fuller picture (<c>useAdditionalCode</c>).</summary>
    UseAdditionalCode = 6,

    /// <summary>Another code may be needed as well, in either order (<c>codeAlso</c>).</summary>
    CodeAlso = 7,

    /// <summary>A general note (<c>notes</c>).</summary>
    Note = 8,

    /// <summary>The instruction introducing the 7th characters (<c>sevenChrNote</c>).</summary>
    SevenCharacterNote = 9,
}
