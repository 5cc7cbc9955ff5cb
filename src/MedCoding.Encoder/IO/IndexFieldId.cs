namespace MedCoding.Encoder.IO;

/// <summary>The field ids of a compiled index (<c>docs/compiled-format.md</c>, "Payload of an index").</summary>
internal enum IndexFieldId
{
    /// <summary>The release, the index's title and the official file's name.</summary>
    Release = 1,

    /// <summary>The headings of a table's code columns.</summary>
    Headings = 2,

    /// <summary>Every distinct string the terms use, in order of first use.</summary>
    Strings = 3,

    /// <summary>Every term in depth-first order, with its level.</summary>
    Terms = 4,

    /// <summary>The search's words of the strings: a vocabulary, then each string's words (optional: without it, the reader cuts the texts when first searched).</summary>
    Words = 5,
}
