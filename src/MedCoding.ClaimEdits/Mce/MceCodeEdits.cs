using System.Text;

namespace MedCoding.ClaimEdits.Mce;

/// <summary>Returns the edits the Medicare Code Editor applied to one code of a claim, in the order it applied them.</summary>
/// <param name="Position">Where the code stands on the claim.</param>
/// <param name="Code">The code as written on the claim.</param>
/// <param name="Edits">The edits, in the order the MCE applied them.</param>
/// <param name="AgeConflict">The age group of the code's <see cref="MceEdit.AgeConflict"/>, if it has one.</param>
/// <remarks>
/// An admitting diagnosis's age and sex conflicts are recorded here but not counted in the claim's edits (as CMS's
/// software does); its <see cref="MceEdit.InvalidAdmitDx"/> is counted.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record MceCodeEdits(MceCodePosition Position, string Code, IReadOnlyList<MceEdit> Edits, MceAgeConflictType? AgeConflict)
{
    /// <summary>Returns the edits as CMS's cases write them: <c>pdx:N400=AGE_CONFLICT(ADULT)+SEX_CONFLICT</c>.</summary>
    /// <returns>The code's edits.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Position.ToString()).Append(':').Append(Code).Append('=');
        for (var i = 0; i < Edits.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : "+").Append(Edits[i].ToCmsName());
            if (Edits[i] == MceEdit.AgeConflict && AgeConflict is { } type)
            {
                text.Append('(').Append(type.ToCmsName()).Append(')');
            }
        }

        return text.ToString();
    }
}
