using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Icd10Pcs.IO;

/// <summary>
/// Reads CMS's ICD-10-PCS Tables XML safely (no DTD, no external entities) and checks every element:
/// the root <c>ICD10PCS.tabular</c> with <c>version</c> and <c>title</c>; each <c>pcsTable</c> with axes
/// 1 to 3 of one label each (and an optional <c>definition</c>) followed by <c>pcsRow</c>s of axes 4 to 7.
/// Each axis's <c>values</c> attribute must equal its label count and each row's <c>codes</c> attribute
/// the product of its value counts; characters must be valid ICD-10-PCS characters, unique within an
/// axis; table prefixes must be unique; and no two rows of a table may define the same code.
/// </summary>
internal static class PcsTablesReader
{
    private static readonly XmlReaderSettings s_settings = SafeXml.CreateReaderSettings();

    public static PcsTables Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path);
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The ICD-10-PCS Tables XML could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    public static PcsTables Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(source);
        XDocument document;
        try
        {
            using var reader = SafeXml.CreateReader(stream, s_settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new DataFileException(source, e.LineNumber > 0 ? e.LineNumber : null, $"The ICD-10-PCS Tables XML is not well-formed: {SafeXml.Describe(e)}", e);
        }

        return new Parser(source).ReadRoot(document.Root!);
    }

    private sealed class Parser(string source)
    {
        public PcsTables ReadRoot(XElement root)
        {
            if (root.Name.LocalName != "ICD10PCS.tabular")
            {
                throw Error(root, $"The root element is <{root.Name.LocalName}>; the Tables XML has <ICD10PCS.tabular>.");
            }

            string? version = null;
            string? title = null;
            var tables = new List<PcsTable>(900);
            var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in root.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "version" when version is null:
                        version = Text(element);
                        break;
                    case "title" when title is null:
                        title = Text(element);
                        break;
                    case "pcsTable":
                        var table = ReadTable(element);
                        if (prefixes.TryGetValue(table.Prefix, out var earlier))
                        {
                            throw Error(element, $"Table {table.Prefix} is defined a second time (first at line {earlier}).");
                        }

                        prefixes.Add(table.Prefix, table.LineNumber);
                        tables.Add(table);
                        break;
                    default:
                        throw Unexpected(element, "<version>, <title> or <pcsTable>");
                }
            }

            if (version is null || tables.Count == 0)
            {
                throw Error(root, "The Tables XML must have a <version> and at least one <pcsTable>.");
            }

            return new PcsTables(version, title ?? $"{version} ICD-10-PCS Tables", [.. tables], source);
        }

        private PcsTable ReadTable(XElement element)
        {
            var header = new List<PcsAxisValue>(3);
            var rows = new List<PcsRow>();
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "axis" when rows.Count == 0:
                        var values = ReadAxis(child, header.Count + 1);
                        if (values.Length != 1)
                        {
                            throw Error(child, $"Position {header.Count + 1} of a table has one value; this axis has {values.Length}.");
                        }

                        header.Add(values[0]);
                        break;
                    case "pcsRow" when header.Count == 3:
                        rows.Add(ReadRow(child, rows.Count));
                        break;
                    default:
                        throw Unexpected(child, header.Count < 3 ? $"<axis pos=\"{header.Count + 1}\">" : "<pcsRow>");
                }
            }

            if (header.Count != 3 || rows.Count == 0)
            {
                throw Error(element, "A <pcsTable> has axes 1, 2 and 3, then at least one <pcsRow>.");
            }

            var table = new PcsTable(header[0], header[1], header[2], [.. rows], Line(element));
            CheckRowsDisjoint(table);
            return table;
        }

        private PcsRow ReadRow(XElement element, int index)
        {
            var declared = IntAttribute(element, "codes");
            var axes = new List<PcsAxisValue[]>(4);
            foreach (var child in element.Elements())
            {
                if (child.Name.LocalName != "axis" || axes.Count == 4)
                {
                    throw Unexpected(child, axes.Count == 4 ? "</pcsRow> after position 7" : $"<axis pos=\"{axes.Count + 4}\">");
                }

                axes.Add(ReadAxis(child, axes.Count + 4));
            }

            if (axes.Count != 4)
            {
                throw Error(element, $"A <pcsRow> has axes 4 to 7; this one has {axes.Count}.");
            }

            var row = new PcsRow([.. axes], index, Line(element));
            if (row.CodeCount != declared)
            {
                throw Error(element, $"The row states codes=\"{declared}\" but its values combine into {row.CodeCount} codes.");
            }

            return row;
        }

        private PcsAxisValue[] ReadAxis(XElement element, int expectedPosition)
        {
            var position = IntAttribute(element, "pos");
            if (position != expectedPosition)
            {
                throw Error(element, $"Expected the axis of position {expectedPosition}, found pos=\"{position}\".");
            }

            var declared = IntAttribute(element, "values");
            string? title = null;
            var labels = new List<(char Character, string Label, XElement Element)>();
            string? definition = null;
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "title" when title is null && labels.Count == 0:
                        title = Text(child);
                        break;
                    case "label" when title is not null && definition is null:
                        var code = child.Attribute("code")?.Value;
                        if (code is not { Length: 1 } || !PcsCode.IsValidCharacter(code[0]))
                        {
                            throw Error(child, $"A <label> has code=\"{code}\"; expected one ICD-10-PCS character (a digit or a letter other than I and O).");
                        }

                        if (labels.Exists(l => l.Character == code[0]))
                        {
                            throw Error(child, $"The character {MessageText.Quote(code)} appears twice at position {position}.");
                        }

                        labels.Add((code[0], Text(child), child));
                        break;
                    case "definition" when labels.Count > 0 && definition is null:
                        definition = Text(child);
                        break;
                    default:
                        throw Unexpected(child, title is null ? "<title>" : "<label> or <definition>");
                }
            }

            if (title is null || labels.Count == 0)
            {
                throw Error(element, "An <axis> has a <title> and at least one <label>.");
            }

            if (labels.Count != declared)
            {
                throw Error(element, $"The axis states values=\"{declared}\" but has {labels.Count} labels.");
            }

            var axis = (PcsAxis)position;
            return [.. labels.Select(l => new PcsAxisValue(axis, title, l.Character, l.Label, definition))];
        }

        // Which row defines each code of the table being checked (row index + 1; 0 for none), by the 36^4 combinations
        // of the characters of axes 4 to 7; and the cells set, to clear them for the next table.
        private int[]? _owners;
        private readonly List<int> _owned = [];

        /// <summary>
        /// Checks that no code is defined by two rows: each row marks its codes, so the work is the number of codes the
        /// table defines (at most 34^4, stopping at the first code marked twice), never the number of pairs of rows.
        /// </summary>
        private void CheckRowsDisjoint(PcsTable table)
        {
            var owners = _owners ??= new int[36 * 36 * 36 * 36];
            try
            {
                var rows = table.Rows;
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = rows[r];
                    foreach (var a in row.BodyParts)
                    {
                        foreach (var b in row.Approaches)
                        {
                            foreach (var c in row.Devices)
                            {
                                foreach (var d in row.Qualifiers)
                                {
                                    var cell = (((Digit(a.Character) * 36) + Digit(b.Character)) * 36 + Digit(c.Character)) * 36 + Digit(d.Character);
                                    if (owners[cell] != 0)
                                    {
                                        throw new DataFileException(source, row.LineNumber,
                                            $"Rows {owners[cell]} and {r + 1} of table {table.Prefix} both define some codes; each code belongs to one row.");
                                    }

                                    owners[cell] = r + 1;
                                    _owned.Add(cell);
                                }
                            }
                        }
                    }
                }
            }
            finally
            {
                foreach (var cell in _owned)
                {
                    owners[cell] = 0;
                }

                _owned.Clear();
            }
        }

        private static int Digit(char c) => char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;

        private int IntAttribute(XElement element, string name)
        {
            var text = element.Attribute(name)?.Value;
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw Error(element, $"<{element.Name.LocalName}> must have a positive whole number in {name}=\"\", not \"{text}\".");
        }

        private string Text(XElement element)
        {
            if (element.HasElements)
            {
                throw Error(element, $"<{element.Name.LocalName}> holds text only.");
            }

            var text = element.Value.Trim();
            return text.Length > 0 ? text : throw Error(element, $"<{element.Name.LocalName}> is empty.");
        }

        private DataFileException Unexpected(XElement element, string expected) =>
            Error(element, $"Unexpected <{element.Name.LocalName}>; expected {expected}.");

        private DataFileException Error(XElement element, string problem) => new(source, Line(element), problem);

        private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
    }
}
