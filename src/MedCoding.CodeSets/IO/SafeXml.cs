using System.Xml;

namespace MedCoding.CodeSets.IO;

/// <summary>
/// Gives the one <see cref="XmlReaderSettings"/> every reader of an official XML file uses: forward-only, no DTD,
/// no external entity, nothing fetched from anywhere.
/// </summary>
public static class SafeXml
{
    /// <summary>
    /// Returns new reader settings that refuse a DTD (<see cref="DtdProcessing.Prohibit"/>: a <c>&lt;!DOCTYPE&gt;</c>
    /// is an <see cref="XmlException"/>), resolve nothing (no <see cref="XmlReaderSettings.XmlResolver"/>), skip
    /// comments, processing instructions and insignificant white space, and leave the input open.
    /// </summary>
    /// <returns>A new instance, which the caller may keep and share once it stops changing it.</returns>
    public static XmlReaderSettings CreateReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };
}
