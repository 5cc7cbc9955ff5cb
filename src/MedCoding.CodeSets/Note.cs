namespace MedCoding.CodeSets;

/// <summary>
/// Returns one instructional note, such as an Excludes1 line.
/// </summary>
/// <param name="Kind">The kind of note.</param>
/// <param name="Text">The text as published, e.g. <c>gestational diabetes (O24.4-)</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record Note(NoteKind Kind, string Text);
