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

    /// <summary>Every term in depth-first order, with its level, as varints (an earlier writer's; read, no longer written).</summary>
    Terms = 4,

    /// <summary>No longer written (the search's words of each string, before the search segment held them); a reader skips it.</summary>
    Words = 5,

    /// <summary>The index's search segment: its documents, their words and postings (optional: without it, or when cut by another version of the search's rules, the reader builds it when first searched).</summary>
    Search = 6,

    /// <summary>The terms' table (<see cref="IndexTermTable"/>) as little-endian blocks, read in place.</summary>
    TermTable = 7,
}
