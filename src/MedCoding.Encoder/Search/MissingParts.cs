namespace MedCoding.Encoder;

/// <summary>
/// Says what a code found by the search still lacks to be billable.
/// </summary>
[Flags]
public enum MissingParts
{
    /// <summary>Nothing: the code is billable, or not in the release.</summary>
    None = 0,

    /// <summary>More characters of a subcategory (C34.1 needs C34.10, C34.11 or C34.12).</summary>
    Characters = 1,

    /// <summary>A 7th character (T39.1X1 needs A, D or S), with placeholder X where the code is shorter than six characters.</summary>
    SeventhCharacter = 2,

    /// <summary>ICD-10-PCS axes: a table or partial code (0DTJ) needs its approach, device and qualifier.</summary>
    PcsAxes = 4,
}
