using System.Globalization;
using System.Xml;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Gives the one way every reader of an official XML file reads it: forward-only, no DTD, no external entity, nothing
/// fetched from anywhere, at most <see cref="InputLimits.XmlChars"/> characters and <see cref="InputLimits.XmlDepth"/>
/// levels of elements.
/// </summary>
public static class SafeXml
{
    /// <summary>
    /// Returns new reader settings that refuse a DTD (<see cref="DtdProcessing.Prohibit"/>: a <c>&lt;!DOCTYPE&gt;</c>
    /// is an <see cref="XmlException"/>), resolve nothing (no <see cref="XmlReaderSettings.XmlResolver"/>), accept at most
    /// <see cref="InputLimits.XmlChars"/> characters, skip comments, processing instructions and insignificant white space,
    /// and leave the input open.
    /// </summary>
    /// <returns>A new instance, which the caller may keep and share once it stops changing it.</returns>
    /// <remarks>The settings cannot limit the depth: read through <see cref="CreateReader(Stream, XmlReaderSettings)"/>, which does.</remarks>
    public static XmlReaderSettings CreateReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersInDocument = InputLimits.XmlChars,
        MaxCharactersFromEntities = 1 << 16,
    };

    /// <summary>
    /// Returns a reader over a stream with the given settings that also refuses an element nested deeper than
    /// <see cref="InputLimits.XmlDepth"/> levels (an <see cref="XmlException"/> giving the line), so that no reader does
    /// work or keeps state that grows with the nesting of a hostile file.
    /// </summary>
    /// <param name="stream">The XML; not closed unless the settings say so.</param>
    /// <param name="settings">The settings, from <see cref="CreateReaderSettings"/>.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static XmlReader CreateReader(Stream stream, XmlReaderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(settings);
        return new DepthLimitedReader(XmlReader.Create(stream, settings), InputLimits.XmlDepth);
    }

    /// <summary>Returns a reader over text with the given settings that refuses an element nested deeper than <see cref="InputLimits.XmlDepth"/> levels.</summary>
    /// <param name="text">The XML; not closed unless the settings say so.</param>
    /// <param name="settings">The settings, from <see cref="CreateReaderSettings"/>.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static XmlReader CreateReader(TextReader text, XmlReaderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(settings);
        return new DepthLimitedReader(XmlReader.Create(text, settings), InputLimits.XmlDepth);
    }

    /// <summary>
    /// Returns what is wrong with an XML file in the SDK's own words, for a <see cref="DataFileException"/>: never .NET's
    /// message, which may quote the input and names settings the caller cannot change.
    /// </summary>
    /// <param name="exception">The reader's exception.</param>
    /// <returns>One sentence, e.g. "The XML has a DTD (&lt;!DOCTYPE&gt;), which is not accepted.".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static string Describe(XmlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var where = exception.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $" (line {exception.LineNumber}, position {exception.LinePosition})")
            : string.Empty;
        return message switch
        {
            _ when exception.Data[DepthKey] is int depth => $"The XML nests elements deeper than {depth} levels{where}.",
            _ when message.Contains("DTD", StringComparison.Ordinal) || message.Contains("DOCTYPE", StringComparison.Ordinal) => $"The XML has a DTD (<!DOCTYPE>), which is not accepted{where}.",
            _ when message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) => $"The XML is longer than {InputLimits.Describe(InputLimits.XmlChars)} characters.",
            _ when message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal) || message.Contains("entit", StringComparison.OrdinalIgnoreCase) => $"The XML refers to an entity that is not accepted{where}.",
            _ when message.Contains("end of file", StringComparison.OrdinalIgnoreCase) => $"The XML ends before its root element is closed{where}.",
            _ when message.Contains("Root element is missing", StringComparison.Ordinal) => "The file has no XML root element.",
            _ => $"The file is not well-formed XML{where}.",
        };
    }

    private const string DepthKey = "MedCoding.XmlDepth";

    /// <summary>Passes every call to an inner reader, and throws when an element opens deeper than the limit.</summary>
    private sealed class DepthLimitedReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
    {
        public override int AttributeCount => inner.AttributeCount;

        public override string BaseURI => inner.BaseURI;

        public override int Depth => inner.Depth;

        public override bool EOF => inner.EOF;

        public override bool IsEmptyElement => inner.IsEmptyElement;

        public override string LocalName => inner.LocalName;

        public override string Name => inner.Name;

        public override string NamespaceURI => inner.NamespaceURI;

        public override XmlNameTable NameTable => inner.NameTable;

        public override XmlNodeType NodeType => inner.NodeType;

        public override string Prefix => inner.Prefix;

        public override ReadState ReadState => inner.ReadState;

        public override string Value => inner.Value;

        public override bool HasValue => inner.HasValue;

        public override bool IsDefault => inner.IsDefault;

        public override XmlReaderSettings? Settings => inner.Settings;

        public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;

        public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

        public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

        public override string GetAttribute(int i) => inner.GetAttribute(i);

        public override string? GetAttribute(string name) => inner.GetAttribute(name);

        public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

        public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

        public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

        public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

        public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

        public override bool MoveToElement() => inner.MoveToElement();

        public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

        public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

        public override bool ReadAttributeValue() => inner.ReadAttributeValue();

        public override void ResolveEntity() => inner.ResolveEntity();

        public override bool Read()
        {
            var read = inner.Read();
            if (read && inner.NodeType == XmlNodeType.Element && inner.Depth >= maxDepth)
            {
                var exception = new XmlException(
                    string.Create(CultureInfo.InvariantCulture, $"The XML nests elements deeper than {maxDepth} levels."), null, LineNumber, LinePosition);
                exception.Data[DepthKey] = maxDepth;
                throw exception;
            }

            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
