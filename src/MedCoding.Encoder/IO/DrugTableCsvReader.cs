using System.Text;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Reads CMS's CSV of the Table of Drugs and Chemicals (<c>icd10cm-drug-April-2025.csv</c>) into the same model as the
/// XML: a title line, a heading line (<c>Substance</c> and the six code columns), then one line per term, its level
/// given by leading en dashes (<c>– – seeds</c> is a level-2 subterm), its cross-reference at the end of its title
/// (<c>Aleve -see Naproxen</c>, <c>Vapor -see also Gas</c>), its nonessential modifiers in place in parentheses, and
/// <c>--</c> where a column has no code.
/// </summary>
/// <remarks>
/// The heading line recurs where a printed page began; each recurrence is passed over (it is no term). The file is
/// Windows-1252 as CMS ships it (its dashes are byte 0x96); a file that is valid UTF-8 is read as UTF-8.
/// A line with the wrong number of fields, a level that skips, an unclosed quote or a malformed code is a
/// <see cref="DataFileException"/> naming the file and the line.
/// </remarks>
internal static class DrugTableCsvReader
{
    private const char EnDash = '\u2013';

    public static AlphabeticIndex Read(Stream stream, string source, IndexKind kind)
    {
        if (kind != IndexKind.Drugs)
        {
            throw new DataFileException(source, null, $"a CSV file is read as the Table of Drugs and Chemicals only, not as the index {kind}.");
        }

        var lines = Decode(DataFileLines.ReadAllBytes(stream)).Split('\n');
        var lineCount = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        if (lineCount < 3)
        {
            throw new DataFileException(source, null, "the file has fewer than three lines: a title, the column headings and at least one term.");
        }

        var title = Fields(lines[0], source, 1);
        var heading = Fields(lines[1], source, 2);
        if (heading.Count < 2 || !heading[0].StartsWith("Substance", StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFileException(source, 2, "the second line is not the column headings (Substance, then the code columns).");
        }

        if (heading[^1].Length == 0)
        {
            heading.RemoveAt(heading.Count - 1);
        }

        var columns = heading.Count - 1;
        var headings = heading.Skip(1).Select(IndexText.Collapse).ToArray();
        if (Array.Exists(headings, h => h.Length == 0))
        {
            throw new DataFileException(source, 2, "a code column has no heading.");
        }

        // Terms are read into a stack of open terms: a line of level n closes every open term of level n or deeper.
        var mainTerms = new List<IndexTermNode>();
        var open = new List<IndexTermBuilder>();
        for (var i = 2; i < lineCount; i++)
        {
            var lineNumber = i + 1;
            if (lines[i].TrimEnd('\r') == lines[1].TrimEnd('\r'))
            {
                // The column headings again, where a printed page of the table began (lines 1185 and 1234 of April 2025's): not a term.
                continue;
            }

            var fields = Fields(lines[i], source, lineNumber);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                throw new DataFileException(source, lineNumber, "an empty line among the terms.");
            }

            if (fields.Count == columns + 2 && fields[^1].Length == 0)
            {
                fields.RemoveAt(fields.Count - 1);
            }

            if (fields.Count != columns + 1)
            {
                throw new DataFileException(source, lineNumber, $"the line has {fields.Count} fields; a term has {columns + 1}: the substance and {columns} code columns.");
            }

            var (level, text) = Level(fields[0]);
            if (level > open.Count)
            {
                throw new DataFileException(source, lineNumber, $"a term of level {level} follows a term of level {open.Count - 1}: a level must be at most one more than the line before's.");
            }

            if (level > IndexXmlReader.MaxLevel)
            {
                throw new DataFileException(source, lineNumber, $"terms are nested deeper than {IndexXmlReader.MaxLevel} levels.");
            }

            IndexTermBuilder.Close(open, level, mainTerms);
            open.Add(ReadTerm(text, fields, source, lineNumber));
        }

        IndexTermBuilder.Close(open, 0, mainTerms);
        var version = IndexXmlReader.VersionFromName(source);
        try
        {
            return new AlphabeticIndex(kind, version, IndexText.Collapse(title[0]), Path.GetFileName(source), headings, IndexTermTable.FromTree(mainTerms, headings.Length));
        }
        catch (ArgumentException e)
        {
            throw new DataFileException(source, null, MessageText.WithoutParameter(e), e);
        }
    }

    private static IndexTermBuilder ReadTerm(string text, List<string> fields, string source, int lineNumber)
    {
        CrossReference? reference = null;
        var see = text.IndexOf(" -see ", StringComparison.OrdinalIgnoreCase);
        if (see >= 0)
        {
            var target = text[(see + 6)..];
            var kind = CrossReferenceKind.See;
            if (target.StartsWith("also ", StringComparison.OrdinalIgnoreCase))
            {
                kind = CrossReferenceKind.SeeAlso;
                target = target[5..];
            }

            target = IndexText.Collapse(target);
            if (target.Length == 0)
            {
                throw new DataFileException(source, lineNumber, "a \"-see\" names no target.");
            }

            reference = new CrossReference(kind, target);
            text = text[..see];
        }

        var (title, modifiers, position) = IndexText.SplitModifiers(text);
        if (title.Length == 0 && modifiers is null)
        {
            throw new DataFileException(source, lineNumber, "a term without a title.");
        }

        string?[]? cells = null;
        for (var c = 1; c < fields.Count; c++)
        {
            var cell = fields[c].Trim();
            if (cell.Length == 0 || cell is "--" or "-")
            {
                continue;
            }

            if (!IndexText.IsIcd10CmCode(cell))
            {
                throw new DataFileException(source, lineNumber, $"column {c + 1} holds \"{cell}\", which is neither an ICD-10-CM code (T39.1X1) nor \"--\".");
            }

            (cells ??= new string?[fields.Count - 1])[c - 1] = cell;
        }

        // A row of dashes only is a row of cells without codes, as the XML writes it.
        if (cells is null && fields.Skip(1).Any(f => f.Trim().Length > 0))
        {
            cells = new string?[fields.Count - 1];
        }

        return new IndexTermBuilder
        {
            Title = title,
            Modifiers = modifiers,
            ModifiersPosition = position,
            References = reference is null ? null : [reference],
            Cells = cells,
        };
    }

    private static (int Level, string Text) Level(string field)
    {
        var level = 0;
        var i = 0;
        while (i < field.Length && field[i] == EnDash)
        {
            level++;
            i++;
            while (i < field.Length && field[i] == ' ')
            {
                i++;
            }
        }

        return (level, field[i..]);
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting: a quoted field may hold commas and doubled quotes).</summary>
    private static List<string> Fields(string line, string source, int lineNumber)
    {
        if (line.EndsWith('\r'))
        {
            line = line[..^1];
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new DataFileException(source, lineNumber, "a quoted field is not closed on its line.");
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static string Decode(byte[] bytes)
    {
        var content = DataFileLines.WithoutByteOrderMark(bytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }
}
