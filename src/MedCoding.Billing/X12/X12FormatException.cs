using MedCoding.CodeSets;

namespace MedCoding.Billing.X12;

/// <summary>
/// The exception thrown when an X12 file is malformed: it names the segment and the element at fault.
/// </summary>
/// <remarks>
/// The message gives the segment's position in the file, its id, the element position and what was
/// expected, and never the value found: remittances carry patient names and member ids.
/// </remarks>
public sealed class X12FormatException : FormatException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="segmentIndex">The 1-based position of the segment in the file (the ISA is 1).</param>
    /// <param name="segmentId">The segment id (<c>CLP</c>), or empty when the segment could not be read.</param>
    /// <param name="elementPosition">The 1-based element position (<c>CLP03</c> is 3), or 0 for the segment as a whole.</param>
    /// <param name="problem">What was wrong and what was expected.</param>
    public X12FormatException(int segmentIndex, string segmentId, int elementPosition, string problem)
        : base(Describe(segmentIndex, segmentId, elementPosition, problem))
    {
        SegmentIndex = segmentIndex;
        SegmentId = MessageText.Line(segmentId, 3);
        ElementPosition = elementPosition;
        Problem = MessageText.Line(problem);
    }

    /// <summary>Gets the 1-based position of the segment in the file.</summary>
    public int SegmentIndex { get; }

    /// <summary>Gets the segment id, or empty.</summary>
    public string SegmentId { get; }

    /// <summary>Gets the 1-based element position, or 0 for the whole segment.</summary>
    public int ElementPosition { get; }

    /// <summary>Gets what was wrong, without the position.</summary>
    public string Problem { get; }

    private static string Describe(int segmentIndex, string segmentId, int elementPosition, string problem)
    {
        var where = elementPosition > 0 ? $"{segmentId}{elementPosition:00}" : segmentId.Length > 0 ? segmentId : "segment";
        return MessageText.Line($"segment {segmentIndex} ({MessageText.Line(where, 8)}): {problem}");
    }
}
