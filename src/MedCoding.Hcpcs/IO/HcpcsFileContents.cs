namespace MedCoding.Hcpcs.IO;

/// <summary>What the alpha-numeric file holds, with the count of every kind of line.</summary>
internal sealed record HcpcsFileContents(
    string SourcePath,
    HcpcsRecord[] Procedures,
    HcpcsRecord[] Modifiers,
    int LineCount,
    int PreambleLineCount,
    int ContinuationLineCount,
    int ShortLineCount);
