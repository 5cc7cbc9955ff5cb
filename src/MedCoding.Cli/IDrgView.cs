using MedCoding.Grouping;

namespace MedCoding.Cli;

/// <summary>Writes grouping results, as text or JSON.</summary>
internal interface IDrgView
{
    void WriteGroupHeader(bool withExpected);

    void WriteGroupResult(DrgCaseRecord record, DrgResult result);

    void WriteExplanation(DrgCase drgCase, DrgResult result);
}
