using MedCoding.ClaimEdits.Mce;

namespace MedCoding.Cli;

/// <summary>Writes the Medicare Code Editor's result for each case of a case file, as text or JSON.</summary>
internal interface IMceView
{
    /// <summary>Writes one case's result.</summary>
    /// <param name="record">The case, as read from the file (its id and line).</param>
    /// <param name="result">The MCE's result for its claim.</param>
    void Write(MceCaseRecord record, MceResult result);
}
