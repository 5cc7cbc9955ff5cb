using System.Collections.Frozen;
using System.Text;
using MedCoding.Lookup;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns the modifiers CMS's NCCI policy gives a role in the edits: the NCCI-associated modifiers that may
/// bypass a PTP edit with modifier indicator 1, and the anatomic ones among them.
/// </summary>
/// <remarks>
/// These are policy, not a code set: the lists of the <i>NCCI Policy Manual for Medicare Services</i>,
/// Chapter I, "Modifiers and Modifier Indicators". No data file in the official folder carries them;
/// a caller with another policy passes its own lists to <see cref="ModifierList"/>.
/// </remarks>
public static class NcciModifierPolicy
{
    /// <summary>Gets the anatomic modifiers.</summary>
    public static IReadOnlyList<string> Anatomic { get; } =
    [
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
        "LC", "LD", "LM", "LT", "RC", "RI", "RT", "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
    ];

    /// <summary>Gets the global-surgery modifiers that are NCCI-associated.</summary>
    public static IReadOnlyList<string> GlobalSurgery { get; } = ["24", "25", "57", "58", "78", "79"];

    /// <summary>Gets the other NCCI-associated modifiers.</summary>
    public static IReadOnlyList<string> Other { get; } = ["27", "59", "91", "XE", "XS", "XP", "XU"];

    /// <summary>Gets every NCCI-associated modifier: anatomic, global surgery and other.</summary>
    public static IReadOnlyList<string> Associated { get; } = [.. Anatomic, .. GlobalSurgery, .. Other];
}
