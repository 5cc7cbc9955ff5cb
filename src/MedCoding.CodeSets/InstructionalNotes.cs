namespace MedCoding.CodeSets;

/// <summary>
/// Returns the instructional notes written at one entry of the Tabular List, and the 7th characters it defines.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class InstructionalNotes
{
    /// <summary>
    /// Initializes the notes of one entry.
    /// </summary>
    /// <param name="notes">The notes, in the order published.</param>
    /// <param name="seventhCharacters">The 7th characters defined at the entry (its <c>sevenChrDef</c>), if any.</param>
    public InstructionalNotes(IEnumerable<Note> notes, IEnumerable<SeventhCharacter>? seventhCharacters = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        Notes = notes.ToArray();
        SeventhCharacters = seventhCharacters?.ToArray() ?? [];
    }

    /// <summary>Gets an instance with no notes.</summary>
    public static InstructionalNotes Empty { get; } = new([]);

    /// <summary>Gets the notes, in the order published.</summary>
    public IReadOnlyList<Note> Notes { get; }

    /// <summary>Gets the 7th characters defined at this entry; empty when it defines none.</summary>
    public IReadOnlyList<SeventhCharacter> SeventhCharacters { get; }

    /// <summary>Gets a value indicating whether there are no notes and no 7th characters.</summary>
    public bool IsEmpty => Notes.Count == 0 && SeventhCharacters.Count == 0;

    /// <summary>Returns the texts of the notes of one kind.</summary>
    /// <param name="kind">The kind of note.</param>
    /// <returns>The texts, in the order published.</returns>
    public IEnumerable<string> Of(NoteKind kind) => Notes.Where(n => n.Kind == kind).Select(n => n.Text);
}
