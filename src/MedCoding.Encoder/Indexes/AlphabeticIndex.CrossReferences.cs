using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <content>Following cross-references: <see cref="Resolve(CrossReference)"/> and <see cref="Follow(IndexTerm)"/>.</content>
public sealed partial class AlphabeticIndex
{
    /// <summary>
    /// Returns the term a cross-reference leads to, found as a coder finds it: the target's first part is a main term
    /// (<c>Pain</c> in <c>Pain, abdominal</c>; a main term's part before its comma will do, so <c>Neoplasm, lung</c>
    /// leads into <c>Neoplasm, neoplastic</c>), each further part a subterm under the one before (case-insensitive,
    /// with or without nonessential modifiers or a final <c>NEC</c>).
    /// </summary>
    /// <param name="reference">The cross-reference, from a term of this index.</param>
    /// <returns>
    /// The term the whole target names; the deepest term found when what is left of the target is an instruction
    /// (<c>by site</c>, <c>specified ...</c>) or when an ICD-10-PCS reference gives its table or code (<c>see Resection,
    /// Uterus 0UT9</c>); <see langword="null"/> when it leads nowhere in this index: a category or subcategory reference
    /// (a Tabular List code), a PCS <c>use</c> naming an axis value, a target this index does not hold.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <see langword="null"/>.</exception>
    public IndexTerm? Resolve(CrossReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Kind is CrossReferenceKind.SeeCategory or CrossReferenceKind.SeeSubcategory)
        {
            return null;
        }

        var parts = IndexText.SplitTarget(reference.Target);
        if (parts.Length == 0)
        {
            return null;
        }

        (IndexTerm? Term, int Matched) best = (null, 0);
        foreach (var (mainTerm, matched) in MainTermCandidates(parts))
        {
            var found = Walk(mainTerm, parts, matched);
            if (found.Matched == parts.Length)
            {
                return found.Term;
            }

            if (found.Matched > best.Matched)
            {
                best = found;
            }
        }

        if (best.Term is null && Kind == IndexKind.Procedures && IndexText.PcsOperation(parts[0]) is { } operation)
        {
            // "Introduction of Hormone", "Excision with qualifier Diagnostic": the root operation's main term ("Introduction of
            // substance in or on"); the rest names the axis values to choose there.
            return Lookup.ByTitle.GetValueOrDefault(operation)
                ?? MainTerms.FirstOrDefault(t => t.Title.StartsWith(operation, StringComparison.OrdinalIgnoreCase)
                    && t.Title.Length > operation.Length && t.Title[operation.Length] is ' ' or ',');
        }

        return best.Term is not null && (reference.Codes is not null || IndexText.IsInstruction(parts, best.Matched))
            ? best.Term
            : null;
    }

    /// <summary>
    /// Returns the terms a term's cross-references lead to, following each chain to its end: the term's own
    /// <c>see</c>, <c>see also</c> and <c>use</c> references, then the <c>see</c> and <c>use</c> references of every
    /// term reached, and so on. Each term is visited once, so a cycle (<c>A see B</c>, <c>B see A</c>) ends.
    /// </summary>
    /// <param name="term">A term of this index.</param>
    /// <returns>The terms reached, in the order reached (breadth first), without <paramref name="term"/> itself; empty when it makes no reference that leads anywhere.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<IndexTerm> Follow(IndexTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var reached = new List<IndexTerm>();
        var visited = new HashSet<IndexTerm>(ReferenceEqualityComparer.Instance) { term };
        var queue = new Queue<IndexTerm>();
        queue.Enqueue(term);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var reference in current.CrossReferences)
            {
                if (reference.Kind == CrossReferenceKind.SeeAlso && !ReferenceEquals(current, term))
                {
                    continue;
                }

                if (Resolve(reference) is { } next && visited.Add(next))
                {
                    reached.Add(next);
                    queue.Enqueue(next);
                }
            }
        }

        return reached;
    }

    private static (IndexTerm Term, int Matched) Walk(IndexTerm term, string[] parts, int next)
    {
        (IndexTerm Term, int Matched) best = (term, next);
        if (next == parts.Length)
        {
            return best;
        }

        for (var k = parts.Length - next; k >= 1; k--)
        {
            var segment = k == 1 ? parts[next] : string.Join(", ", parts, next, k);
            foreach (var subterm in term.Subterms)
            {
                if (!IndexText.TitleMatches(subterm, segment))
                {
                    continue;
                }

                var found = Walk(subterm, parts, next + k);
                if (found.Matched == parts.Length)
                {
                    return found;
                }

                if (found.Matched > best.Matched)
                {
                    best = found;
                }
            }
        }

        return best;
    }

    /// <summary>Returns the main terms a target's first parts may name, each with the number of parts it takes: the exact title (with or without modifiers or a final NEC), then titles sharing the first part, as many leading parts as agree.</summary>
    private IEnumerable<(IndexTerm Term, int Matched)> MainTermCandidates(string[] parts)
    {
        var lookup = Lookup;
        for (var k = parts.Length; k >= 1; k--)
        {
            var key = k == 1 ? parts[0] : string.Join(", ", parts, 0, k);
            if (lookup.ByTitle.TryGetValue(key, out var term) || lookup.ByBareTitle.TryGetValue(key, out term))
            {
                yield return (term, k);
            }
        }

        if (lookup.ByHead.TryGetValue(parts[0], out var sharing))
        {
            foreach (var term in sharing)
            {
                yield return (term, IndexText.LeadingPartsInCommon(term.Title, parts));
            }
        }

        var stripped = IndexText.WithoutModifiers(parts[0]);
        if (stripped.Length > 0 && stripped.Length != parts[0].Length
            && (lookup.ByTitle.TryGetValue(stripped, out var bare) || lookup.ByBareTitle.TryGetValue(stripped, out bare)))
        {
            yield return (bare, 1);
        }
    }
}
