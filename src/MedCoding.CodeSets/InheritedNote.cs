namespace MedCoding.CodeSets;

/// <summary>
/// Returns a note that applies to a code because it is written at one of the code's ancestors.
/// </summary>
/// <param name="Note">The note.</param>
/// <param name="Source">The ancestor (category, block or chapter) where the note is written.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record InheritedNote(Note Note, CodeEntry Source);
