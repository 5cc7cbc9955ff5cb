using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// Turns an index into a search segment: every term path that ends in a code (the term's code, its PCS table or
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

    /// <summary>
    /// Builds an index's search segment from its table and the words of its texts: walking the terms depth first, the
    /// words of the path to the current term are kept encoded in one buffer (each term's words encoded once), and each
    /// document copies them, then adds its column heading or cross-reference target. Each document's record is that of
    /// <see cref="IndexDocumentSet"/>.
    /// </summary>
    public static SearchSegment Build(AlphabeticIndex index)
    {
        var table = index.Table;
        var words = IndexWords.Compute(table);
        var builder = new SearchSegmentBuilder(IndexDocumentSet.RecordWidth, words.TotalWords * 4);
        var vocabulary = builder.Vocabulary(words.Vocabulary);
        var headings = index.ColumnHeadings;
        var headingWords = new int[headings.Count][];
        for (var i = 0; i < headings.Count; i++)
        {
            headingWords[i] = builder.Cut(headings[i]);
        }

        var path = new int[(IndexXmlReader.MaxLevel + 1) * IndexWords.MaxWordsPerText * 2];
        var pathEnd = new int[IndexXmlReader.MaxLevel + 2];
        var strings = table.Strings;
        for (var t = 0; t < table.Count; t++)
        {
            var level = table.Level[t];
            if (level == 0)
            {
                AddSynonyms(builder, table, t);
            }

            // The path's words: the parent's, then this term's title (primary) and modifiers (secondary).
            var end = pathEnd[level];
            foreach (var word in words.Of(table.Get(t, IndexTermTable.Field.Title)))
            {
                path[end++] = builder.Encode(vocabulary, word);
            }

            var modifiers = table.Get(t, IndexTermTable.Field.Modifiers);
            if (modifiers != IndexTermTable.None)
            {
                foreach (var word in words.Of(modifiers))
                {
                    path[end++] = builder.Encode(vocabulary, word) | 1;
                }
            }

            pathEnd[level + 1] = end;
            var pathWords = path.AsSpan(0, end);
            var code = table.Get(t, IndexTermTable.Field.Code);
            if (code == IndexTermTable.None)
            {
                code = table.Get(t, IndexTermTable.Field.PcsCodes);
            }

            if (code != IndexTermTable.None)
            {
                builder.Begin();
                builder.AddWords(pathWords);
                builder.End([t, code, IndexDocumentSet.NoDetail]);
            }

            for (var r = table.ReferenceStart[t]; r < table.ReferenceStart[t + 1]; r++)
            {
                var codes = table.ReferenceCodes[r];
                if (codes != IndexTermTable.None && codes != code
                    && (code == IndexTermTable.None || !string.Equals(strings[codes], strings[code], StringComparison.OrdinalIgnoreCase)))
                {
                    builder.Begin();
                    builder.AddWords(pathWords);
                    builder.AddWords(words.Of(table.ReferenceTarget[r]), vocabulary, secondary: true);
                    builder.End([t, codes, IndexDocumentSet.Detail(-1, r)]);
                }
            }

            var row = table.CellRow[t];
            if (row != IndexTermTable.None)
            {
                for (var c = 0; c < table.Columns && c < headings.Count; c++)
                {
                    var cell = table.Cells[(row * table.Columns) + c];
                    if (cell != IndexTermTable.None)
                    {
                        builder.Begin();
                        builder.AddWords(pathWords);
                        builder.AddWords(headingWords[c]);
                        builder.End([t, cell, IndexDocumentSet.Detail(c, -1)]);
                    }
                }
            }
        }

        return builder.Build();
    }

    /// <summary>A main term with no code and a <c>see</c> or <c>use</c> reference: each one-word form of its title also matches the target.</summary>
    private static void AddSynonyms(SearchSegmentBuilder builder, IndexTermTable table, int main)
    {
        if (table.Get(main, IndexTermTable.Field.Code) != IndexTermTable.None || table.ReferenceStart[main] == table.ReferenceStart[main + 1])
        {
            return;
        }

        for (var r = table.ReferenceStart[main]; r < table.ReferenceStart[main + 1]; r++)
        {
            if ((CrossReferenceKind)table.ReferenceKind[r] is not (CrossReferenceKind.See or CrossReferenceKind.Use))
            {
                continue;
            }

            var target = table.Strings[table.ReferenceTarget[r]];
            foreach (var form in table.Text(main, IndexTermTable.Field.Title)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                builder.AddSynonym(form, target);
            }
        }
    }
}
