using System.Xml;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Icd10Cm.Tabular;

/// <summary>
/// Reads the CDC's ICD-10-CM Tabular List XML (<c>icd10cm_tabular_YYYY.xml</c>) with a forward-only
/// reader: no DTD processing, no external entities, no schema download.
/// </summary>
/// <remarks>
/// Every element the schema defines inside chapters, sections and diagnoses is read or deliberately
/// passed over (the introduction, the section index that repeats the sections, and the visual
/// impairment table of H54). Any other element is an error naming the line.
/// </remarks>
internal static class TabularListReader
{
    private static readonly XmlReaderSettings s_settings = SafeXml.CreateReaderSettings();

    public static TabularList Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path);
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The Tabular List could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    public static TabularList Read(Stream stream, string source)
    {
        using var reader = SafeXml.CreateReader(stream, s_settings);
        try
        {
            return new Parser(reader, source).ReadDocument();
        }
        catch (XmlException e)
        {
            if (e.LineNumber > 0)
            {
                throw new DataFileException(source, e.LineNumber, $"The Tabular List is not well-formed XML: {SafeXml.Describe(e)}", e);
            }

            // The refusal of a DTD carries no line number of its own: find the DOCTYPE in the prolog.
            var doctypeLine = FindDoctypeLine(stream);
            throw doctypeLine is null
                ? new DataFileException(source, null, $"The Tabular List is not well-formed XML: {SafeXml.Describe(e)}", e)
                : new DataFileException(source, doctypeLine,
                    "The Tabular List must not have a <!DOCTYPE>: DTDs and entities are refused, so that no external entity is ever resolved.", e);
        }
    }

    /// <summary>Returns the line of a <c>&lt;!DOCTYPE</c> in the document's prolog, if the stream can be read again.</summary>
    private static int? FindDoctypeLine(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        stream.Position = 0;
        using var text = new StreamReader(stream, leaveOpen: true);
        for (var line = 1; line <= 1000 && text.ReadLine() is { } content; line++)
        {
            if (content.Contains("<!DOCTYPE", StringComparison.Ordinal))
            {
                return line;
            }

            if (content.Contains("<ICD10CM.tabular", StringComparison.Ordinal))
            {
                return null; // past the prolog
            }
        }

        return null;
    }

    private sealed class Parser(XmlReader reader, string source)
    {
        private readonly IXmlLineInfo _lines = (IXmlLineInfo)reader;

        private int Line => _lines.LineNumber;

        public TabularList ReadDocument()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "ICD10CM.tabular")
            {
                throw Error("The root element must be <ICD10CM.tabular>.");
            }

            string? version = null;
            var chapters = new List<TabularChapter>();
            ReadChildren("ICD10CM.tabular", name =>
            {
                switch (name)
                {
                    case "version":
                        version = ReadText();
                        break;
                    case "introduction":
                        reader.Skip();
                        break;
                    case "chapter":
                        chapters.Add(ReadChapter());
                        break;
                    default:
                        throw Unexpected(name, "ICD10CM.tabular");
                }
            });

            if (string.IsNullOrWhiteSpace(version))
            {
                throw new DataFileException(source, null, "The Tabular List has no <version>.");
            }

            if (chapters.Count == 0)
            {
                throw new DataFileException(source, null, "The Tabular List has no chapters.");
            }

            return new TabularList(version.Trim(), chapters, source);
        }

        private TabularChapter ReadChapter()
        {
            var line = Line;
            string? name = null, title = null;
            var notes = new NoteCollector();
            var sections = new List<TabularSection>();
            ReadChildren("chapter", element =>
            {
                switch (element)
                {
                    case "name":
                        name = ReadText();
                        break;
                    case "desc":
                        title = ReadText();
                        break;
                    case "sectionIndex":
                        reader.Skip(); // repeats the sections that follow
                        break;
                    case "section":
                        sections.Add(ReadSection());
                        break;
                    default:
                        if (!notes.TryRead(element, this))
                        {
                            throw Unexpected(element, "chapter");
                        }

                        break;
                }
            });

            return new TabularChapter(Require(name, "name", "chapter", line), Require(title, "desc", "chapter", line), notes.Build(), sections, line);
        }

        private TabularSection ReadSection()
        {
            var line = Line;
            var id = reader.GetAttribute("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw Error("A <section> must have an id attribute (e.g. id=\"E08-E13\").");
            }

            string? title = null;
            var notes = new NoteCollector();
            var diagnoses = new List<TabularDiagnosis>();
            ReadChildren("section", element =>
            {
                switch (element)
                {
                    case "desc":
                        title = ReadText();
                        break;
                    case "diag":
                        diagnoses.Add(ReadDiagnosis());
                        break;
                    default:
                        if (!notes.TryRead(element, this))
                        {
                            throw Unexpected(element, "section");
                        }

                        break;
                }
            });

            return new TabularSection(id.Trim(), Require(title, "desc", "section", line), notes.Build(), diagnoses, line);
        }

        private TabularDiagnosis ReadDiagnosis()
        {
            var line = Line;
            var placeholder = string.Equals(reader.GetAttribute("placeholder"), "true", StringComparison.OrdinalIgnoreCase);
            string? name = null, title = null;
            var notes = new NoteCollector();
            var children = new List<TabularDiagnosis>();
            ReadChildren("diag", element =>
            {
                switch (element)
                {
                    case "name":
                        name = ReadText();
                        break;
                    case "desc":
                        title = ReadText();
                        break;
                    case "diag":
                        children.Add(ReadDiagnosis());
                        break;
                    case "visualImpairment":
                        reader.Skip(); // the WHO visual impairment table under H54, presentation only
                        break;
                    default:
                        if (!notes.TryRead(element, this))
                        {
                            throw Unexpected(element, "diag");
                        }

                        break;
                }
            });

            return new TabularDiagnosis(Require(name, "name", "diag", line), Require(title, "desc", "diag", line), placeholder, notes.Build(), children, line);
        }

        /// <summary>Reads the <c>note</c> children of a note container such as <c>excludes1</c>.</summary>
        internal void ReadNotes(string container, NoteKind kind, List<Note> into)
        {
            ReadChildren(container, element =>
            {
                if (element != "note")
                {
                    throw Unexpected(element, container);
                }

                into.Add(new Note(kind, ReadText()));
            });
        }

        /// <summary>Reads the <c>extension</c> children of a <c>sevenChrDef</c>.</summary>
        internal void ReadSeventhCharacters(List<SeventhCharacter> into)
        {
            ReadChildren("sevenChrDef", element =>
            {
                if (element == "note")
                {
                    // A term under the character before it (H34.81: "Old central retinal vein occlusion" under 2).
                    if (into.Count == 0)
                    {
                        throw Error("A <note> inside <sevenChrDef> must follow the <extension> it belongs to.");
                    }

                    var previous = into[^1];
                    into[^1] = previous with { Notes = [.. previous.Notes, ReadText()] };
                    return;
                }

                if (element != "extension")
                {
                    throw Unexpected(element, "sevenChrDef");
                }

                var character = reader.GetAttribute("char");
                if (character is not { Length: 1 } || !char.IsAsciiLetterOrDigit(character[0]))
                {
                    throw Error("An <extension> must have a char attribute of one letter or digit.");
                }

                into.Add(new SeventhCharacter(char.ToUpperInvariant(character[0]), ReadText()));
            });
        }

        /// <summary>Calls <paramref name="onChild"/> for each child element; the callback must consume the element.</summary>
        private void ReadChildren(string element, Action<string> onChild)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            var depth = reader.Depth;
            reader.Read();
            while (true)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.EndElement when reader.Depth == depth:
                        reader.Read();
                        return;
                    case XmlNodeType.Element:
                        onChild(reader.LocalName);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        if (!string.IsNullOrWhiteSpace(reader.Value))
                        {
                            throw Error($"Unexpected text inside <{element}>.");
                        }

                        reader.Read();
                        break;
                    case XmlNodeType.None:
                        throw Error($"The file ends inside <{element}>.");
                    default:
                        reader.Read();
                        break;
                }
            }
        }

        private string ReadText()
        {
            var name = reader.LocalName;
            var text = reader.ReadElementContentAsString().Trim();
            return text.Length == 0 ? throw Error($"<{name}> is empty.") : text;
        }

        private string Require(string? value, string element, string parent, int line) =>
            value ?? throw new DataFileException(source, line, $"A <{parent}> must have a <{element}>.");

        private DataFileException Unexpected(string element, string parent) =>
            Error($"Unexpected element <{element}> inside <{parent}>.");

        internal DataFileException Error(string problem) => new(source, Line, problem);
    }

    /// <summary>Collects the instructional notes of one chapter, section or diagnosis.</summary>
    private sealed class NoteCollector
    {
        private readonly List<Note> _notes = [];
        private List<SeventhCharacter>? _seventh;

        public bool TryRead(string element, Parser parser)
        {
            NoteKind? kind = element switch
            {
                "inclusionTerm" => NoteKind.InclusionTerm,
                "includes" => NoteKind.Includes,
                "excludes1" => NoteKind.Excludes1,
                "excludes2" => NoteKind.Excludes2,
                "codeFirst" => NoteKind.CodeFirst,
                "useAdditionalCode" => NoteKind.UseAdditionalCode,
                "codeAlso" => NoteKind.CodeAlso,
                "notes" => NoteKind.Note,
                "sevenChrNote" => NoteKind.SevenCharacterNote,
                _ => null,
            };

            if (kind is { } k)
            {
                parser.ReadNotes(element, k, _notes);
                return true;
            }

            if (element == "sevenChrDef")
            {
                if (_seventh is not null)
                {
                    throw parser.Error("A second <sevenChrDef> at the same entry.");
                }

                _seventh = [];
                parser.ReadSeventhCharacters(_seventh);
                return true;
            }

            return false;
        }

        public InstructionalNotes Build() =>
            _notes.Count == 0 && _seventh is null ? InstructionalNotes.Empty : new InstructionalNotes(_notes, _seventh);
    }
}
