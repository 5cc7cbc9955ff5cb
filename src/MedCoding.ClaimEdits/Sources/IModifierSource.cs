using System.Collections.Frozen;
using System.Text;
using MedCoding.Lookup;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Identifies what a modifier does, as far as the claim edits care. A modifier may be in several categories.
/// </summary>
[Flags]
public enum ModifierCategories
{
    /// <summary>None of the categories below.</summary>
    None = 0,

    /// <summary>A CPT (Level I) modifier: two digits.</summary>
    LevelI = 1,

    /// <summary>A HCPCS Level II modifier.</summary>
    LevelII = 2,

    /// <summary>Names a body site or side (LT, RT, E1-E4, FA-F9, TA-T9, LC, LD, LM, RC, RI).</summary>
    Anatomic = 4,

    /// <summary>A bilateral procedure (50).</summary>
    Bilateral = 8,

    /// <summary>Bypasses an NCCI PTP edit whose modifier indicator is 1 (the NCCI Policy Manual's list).</summary>
    NcciAssociated = 16,

    /// <summary>The professional component (26).</summary>
    ProfessionalComponent = 32,

    /// <summary>The technical component (TC).</summary>
    TechnicalComponent = 64,

    /// <summary>A repeat of the same service on the same day (76, 77, 91).</summary>
    Repeat = 128,

    /// <summary>The left side (LT).</summary>
    Left = 256,

    /// <summary>The right side (RT).</summary>
    Right = 512,
}

/// <summary>
/// Returns one modifier as the claim edits see it.
/// </summary>
/// <param name="Code">The two-character modifier (<c>25</c>, <c>LT</c>).</param>
/// <param name="Categories">What it does.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record ModifierInfo(string Code, ModifierCategories Categories)
{
    /// <summary>Returns whether the modifier is in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public bool Is(ModifierCategories category) => (Categories & category) == category;
}

/// <summary>
/// Returns what is known about a modifier.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IModifierSource
{
    /// <summary>Returns the modifier, or <see langword="null"/> when it is not a known modifier.</summary>
    /// <param name="modifier">The modifier as written.</param>
    /// <returns>The modifier, or <see langword="null"/>.</returns>
    ModifierInfo? Find(string modifier);
}

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

/// <summary>
/// Returns a list of modifiers: HCPCS Level II modifiers read from CMS's alpha-numeric HCPCS file, CPT
/// (Level I) modifiers by shape, and their categories from <see cref="NcciModifierPolicy"/>.
/// </summary>
/// <remarks>
/// CPT modifiers are the AMA's and are not in the CMS file: any two-digit modifier is taken as a Level I
/// modifier unless the caller passes the Level I list from a licensed file.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ModifierList : IModifierSource
{
    private readonly FrozenDictionary<string, ModifierInfo> _level2;
    private readonly FrozenSet<string>? _level1;
    private readonly ModifierInfo[] _numeric = new ModifierInfo[100];

    /// <summary>Initializes the list.</summary>
    /// <param name="level2Modifiers">The HCPCS Level II modifiers.</param>
    /// <param name="level1Modifiers">The CPT modifiers from a licensed file, or <see langword="null"/> to accept any two digits.</param>
    public ModifierList(IEnumerable<string> level2Modifiers, IEnumerable<string>? level1Modifiers = null)
    {
        ArgumentNullException.ThrowIfNull(level2Modifiers);
        _level2 = level2Modifiers.Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(m => m, m => new ModifierInfo(m, ModifierCategories.LevelII | CategoriesOf(m)), StringComparer.Ordinal);
        _level1 = level1Modifiers?.ToFrozenSet(StringComparer.Ordinal);
        for (var i = 0; i < 100; i++)
        {
            var code = i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            _numeric[i] = new ModifierInfo(code, ModifierCategories.LevelI | CategoriesOf(code));
        }
    }

    /// <summary>
    /// Gets a list of the modifiers NCCI policy names (<see cref="NcciModifierPolicy"/>) and TC, with their
    /// categories: what the edits use to recognise LT, RT, 50, 26, TC and the bypass modifiers when no HCPCS file is loaded.
    /// </summary>
    public static ModifierList NcciPolicy { get; } = new([.. NcciModifierPolicy.Associated.Where(m => !char.IsAsciiDigit(m[0])), "TC"]);

    /// <summary>Gets the number of Level II modifiers.</summary>
    public int Level2Count => _level2.Count;

    /// <summary>Returns the list with the Level II modifiers of CMS's alpha-numeric HCPCS file (<c>HCPC2019_CONTR_ANWEB.txt</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="DataFileException">The file is missing or malformed.</exception>
    public static ModifierList LoadHcpcsFile(string path) => new(HcpcsAlphaNumericFile.Read(path).Modifiers);

    /// <inheritdoc />
    public ModifierInfo? Find(string modifier)
    {
        ArgumentNullException.ThrowIfNull(modifier);
        if (modifier.Length == 2 && char.IsAsciiDigit(modifier[0]) && char.IsAsciiDigit(modifier[1]))
        {
            return _level1 is null || _level1.Contains(modifier) ? _numeric[((modifier[0] - '0') * 10) + (modifier[1] - '0')] : null;
        }

        return _level2.GetValueOrDefault(modifier);
    }

    private static ModifierCategories CategoriesOf(string code)
    {
        var categories = ModifierCategories.None;
        if (NcciModifierPolicy.Anatomic.Contains(code))
        {
            categories |= ModifierCategories.Anatomic;
        }

        if (NcciModifierPolicy.Associated.Contains(code))
        {
            categories |= ModifierCategories.NcciAssociated;
        }

        categories |= code switch
        {
            "50" => ModifierCategories.Bilateral,
            "26" => ModifierCategories.ProfessionalComponent,
            "TC" => ModifierCategories.TechnicalComponent,
            "76" or "77" or "91" => ModifierCategories.Repeat,
            "LT" => ModifierCategories.Left,
            "RT" => ModifierCategories.Right,
            _ => ModifierCategories.None,
        };
        return categories;
    }
}

/// <summary>Reads CMS's alpha-numeric HCPCS file (fixed width, 320 columns; record layout <c>HCPCS2019_recordlayout.txt</c>).</summary>
internal static class HcpcsAlphaNumericFile
{
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Modifiers) Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.Latin1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The HCPCS file could not be read: {e.Message}", e);
        }

        var codes = new List<string>(lines.Length);
        var modifiers = new List<string>(400);
        var started = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            // CMS puts a disclaimer above the records; the records start with the first line shaped like one.
            if (!started)
            {
                if (!LooksLikeRecord(line))
                {
                    continue;
                }

                started = true;
            }

            if (line.Length < 11)
            {
                throw new DataFileException(path, i + 1, $"A record is {line.Length} characters; expected at least 11 (code, modifier, sequence number, record identification code).");
            }

            switch (line[10])
            {
                case '3':
                    codes.Add(RequireCode(path, i + 1, line.AsSpan(0, 5).TrimEnd().ToString(), 5, "Columns 1-5 must hold the HCPCS code"));
                    break;
                case '7':
                    modifiers.Add(RequireCode(path, i + 1, line.Substring(3, 2), 2, "Columns 4-5 must hold the modifier"));
                    break;
                case '4' or '8':
                    break;
                default:
                    throw new DataFileException(path, i + 1, $"Column 11 holds '{line[10]}'; the record identification code is 3, 4, 7 or 8.");
            }
        }

        if (codes.Count == 0)
        {
            throw new DataFileException(path, null, "The file holds no HCPCS procedure records (record identification code 3).");
        }

        return (codes, modifiers);
    }

    private static bool LooksLikeRecord(string line) =>
        line.Length >= 11 && line[10] is '3' or '4' or '7' or '8' && char.IsAsciiDigit(line[5]) && line.AsSpan(5, 5).ContainsAnyExcept("0123456789") == false;

    private static string RequireCode(string path, int line, string code, int length, string expected)
    {
        if (code.Length != length || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new DataFileException(path, line, $"{expected} ({length} letters or digits).");
        }

        return code;
    }
}
