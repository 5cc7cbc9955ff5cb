using System.Globalization;
using System.Text;
using System.Xml;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Encoder.IO;

/// <summary>
/// Reads an index from the CDC/CMS XML (<c>ICD10CM.index</c>: the Alphabetic Index, External Cause Index, Table of Drugs
/// and Neoplasm Table; <c>ICD10PCS.index</c>: the ICD-10-PCS Index), streaming, with the kernel's safe reader settings.
/// </summary>
/// <remarks>
/// Every element the schemas give is read into the model or refused: an element a schema does not have there, an
/// addenda's <c>&lt;diff&gt;</c> or <c>isAddenda="true"</c>, a term level that skips, a cell column out of range, a
/// malformed code, a duplicated title or code are each a <see cref="DataFileException"/> naming the file and the line.
/// Nothing is skipped silently.
/// </remarks>
internal sealed class IndexXmlReader
{
    /// <summary>The deepest subterm level read; the schemas allow 9.</summary>
    public const int MaxLevel = 20;

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lines;
    private readonly string _source;
    private readonly IndexKind _kind;
    private readonly List<string> _headings = [];
    private readonly List<IndexTermNode> _mainTerms = [];
    private string? _version;
    private string? _title;
    private bool _hasHeading;

    private IndexXmlReader(XmlReader xml, string source, IndexKind kind)
    {
        _xml = xml;
        _lines = xml as IXmlLineInfo;
        _source = source;
        _kind = kind;
    }

    private bool IsTable => _kind is IndexKind.Drugs or IndexKind.Neoplasms;

    private bool IsPcs => _kind == IndexKind.Procedures;

    private int Line => _lines?.LineNumber ?? 0;

    public static AlphabeticIndex Read(Stream stream, string source, IndexKind kind)
    {
        try
        {
            using var xml = SafeXml.CreateReader(stream, SafeXml.CreateReaderSettings());
            var reader = new IndexXmlReader(xml, source, kind);
            return reader.ReadIndex();
        }
        catch (XmlException e)
        {
            throw new DataFileException(source, e.LineNumber > 0 ? e.LineNumber : null, $"the file is not well-formed XML: {SafeXml.Describe(e)}", e);
        }
    }

    private AlphabeticIndex ReadIndex()
    {
        var root = _kind == IndexKind.Procedures ? "ICD10PCS.index" : "ICD10CM.index";
        if (_xml.MoveToContent() != XmlNodeType.Element || _xml.LocalName != root)
        {
            throw Error($"the root element is <{_xml.LocalName}>; an index of kind {_kind} is <{root}>.");
        }

        if (string.Equals(_xml.GetAttribute("isAddenda"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw Error("this is an addenda file (isAddenda=\"true\"), which lists changes to an index; load the index itself.");
        }

        if (!_xml.IsEmptyElement)
        {
            _xml.Read();
            while (_xml.NodeType != XmlNodeType.EndElement)
            {
                if (!AtElement())
                {
                    continue;
                }

                switch (_xml.LocalName)
                {
                    case "version" when _version is null && _mainTerms.Count == 0:
                        _version = IndexText.Collapse(ReadText());
                        break;
                    case "title" when _title is null && _mainTerms.Count == 0:
                        _title = IndexText.Collapse(ReadText());
                        break;
                    case "indexHeading" when !_hasHeading && _mainTerms.Count == 0:
                        ReadHeading();
                        break;
                    case "letter":
                        ReadLetter();
                        break;
                    default:
                        throw Unexpected(root);
                }
            }
        }

        if (_mainTerms.Count == 0)
        {
            throw Error("the index has no main term.");
        }

        if (IsTable && !_hasHeading)
        {
            throw new DataFileException(_source, null, $"the file has no <indexHeading>: it is not a table, but {_kind} is the Table of {(_kind == IndexKind.Drugs ? "Drugs and Chemicals" : "Neoplasms")}.");
        }

        if (_kind is IndexKind.Diseases or IndexKind.ExternalCauses && _title is not null
            && _title.Contains("External Cause", StringComparison.OrdinalIgnoreCase) != (_kind == IndexKind.ExternalCauses))
        {
            throw new DataFileException(_source, null, $"the file's title is \"{_title}\": it is not the index {_kind}.");
        }

        var version = _version is { Length: > 0 } ? _version : VersionFromName(_source);
        try
        {
            return new AlphabeticIndex(_kind, version, _title, Path.GetFileName(_source), _headings.Count == 0 ? [] : _headings.ToArray(), IndexTermTable.FromTree(_mainTerms, _headings.Count));
        }
        catch (ArgumentException e)
        {
            throw new DataFileException(_source, null, MessageText.WithoutParameter(e), e);
        }
    }

    private void ReadHeading()
    {
        if (!IsTable)
        {
            throw Error($"the file has column headings (<indexHeading>): it is a table, not the index {_kind}.");
        }

        _hasHeading = true;
        var heads = new List<(int Column, string Text, int Line)>();
        if (!_xml.IsEmptyElement)
        {
            _xml.Read();
            while (_xml.NodeType != XmlNodeType.EndElement)
            {
                if (!AtElement())
                {
                    continue;
                }

                if (_xml.LocalName != "head")
                {
                    throw Unexpected("indexHeading");
                }

                var line = Line;
                var column = ReadColumn(9);
                heads.Add((column, IndexText.Collapse(ReadText()), line));
            }
        }

        _xml.Read();
        for (var i = 0; i < heads.Count; i++)
        {
            if (heads[i].Column != i + 1)
            {
                throw new DataFileException(_source, heads[i].Line, $"the heading of column {heads[i].Column} stands where column {i + 1} is expected: the heads must be columns 1, 2, 3... in order.");
            }
        }

        if (heads.Count < 2)
        {
            throw Error("the table's <indexHeading> has fewer than two heads: the terms' column and at least one code column.");
        }

        var expected = _kind == IndexKind.Drugs ? "Substance" : "Neoplasm";
        if (!heads[0].Text.StartsWith(expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFileException(_source, heads[0].Line, $"the first column is \"{heads[0].Text}\", not \"{expected}\": this is not the table {_kind}.");
        }

        _headings.AddRange(heads.Skip(1).Select(h => h.Text));
    }

    private void ReadLetter()
    {
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return;
        }

        _xml.Read();
        var hasTitle = false;
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            if (!AtElement())
            {
                continue;
            }

            switch (_xml.LocalName)
            {
                case "title" when !hasTitle:
                    hasTitle = true;
                    ReadText();
                    break;
                case "mainTerm":
                    _mainTerms.Add(ReadTerm(0));
                    break;
                default:
                    throw Unexpected("letter");
            }
        }

        _xml.Read();
    }

    private IndexTermNode ReadTerm(int level)
    {
        var line = Line;
        var element = _xml.LocalName;
        if (level > 0)
        {
            var attribute = _xml.GetAttribute("level");
            if (!int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var declared))
            {
                throw Error(attribute is null ? "a <term> has no level attribute." : $"a <term>'s level \"{attribute}\" is not a number.");
            }

            if (declared != level)
            {
                throw Error($"a term of level {declared} stands under a term of level {level - 1}: a term's level must be one more than its parent's.");
            }

            if (level > MaxLevel)
            {
                throw Error($"terms are nested deeper than {MaxLevel} levels.");
            }
        }

        string? title = null;
        string? modifiers = null;
        var position = 0;
        string? code = null;
        string? pcsCodes = null;
        string? manifestation = null;
        string? warning = null;
        List<CrossReference>? references = null;
        string?[]? cells = null;
        List<IndexTermNode>? subterms = null;
        if (_xml.IsEmptyElement)
        {
            throw Error($"an empty <{element}>.");
        }

        _xml.Read();
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            if (!AtElement())
            {
                continue;
            }

            var name = _xml.LocalName;
            switch (name)
            {
                case "title":
                    if (title is not null)
                    {
                        throw Error($"a second <title> in one <{element}>.");
                    }

                    (title, modifiers, position) = ReadTitle();
                    break;
                case "code" when !IsTable:
                    code = Once(code, name, element, ReadCode(partial: false));
                    break;
                case "codes" when IsPcs:
                case "tab" when IsPcs:
                    pcsCodes = Once(pcsCodes, "codes or tab", element, ReadCode(partial: true));
                    break;
                case "see":
                    (references ??= []).Add(ReadReference(CrossReferenceKind.See));
                    break;
                case "seeAlso" when !IsPcs:
                    (references ??= []).Add(ReadReference(CrossReferenceKind.SeeAlso));
                    break;
                case "use" when IsPcs:
                    (references ??= []).Add(ReadReference(CrossReferenceKind.Use));
                    break;
                case "seecat" when !IsPcs && !IsTable:
                    (references ??= []).Add(new CrossReference(CrossReferenceKind.SeeCategory, ReadCode(partial: false)));
                    break;
                case "subcat" when !IsPcs && !IsTable:
                    (references ??= []).Add(new CrossReference(CrossReferenceKind.SeeSubcategory, ReadCode(partial: false)));
                    break;
                case "manif" when !IsPcs:
                    manifestation = Once(manifestation, name, element, IndexText.Collapse(ReadText()));
                    break;
                case "warning" when !IsPcs && !IsTable:
                    warning = Once(warning, name, element, IndexText.Collapse(ReadText()));
                    break;
                case "cell" when IsTable:
                    ReadCell(cells ??= new string?[_headings.Count]);
                    break;
                case "term":
                    (subterms ??= []).Add(ReadTerm(level + 1));
                    break;
                default:
                    throw Unexpected(element);
            }
        }

        _xml.Read();
        if (title is null && modifiers is null && code is null && pcsCodes is null && references is null && cells is null && subterms is null)
        {
            throw new DataFileException(_source, line, $"a <{element}> gives no title, code, cross-reference, cell or subterm.");
        }

        return new IndexTermNode(title ?? string.Empty, modifiers, modifiers is null ? 0 : position, code, pcsCodes, manifestation, warning, references?.ToArray(), cells, subterms?.ToArray());
    }

    private (string Title, string? Modifiers, int Position) ReadTitle()
    {
        var before = new StringBuilder();
        var after = new StringBuilder();
        string? modifiers = null;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return (string.Empty, null, 0);
        }

        _xml.Read();
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                if (_xml.LocalName != "nemod" || modifiers is not null)
                {
                    throw _xml.LocalName == "nemod" ? Error("a second <nemod> in one <title>.") : Unexpected("title");
                }

                modifiers = IndexText.Collapse(ReadText());
                continue;
            }

            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                (modifiers is null ? before : after).Append(_xml.Value);
            }

            _xml.Read();
        }

        _xml.Read();
        if (modifiers is null)
        {
            return (IndexText.Collapse(before.ToString()), null, 0);
        }

        var (title, position) = IndexText.JoinTitle(before.ToString(), after.ToString());
        return (title, modifiers.Length == 0 ? null : modifiers, position);
    }

    private CrossReference ReadReference(CrossReferenceKind kind)
    {
        var element = _xml.LocalName;
        var target = new StringBuilder();
        string? codes = null;
        if (!_xml.IsEmptyElement)
        {
            _xml.Read();
            while (_xml.NodeType != XmlNodeType.EndElement)
            {
                if (_xml.NodeType == XmlNodeType.Element)
                {
                    if (!IsPcs || _xml.LocalName is not ("codes" or "tab"))
                    {
                        throw Unexpected(element);
                    }

                    codes = Once(codes, "codes or tab", element, ReadCode(partial: true));
                    continue;
                }

                if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    target.Append(_xml.Value);
                }

                _xml.Read();
            }
        }

        var line = Line;
        _xml.Read();
        var text = IndexText.Collapse(target.ToString());
        return text.Length > 0
            ? new CrossReference(kind, text, codes)
            : throw new DataFileException(_source, line, $"a <{element}> names no target.");
    }

    private void ReadCell(string?[] cells)
    {
        var column = ReadColumn(_headings.Count + 1);
        if (column < 2)
        {
            throw Error($"a cell in column {column}, the terms' column: codes are in columns 2 to {_headings.Count + 1}.");
        }

        if (cells[column - 2] is not null)
        {
            throw Error($"a second cell in column {column} of one term.");
        }

        var line = Line;
        var text = IndexText.Collapse(ReadText());
        if (text is "--" or "-")
        {
            cells[column - 2] = null;
            return;
        }

        cells[column - 2] = IndexText.IsIcd10CmCode(text)
            ? text
            : throw new DataFileException(_source, line, $"the cell in column {column} holds \"{text}\", which is neither an ICD-10-CM code (T39.1X1, C34.9-) nor \"--\".");
    }

    private int ReadColumn(int max)
    {
        var attribute = _xml.GetAttribute("col");
        return int.TryParse(attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column >= 1 && column <= max
            ? column
            : throw Error(attribute is null
                ? $"a <{_xml.LocalName}> has no col attribute."
                : $"a <{_xml.LocalName}>'s column \"{attribute}\" is out of range: the table has columns 1 to {max}.");
    }

    private string ReadCode(bool partial)
    {
        var element = _xml.LocalName;
        var line = Line;
        var code = IndexText.Collapse(ReadText());
        if (IsPcs ? IndexText.IsPcsCode(code, partial) : IndexText.IsIcd10CmCode(code))
        {
            return code;
        }

        var expected = IsPcs
            ? partial ? "an ICD-10-PCS table or partial code (3 to 6 characters, e.g. 0UT9)" : "a 7-character ICD-10-PCS code (e.g. 0QT50ZZ)"
            : "an ICD-10-CM code as the index writes it (E11.65, C34.9-, S47.-)";
        throw new DataFileException(_source, line, $"<{element}> holds \"{code}\", which is not {expected}.");
    }

    /// <summary>Reads an element that holds text only, and moves past it.</summary>
    private string ReadText()
    {
        var element = _xml.LocalName;
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            return string.Empty;
        }

        var text = new StringBuilder();
        _xml.Read();
        while (_xml.NodeType != XmlNodeType.EndElement)
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                throw Unexpected(element);
            }

            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(_xml.Value);
            }

            _xml.Read();
        }

        _xml.Read();
        return text.ToString();
    }

    /// <summary>Returns whether the reader is on an element; moves past anything else, refusing stray text.</summary>
    private bool AtElement()
    {
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                return true;
            case XmlNodeType.Text or XmlNodeType.CDATA when !string.IsNullOrWhiteSpace(_xml.Value):
                throw Error($"unexpected text \"{Shorten(_xml.Value)}\" between elements.");
            case XmlNodeType.None:
                throw Error("the file ends inside an element.");
            default:
                _xml.Read();
                return false;
        }
    }

    private T Once<T>(T? current, string name, string element, T value)
        where T : class =>
        current is null ? value : throw Error($"a second <{name}> in one <{element}>.");

    private DataFileException Unexpected(string parent) => _xml.LocalName == "diff"
        ? Error($"<diff> (an addenda's change marks: unc, old, new) in <{parent}>: this reader reads an index, not its addenda; load the index itself.")
        : Error($"unexpected element <{_xml.LocalName}> in <{parent}>: the {(IsPcs ? "ICD-10-PCS" : "ICD-10-CM")} index schema has none there for the index {_kind}.");

    private DataFileException Error(string problem) => new(_source, Line > 0 ? Line : null, problem);

    private static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text.Trim()[..Math.Min(40, text.Trim().Length)] + "...";

    /// <summary>Returns the version an official file's name gives: <c>icd10cm_index_2017.xml</c> is 2017, <c>icd10cm-drug-April-2025.csv</c> is 2025-04.</summary>
    internal static string VersionFromName(string source)
    {
        var name = Path.GetFileNameWithoutExtension(source);
        string? year = null;
        for (var i = 0; i + 4 <= name.Length; i++)
        {
            if (char.IsAsciiDigit(name[i]) && (i == 0 || !char.IsAsciiDigit(name[i - 1]))
                && name.AsSpan(i, 4).IndexOfAnyExceptInRange('0', '9') < 0 && (i + 4 == name.Length || !char.IsAsciiDigit(name[i + 4])))
            {
                year = name.Substring(i, 4);
            }
        }

        if (year is null)
        {
            throw new DataFileException(source, null, "the file gives no version and its name holds no year (icd10cm_index_2017.xml, icd10cm-drug-April-2025.csv).");
        }

        var months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var m = 0; m < 12; m++)
        {
            if (name.Contains(months[m], StringComparison.OrdinalIgnoreCase))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{year}-{m + 1:D2}");
            }
        }

        return year;
    }
}
