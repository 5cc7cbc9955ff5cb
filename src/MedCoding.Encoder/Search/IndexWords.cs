using MedCoding.Encoder.IO;

namespace MedCoding.Encoder;

/// <summary>
/// The search's words of an index's texts (<see cref="WordLists"/>, one list per string the index names by number,
/// <see cref="IndexStrings"/>): empty for a string no term uses as text (a code, a cell). Cut once per text when an
/// index's search segment is built (<see cref="IndexDocuments.Build"/>), which the compiled format keeps.
/// </summary>
internal static class IndexWords
{
    /// <summary>The most words kept of one text (no text of the official files comes near).</summary>
    public const int MaxWordsPerText = 64;

    /// <summary>Cuts the texts of a table: every title, every set of nonessential modifiers and every cross-reference target, in string order.</summary>
    /// <param name="table">The terms.</param>
    /// <returns>The words, one list per string.</returns>
    public static WordLists Compute(IndexTermTable table)
    {
        var strings = table.Strings;
        var isText = new bool[strings.Count];
        for (var t = 0; t < table.Count; t++)
        {
            MarkText(isText, table.Get(t, IndexTermTable.Field.Title));
            MarkText(isText, table.Get(t, IndexTermTable.Field.Modifiers));
        }

        for (var r = 0; r < table.ReferenceTarget.Length; r++)
        {
            MarkText(isText, table.ReferenceTarget[r]);
        }

        return WordLists.Cut(strings.Count, id => isText[id] ? strings[id] : null, MaxWordsPerText);
    }

    private static void MarkText(bool[] isText, int id)
    {
        if (id != IndexTermTable.None)
        {
            isText[id] = true;
        }
    }
}
