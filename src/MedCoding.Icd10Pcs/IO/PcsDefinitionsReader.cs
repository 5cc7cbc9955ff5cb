using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using MedCoding.CodeSets;
using MedCoding.CodeSets.IO;

namespace MedCoding.Icd10Pcs.IO;

/// <summary>
/// Reads CMS's ICD-10-PCS Definitions XML safely (<see cref="SafeXml"/>: no DTD, no external entities) and checks
/// every element: the root <c>ICD10PCS.definitions</c> with <c>version</c> and <c>title</c>; each
/// <c>section</c> with a one-character <c>code</c>, a <c>title</c> and <c>axis</c> elements (<c>pos</c> 1 to 7, a
/// <c>title</c>, at least one <c>terms</c>); each <c>terms</c> with one or more <c>title</c>s, then an optional
/// <c>definition</c>, an optional <c>explanation</c> and any <c>includes</c>; and the <c>deviceAggregation</c> table
/// (<c>aggregate</c>: <c>device</c>, <c>operation</c>, one or more <c>bodySys</c>, <c>parent value="..."</c>).
/// Section codes, positions within a section and titles within a position must be unique.
/// </summary>
internal static class PcsDefinitionsReader
{
    private static readonly XmlReaderSettings s_settings = SafeXml.CreateReaderSettings();

    public static PcsDefinitions Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Read(stream, path);
        }
        catch (Exception e) when (e is (IOException and not DataFileException) or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The ICD-10-PCS Definitions XML could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }

    public static PcsDefinitions Read(Stream stream, string source)
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
            throw new DataFileException(source, e.LineNumber > 0 ? e.LineNumber : null, $"The ICD-10-PCS Definitions XML is not well-formed: {SafeXml.Describe(e)}", e);
        }

        return new Parser(source).ReadRoot(document.Root!);
    }

    private sealed class Parser(string source)
    {
        private readonly HashSet<(char, PcsAxis, string)> _titles = [];

        public PcsDefinitions ReadRoot(XElement root)
        {
            if (root.Name.LocalName != "ICD10PCS.definitions")
            {
                throw Error(root, $"The root element is <{root.Name.LocalName}>; the Definitions XML has <ICD10PCS.definitions>.");
            }

            string? version = null;
            string? title = null;
            var definitions = new List<PcsDefinition>(1000);
            var aggregates = new List<PcsDeviceAggregate>();
            var sections = new HashSet<char>();
            var aggregated = false;
            foreach (var element in root.Elements())
            {
                switch (element.Name.LocalName)
                {
                    case "version" when version is null && sections.Count == 0:
                        version = Text(element);
                        break;
                    case "title" when title is null && sections.Count == 0:
                        title = Text(element);
                        break;
                    case "section" when !aggregated:
                        var code = SectionCode(element);
                        if (!sections.Add(code))
                        {
                            throw Error(element, $"Section {code} is defined a second time.");
                        }

                        ReadSection(element, code, definitions);
                        break;
                    case "deviceAggregation" when !aggregated:
                        aggregated = true;
                        foreach (var aggregate in element.Elements())
                        {
                            aggregates.Add(aggregate.Name.LocalName == "aggregate" ? ReadAggregate(aggregate) : throw Unexpected(aggregate, "<aggregate>"));
                        }

                        break;
                    default:
                        throw Unexpected(element, "<version>, <title>, <section> or <deviceAggregation>");
                }
            }

            if (version is null || definitions.Count == 0)
            {
                throw Error(root, "The Definitions XML must have a <version> and at least one <section>.");
            }

            return new PcsDefinitions(version, title ?? $"{version} ICD-10-PCS Definitions", [.. definitions], [.. aggregates], source);
        }

        private void ReadSection(XElement element, char code, List<PcsDefinition> definitions)
        {
            string? title = null;
            var positions = new HashSet<int>();
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "title" when title is null && positions.Count == 0:
                        title = Text(child);
                        break;
                    case "axis" when title is not null:
                        var position = IntAttribute(child, "pos");
                        if (position > PcsCode.Length)
                        {
                            throw Error(child, $"An <axis> has pos=\"{position}\"; an ICD-10-PCS code has positions 1 to 7.");
                        }

                        if (!positions.Add(position))
                        {
                            throw Error(child, $"Position {position} of section {code} is defined a second time.");
                        }

                        ReadAxis(child, code, title, (PcsAxis)position, definitions);
                        break;
                    default:
                        throw Unexpected(child, title is null ? "<title>" : "<axis>");
                }
            }

            if (title is null || positions.Count == 0)
            {
                throw Error(element, "A <section> has a <title> and at least one <axis>.");
            }
        }

        private void ReadAxis(XElement element, char section, string sectionTitle, PcsAxis axis, List<PcsDefinition> definitions)
        {
            string? title = null;
            var count = 0;
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "title" when title is null && count == 0:
                        title = Text(child);
                        break;
                    case "terms" when title is not null:
                        definitions.Add(ReadTerms(child, section, sectionTitle, axis, title));
                        count++;
                        break;
                    default:
                        throw Unexpected(child, title is null ? "<title>" : "<terms>");
                }
            }

            if (title is null || count == 0)
            {
                throw Error(element, "An <axis> has a <title> and at least one <terms>.");
            }
        }

        private PcsDefinition ReadTerms(XElement element, char section, string sectionTitle, PcsAxis axis, string axisTitle)
        {
            var titles = new List<string>(1);
            string? definition = null;
            string? explanation = null;
            var includes = new List<string>();
            foreach (var child in element.Elements())
            {
                // In this order: titles, then a definition, an explanation and what the values include, each optional.
                switch (child.Name.LocalName)
                {
                    case "title" when definition is null && explanation is null && includes.Count == 0:
                        var title = Text(child);
                        if (!_titles.Add((section, axis, title)))
                        {
                            throw Error(child, $"{MessageText.Quote(title)} is defined a second time at position {(int)axis} of section {section}.");
                        }

                        titles.Add(title);
                        break;
                    case "definition" when titles.Count > 0 && definition is null && explanation is null && includes.Count == 0:
                        definition = Text(child);
                        break;
                    case "explanation" when titles.Count > 0 && explanation is null && includes.Count == 0:
                        explanation = Text(child);
                        break;
                    case "includes" when titles.Count > 0:
                        includes.Add(Text(child));
                        break;
                    default:
                        throw Unexpected(child, titles.Count == 0 ? "<title>" : "<title>, <definition>, <explanation> or <includes>, in that order");
                }
            }

            if (titles.Count == 0 || (definition is null && explanation is null && includes.Count == 0))
            {
                throw Error(element, "A <terms> has at least one <title>, then a <definition>, an <explanation> or <includes>.");
            }

            return new PcsDefinition(section, sectionTitle, axis, axisTitle, [.. titles], definition, explanation, [.. includes]);
        }

        private PcsDeviceAggregate ReadAggregate(XElement element)
        {
            string? device = null;
            string? operation = null;
            var bodySystems = new List<string>(1);
            (char Character, string Label)? parent = null;
            foreach (var child in element.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "device" when device is null:
                        device = Text(child);
                        break;
                    case "operation" when device is not null && operation is null:
                        operation = Text(child);
                        break;
                    case "bodySys" when operation is not null && parent is null:
                        bodySystems.Add(Text(child));
                        break;
                    case "parent" when bodySystems.Count > 0 && parent is null:
                        var value = child.Attribute("value")?.Value;
                        if (value is not { Length: 1 } || !PcsCode.IsValidCharacter(value[0]))
                        {
                            throw Error(child, $"A <parent> has value=\"{value}\"; expected one ICD-10-PCS character.");
                        }

                        parent = (value[0], Text(child));
                        break;
                    default:
                        throw Unexpected(child, "<device>, <operation>, <bodySys> and <parent>, in that order");
                }
            }

            return device is not null && operation is not null && parent is { } p
                ? new PcsDeviceAggregate(device, operation, [.. bodySystems], p.Character, p.Label)
                : throw Error(element, "An <aggregate> has a <device>, an <operation>, at least one <bodySys> and a <parent>.");
        }

        private char SectionCode(XElement element)
        {
            var code = element.Attribute("code")?.Value;
            return code is { Length: 1 } && PcsCode.IsValidCharacter(code[0])
                ? code[0]
                : throw Error(element, $"A <section> has code=\"{code}\"; expected one ICD-10-PCS character.");
        }

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
