using System.Runtime.CompilerServices;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;

namespace MedCoding.ClaimEdits.Excludes1;

/// <summary>
/// Returns the Excludes1 notes of a release with a Tabular List, with their citations parsed, to tell
/// whether two codes may be reported together.
/// </summary>
/// <remarks>
/// An Excludes1 note at a chapter, block, category or subcategory applies to every code below it. A note
/// never forbids a code together with another code below the same noting entry (a note citing its own
/// subdivisions).
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Excludes1Index
{
    private static readonly ConditionalWeakTable<Icd10CmRelease, Excludes1Index> s_cache = [];
    private readonly (Note Note, IReadOnlyList<CodeCitation> Citations)[]?[] _byOrdinal;

    private Excludes1Index(Icd10CmRelease release)
    {
        Release = release;
        _byOrdinal = new (Note, IReadOnlyList<CodeCitation>)[]?[release.Entries.Count];
        foreach (var entry in release.Entries)
        {
            List<(Note, IReadOnlyList<CodeCitation>)>? notes = null;
            foreach (var note in release.GetNotes(entry).Notes)
            {
                if (note.Kind == NoteKind.Excludes1)
                {
                    NoteCount++;
                    var citations = CitationParser.Parse(note.Text);
                    if (citations.Count > 0)
                    {
                        (notes ??= []).Add((note, citations));
                    }
                    else
                    {
                        UncitedNoteCount++;
                    }
                }
            }

            _byOrdinal[entry.Ordinal] = notes?.ToArray();
        }
    }

    /// <summary>Gets the release the notes come from.</summary>
    public Icd10CmRelease Release { get; }

    /// <summary>Gets the number of Excludes1 notes in the release.</summary>
    public int NoteCount { get; }

    /// <summary>Gets the number of Excludes1 notes that cite no code ("certain localized infections - see body system-related chapters").</summary>
    public int UncitedNoteCount { get; }

    /// <summary>Returns the index of a release (built once per release and kept while the release lives).</summary>
    /// <param name="release">A release with a Tabular List.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The release has no Tabular List, so no notes.</exception>
    public static Excludes1Index For(Icd10CmRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        if (!release.HasTabularList)
        {
            throw new ArgumentException($"{release.Release.Name} was loaded without its Tabular List, so it has no Excludes1 notes.", nameof(release));
        }

        return s_cache.GetValue(release, static r => new Excludes1Index(r));
    }

    /// <summary>
    /// Returns the Excludes1 note that forbids a code together with another, or <see langword="null"/>.
    /// Codes not in this release are taken at their nearest header that is (a code added later falls under its category's notes).
    /// </summary>
    /// <param name="code">The code whose notes (its own and its headers') are read.</param>
    /// <param name="other">The other code.</param>
    /// <returns>The note and the entry it is written at, or <see langword="null"/>.</returns>
    public (Note Note, CodeEntry NotedAt, CodeCitation Citation)? FindExclusion(Icd10CmCode code, Icd10CmCode other)
    {
        var entry = FindNearest(code);
        if (entry is null)
        {
            return null;
        }

        var otherEntry = FindNearest(other);
        if (Check(entry, other, otherEntry) is { } own)
        {
            return own;
        }

        foreach (var ancestor in Release.GetAncestors(entry))
        {
            if (Check(ancestor, other, otherEntry) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private (Note, CodeEntry, CodeCitation)? Check(CodeEntry notedAt, Icd10CmCode other, CodeEntry? otherEntry)
    {
        if (_byOrdinal[notedAt.Ordinal] is not { } notes)
        {
            return null;
        }

        foreach (var (note, citations) in notes)
        {
            foreach (var citation in citations)
            {
                if (citation.Matches(other))
                {
                    // A note citing the noting entry's own subdivisions does not forbid them together.
                    if (otherEntry is not null && (ReferenceEquals(otherEntry, notedAt) || Release.IsAncestor(notedAt, otherEntry)))
                    {
                        continue;
                    }

                    return (note, notedAt, citation);
                }
            }
        }

        return null;
    }

    private CodeEntry? FindNearest(Icd10CmCode code)
    {
        var value = code.Value;
        for (var length = value.Length; length >= Icd10CmCode.MinLength; length--)
        {
            if (Release.Find(value.AsSpan(0, length)) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }
}
