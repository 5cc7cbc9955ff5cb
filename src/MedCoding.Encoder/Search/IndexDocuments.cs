namespace MedCoding.Encoder;

/// <summary>
/// Turns an index into search documents: every term path that ends in a code (the term's code, its PCS table or
/// partial code, a cross-reference's codes), every cell of the Table of Drugs and of the Neoplasm Table with its
/// column heading; and the synonyms its main terms' <c>see</c> and <c>use</c> references give.
/// </summary>
/// <remarks>
/// Each term's title is cut into words once and shared by its subterms' documents. A term's nonessential modifiers
/// and a cross-reference's target are secondary words: they help a query that names them, count half, and play no
/// part in the exact-phrase tiers.
/// </remarks>
internal static class IndexDocuments
{
    /// <summary>Returns the search source of an index kind.</summary>
    public static SearchSource SourceOf(IndexKind kind) => kind switch
    {
        IndexKind.Diseases => SearchSource.Index,
        IndexKind.ExternalCauses => SearchSource.ExternalCause,
        IndexKind.Drugs => SearchSource.Drug,
        IndexKind.Neoplasms => SearchSource.Neoplasm,
        IndexKind.Procedures => SearchSource.Pcs,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown index kind."),
    };

    /// <summary>Adds an index's documents and synonyms to a corpus.</summary>
    public static void Add(SearchCorpusBuilder builder, AlphabeticIndex index)
    {
        var source = SourceOf(index.Kind);
        var headings = index.ColumnHeadings;
        var headingWords = new int[headings.Count][];
        for (var i = 0; i < headings.Count; i++)
        {
            headingWords[i] = builder.Cut(headings[i]);
        }

        var walker = new Walker(builder, source, headings, headingWords);
        foreach (var main in index.MainTerms)
        {
            AddSynonyms(builder, main);
            walker.Walk(main, 0);
        }
    }

    /// <summary>A main term with only a <c>see</c> or <c>use</c> reference: each one-word form of its title also matches the target.</summary>
    private static void AddSynonyms(SearchCorpusBuilder builder, IndexTerm main)
    {
        if (main.Code is not null || main.CrossReferences.Count == 0)
        {
            return;
        }

        foreach (var reference in main.CrossReferences)
        {
            if (reference.Kind is not (CrossReferenceKind.See or CrossReferenceKind.Use))
            {
                continue;
            }

            foreach (var form in main.Title.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                builder.AddSynonym(form, reference.Target);
            }
        }
    }

    private sealed class Walker(SearchCorpusBuilder builder, SearchSource source, IReadOnlyList<string> headings, int[][] headingWords)
    {
        private readonly List<int[]> _titles = [];
        private readonly List<int[]> _modifiers = [];

        public void Walk(IndexTerm term, int depth)
        {
            while (_titles.Count > depth)
            {
                _titles.RemoveAt(_titles.Count - 1);
                _modifiers.RemoveAt(_modifiers.Count - 1);
            }

            _titles.Add(builder.Cut(term.Title));
            _modifiers.Add(builder.Cut(term.NonessentialModifiers, secondary: true));

            var code = term.Code ?? term.PcsCodes;
            if (code is not null)
            {
                Document(term, code, null, null, null);
            }

            foreach (var reference in term.CrossReferences)
            {
                if (reference.Codes is not null && !string.Equals(reference.Codes, code, StringComparison.OrdinalIgnoreCase))
                {
                    var see = reference.Kind == CrossReferenceKind.Use ? "use " : "see ";
                    Document(term, reference.Codes, see + reference.Target, null, reference.Target);
                }
            }

            var cells = term.Cells;
            for (var i = 0; i < cells.Count && i < headings.Count; i++)
            {
                var cell = cells[i];
                if (cell is not null)
                {
                    Document(term, cell, headings[i], headingWords[i], null);
                }
            }

            foreach (var subterm in term.Subterms)
            {
                Walk(subterm, depth + 1);
            }
        }

        private void Document(IndexTerm term, string code, string? heading, int[]? headingWords, string? target)
        {
            builder.Begin(source, code, term, heading);
            for (var level = 0; level < _titles.Count; level++)
            {
                builder.AddWords(_titles[level]);
                builder.AddWords(_modifiers[level]);
            }

            if (headingWords is not null)
            {
                builder.AddWords(headingWords);
            }

            builder.AddText(target, secondary: true);
            builder.End();
        }
    }
}
