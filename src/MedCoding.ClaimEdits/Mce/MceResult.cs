using System.Text;
using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>
/// Returns the Medicare Code Editor's result for one claim, as CMS's software gives it: the edit type of the claim, the edit
/// counter (each edit and how many times it was counted) and each code's edits.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class MceResult
{
    private readonly int[] _counts;

    internal MceResult(Release release, MceEditType editType, int[] counts, IReadOnlyList<MceCodeEdits> codeEdits)
    {
        Release = release;
        EditType = editType;
        _counts = counts;
        CodeEdits = codeEdits;
        var distinct = 0;
        foreach (var count in counts)
        {
            distinct += count > 0 ? 1 : 0;
        }

        var claimEdits = distinct == 0 ? [] : new MceEditCount[distinct];
        var next = 0;
        foreach (var edit in MceEditNames.SortedByName)
        {
            if (counts[(int)edit] > 0)
            {
                claimEdits[next++] = new MceEditCount(edit, counts[(int)edit]);
            }
        }

        ClaimEdits = claimEdits;
    }

    /// <summary>Gets the MCE release that edited the claim, e.g. <c>MCE v43.1</c>.</summary>
    public Release Release { get; }

    /// <summary>Gets the claim's edit type: <see cref="MceEditType.None"/>, prepayment, postpayment, both, or an invalid discharge date.</summary>
    public MceEditType EditType { get; }

    /// <summary>Gets the edit counter: every edit counted at least once, with its count, sorted by CMS's name.</summary>
    public IReadOnlyList<MceEditCount> ClaimEdits { get; }

    /// <summary>Gets each code that received edits, in claim order: principal, admitting, secondary diagnoses, procedures.</summary>
    public IReadOnlyList<MceCodeEdits> CodeEdits { get; }

    /// <summary>Gets a value indicating whether any edit was counted.</summary>
    public bool HasEdits => ClaimEdits.Count > 0;

    /// <summary>Returns how many times an edit was counted on the claim.</summary>
    /// <param name="edit">The edit.</param>
    /// <returns>The count; 0 when the edit was not raised.</returns>
    public int CountOf(MceEdit edit) => (uint)edit < (uint)_counts.Length ? _counts[(int)edit] : 0;

    /// <summary>Returns the result as CMS's cases write it: edit type, edit counter and code edits, tab-separated.</summary>
    /// <returns>E.g. <c>PREPAYMENT	DUPLICATE_OF_PDX=1,SEX_CONFLICT=3	pdx:N400=SEX_CONFLICT;...</c>.</returns>
    public override string ToString() =>
        new StringBuilder(EditType.ToCmsName()).Append('\t').AppendJoin(',', ClaimEdits).Append('\t').AppendJoin(';', CodeEdits).ToString();
}
