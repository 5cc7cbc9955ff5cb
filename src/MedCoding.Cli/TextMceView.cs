using System.Globalization;
using MedCoding.ClaimEdits.Mce;

namespace MedCoding.Cli;

/// <summary>
/// Writes each case's result as a block a coder reads: the case and the MCE version that edited it, the edit type, the
/// edit counter, then each code that received an edit with its position and its edits; a blank line after each block.
/// </summary>
/// <example>
/// <code>
/// Case D00002 (line 3), MCE v43.1
///   Edit type:   PREPAYMENT (the claim is returned to the hospital before payment)
///   Claim edits: NON_COVERED 1
///   Code edits:  px1    0FYG0Z0    NON_COVERED
/// </code>
/// </example>
internal sealed class TextMceView(TextWriter output) : IMceView
{
    private const string Indent = "               ";

    /// <summary><c>AGE_CONFLICT(NEWBORN)</c> ..., by <see cref="MceAgeConflictType"/> value.</summary>
    private static readonly string[] s_ageConflicts =
        [.. new[] { MceAgeConflictType.Newborn, MceAgeConflictType.Pediatric, MceAgeConflictType.Maternity, MceAgeConflictType.Adult }
            .Select(t => $"{MceEdit.AgeConflict.ToCmsName()}({t.ToCmsName()})")];

    public void Write(MceCaseRecord record, MceResult result)
    {
        output.Write("Case ");
        output.Write(record.Id.Length > 0 ? record.Id : "(no id)");
        output.Write(" (line ");
        output.Write(record.LineNumber.ToString(CultureInfo.InvariantCulture));
        output.Write("), ");
        output.WriteLine(result.Release.Name);

        output.Write("  Edit type:   ");
        output.Write(result.EditType.ToCmsName());
        output.WriteLine(Describe(result.EditType, result.Release.Name));

        output.Write("  Claim edits: ");
        if (result.ClaimEdits.Count == 0)
        {
            output.Write("none");
        }

        for (var i = 0; i < result.ClaimEdits.Count; i++)
        {
            output.Write(i == 0 ? string.Empty : ", ");
            output.Write(result.ClaimEdits[i].Edit.ToCmsName());
            output.Write(' ');
            output.Write(result.ClaimEdits[i].Count.ToString(CultureInfo.InvariantCulture));
        }

        output.WriteLine();
        output.Write("  Code edits:  ");
        if (result.CodeEdits.Count == 0)
        {
            output.WriteLine("none");
        }

        for (var i = 0; i < result.CodeEdits.Count; i++)
        {
            var code = result.CodeEdits[i];
            output.Write(i == 0 ? string.Empty : Indent);
            WritePadded(code.Position.ToString(), 7);
            WritePadded(code.Code.Length > 0 ? code.Code : "(blank)", 11);
            for (var j = 0; j < code.Edits.Count; j++)
            {
                var edit = code.Edits[j];
                output.Write(j == 0 ? string.Empty : ", ");
                output.Write(edit == MceEdit.AgeConflict && code.AgeConflict is { } type ? s_ageConflicts[(int)type] : edit.ToCmsName());

                // CMS's software records the admitting diagnosis's age and sex conflicts without counting them.
                if (code.Position.Role == MceCodeRole.AdmittingDiagnosis && edit != MceEdit.InvalidAdmitDx)
                {
                    output.Write(" (not counted)");
                }
            }

            output.WriteLine();
        }

        output.WriteLine();
    }

    private static string Describe(MceEditType type, string release) => type switch
    {
        MceEditType.Prepayment => " (the claim is returned to the hospital before payment)",
        MceEditType.Postpayment => " (the claim is reviewed after payment)",
        MceEditType.Both => " (prepayment and postpayment edits)",
        MceEditType.InvalidDischargeDate => $" (the discharge date is missing or outside the dates {release} edits: no edit was applied)",
        _ => string.Empty,
    };

    private void WritePadded(string text, int width)
    {
        output.Write(text);
        output.Write(' ');
        for (var i = text.Length + 1; i < width; i++)
        {
            output.Write(' ');
        }
    }
}
